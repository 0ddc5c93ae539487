import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { describedTimer, parseTimerTime, timerStatus } from './timers.ts';

// DescribeInstancesActionTimer (reference 16885–17094) and DeleteInstancesActionTimer (19429–19560). Both settle the
// world first, so a timer that fell due meanwhile has run and shows DOING or DONE.
// - Describe: every filter optional and ANDed (ActionTimerIds, InstanceIds, TimerAction, StatusList, and ActionTime
//   from StartActionTime to EndActionTime, both inclusive); the timers in the order they were set. The action documents
//   no paging, so none is offered: everything that matches is answered. A time in neither form is
//   InvalidParameterValue.InvalidTimeFormat (17092).
// - Delete: all or none. The reference lists no code of its own but the AppId's, so the emulator answers with the
//   common codes (39532–39626): an ID the region does not have is ResourceNotFound; a timer already run (DOING, DONE)
//   is UnsupportedOperation ("只能删除未执行的定时任务"); the same ID twice is InvalidParameterValue.

export const describeInstancesActionTimer = handler(cvm.DescribeInstancesActionTimer, (ctx, params) => {
  const from = params.StartActionTime === undefined ? -Infinity : parseTimerTime(params.StartActionTime, 'StartActionTime');
  const to = params.EndActionTime === undefined ? Infinity : parseTimerTime(params.EndActionTime, 'EndActionTime');
  const ids = params.ActionTimerIds && new Set(params.ActionTimerIds);
  const instances = params.InstanceIds && new Set(params.InstanceIds);
  const statuses = params.StatusList && new Set(params.StatusList);
  ctx.world.changes.settle();
  const timers = [...ctx.region.actionTimers.values()].filter(
    (timer) =>
      (!ids || ids.has(timer.ActionTimerId)) &&
      (!instances || instances.has(timer.InstanceId)) &&
      (!params.TimerAction || timer.TimerAction === params.TimerAction) &&
      timer.dueAt >= from &&
      timer.dueAt <= to &&
      (!statuses || statuses.has(timerStatus(timer))),
  );
  return { ActionTimers: timers.map(describedTimer) };
});

export const deleteInstancesActionTimer = handler(cvm.DeleteInstancesActionTimer, (ctx, params) => {
  if (new Set(params.ActionTimerIds).size !== params.ActionTimerIds.length) {
    throw new CloudError('InvalidParameterValue', 'The parameter `ActionTimerIds` contains the same timer more than once.');
  }
  ctx.world.changes.settle();
  const timers = params.ActionTimerIds.map((id) => {
    const timer = ctx.region.actionTimers.get(id);
    if (!timer) throw new CloudError('ResourceNotFound', `The action timer \`${id}\` does not exist in ${ctx.region.seed.region}.`);
    if (timerStatus(timer) !== 'UNDO')
      throw new CloudError('UnsupportedOperation', `The action timer \`${id}\` has already run (${timerStatus(timer)}); only timers not yet run can be deleted.`);
    return timer;
  });
  for (const timer of timers) {
    ctx.world.changes.cancel(timer.wait);
    ctx.region.actionTimers.delete(timer.ActionTimerId);
  }
  return {};
});
