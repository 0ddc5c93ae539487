import { cvm, stateAllows } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { INSTANCE_ID } from '../id-formats.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { parseTimerTime, setTimer, timerStatus } from './timers.ts';

// ImportInstancesActionTimer (reference 17760–17923; the ActionTimer structure in the SDK's cvm_models.d.ts): one timer
// per instance, all or none. The time is at least five minutes ahead ("执行时间必须大于当前时间5分钟"); the reference sets
// no latest time, so none is enforced. Refusals, each with the code the action documents:
// - an instance ID not shaped ins-xxxxxxxx: InvalidParameterValue.InstanceIdMalformed (17914); unknown: InvalidInstanceId.NotFound;
// - a timer without its action or time: MissingParameter; an action other than TerminateInstances, or a time too soon:
//   InvalidParameter (17912); a time in neither form: InvalidParameterValue.InvalidTimeFormat (17919);
// - an instance that already has a timer of that action not yet run: FailedOperation.MutActionTimerExist (17908);
// - an instance the cloud cannot set one on: UnsupportedOperation.NotSupportImportInstancesActionTimer (17923). The
//   reference leaves which open; the emulator refuses what a scheduled termination could not or should not end: an
//   instance not at rest (RUNNING or STOPPED, @cvm/shared's table), one with termination protection, and a subscription
//   or other non-hourly billing (a subscription is paid to its ExpiredTime; the console schedules pay-as-you-go releases).

const FIVE_MINUTES = 5 * 60_000;
const HOURLY_BILLING = new Set(['POSTPAID_BY_HOUR', 'SPOTPAID']);

export const importInstancesActionTimer = handler(cvm.ImportInstancesActionTimer, (ctx, params) => {
  const malformed = params.InstanceIds.find((id) => !INSTANCE_ID.test(id));
  if (malformed)
    throw new CloudError('InvalidParameterValue.InstanceIdMalformed', `The instance ID \`${malformed}\` is malformed: expected ins- followed by 8 lower-case letters or digits.`);
  const { TimerAction: action, ActionTime } = params.ActionTimer;
  if (action === undefined) throw new CloudError('MissingParameter', 'The request is missing a required parameter `ActionTimer.TimerAction`.');
  if (ActionTime === undefined) throw new CloudError('MissingParameter', 'The request is missing a required parameter `ActionTimer.ActionTime`.');
  if (!(cvm.TIMER_ACTIONS as readonly string[]).includes(action)) {
    throw new CloudError('InvalidParameter', `\`ActionTimer.TimerAction\` \`${action}\` is not supported; the only timer action is ${cvm.TIMER_ACTIONS.join(', ')}.`);
  }
  const timerAction = action as cvm.TimerAction;
  const dueAt = parseTimerTime(ActionTime, 'ActionTimer.ActionTime');
  if (dueAt <= ctx.world.clock.now() + FIVE_MINUTES) {
    throw new CloudError('InvalidParameter', `\`ActionTimer.ActionTime\` \`${ActionTime}\` must be more than 5 minutes from now.`);
  }
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const pending = [...ctx.region.actionTimers.values()].filter((timer) => timer.TimerAction === timerAction && timerStatus(timer) === 'UNDO');
  for (const { instance } of records) {
    const refuse = (why: string) =>
      new CloudError('UnsupportedOperation.NotSupportImportInstancesActionTimer', `A timer cannot be set on instance \`${instance.InstanceId}\`: ${why}.`);
    if (!stateAllows('ImportInstancesActionTimer', instance.InstanceState)) throw refuse(`it is ${instance.InstanceState}`);
    if (instance.DisableApiTermination) throw refuse('it has termination protection on');
    if (!HOURLY_BILLING.has(instance.InstanceChargeType)) throw refuse(`it is billed ${instance.InstanceChargeType}; only pay-as-you-go instances are released on a schedule`);
    const existing = pending.find((timer) => timer.InstanceId === instance.InstanceId);
    if (existing)
      throw new CloudError('FailedOperation.MutActionTimerExist', `Instance \`${instance.InstanceId}\` already has the ${timerAction} timer \`${existing.ActionTimerId}\`.`);
  }
  return { ActionTimerIds: records.map((record) => setTimer(ctx, record.instance.InstanceId, timerAction, dueAt).ActionTimerId) };
});
