import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { beijingTime } from '../../../state/cloud-time.ts';
import { handler } from '../../action-handler.ts';
import { repairTasks, scheduleRepair } from './repair-tasks.ts';
import { parseTaskTime } from './task-time.ts';

// RepairTaskControl (reference 34625): a customer authorizes a pending repair task (1 待授权) of one of the named
// instances, at once (2 处理中, then 3 已结束 a repair later) or booked (4 已预约) for an OrderAuthTime at least five
// minutes ahead, within 48 hours and before the cloud's own planned time. The cloud's own authorization at the planned
// time is then withdrawn. Every refusal is InvalidParameter, the one parameter code the action lists.

const MINUTE = 60_000;
const EARLIEST_MS = 5 * MINUTE;
const LATEST_MS = 48 * 60 * MINUTE;

const refuse = (message: string) => new CloudError('InvalidParameter', message);

export const repairTaskControl = handler(cvm.RepairTaskControl, (ctx, params) => {
  if (!(cvm.REPAIR_PRODUCTS as readonly string[]).includes(params.Product)) {
    throw refuse(`\`Product\` \`${params.Product}\` is not one of ${cvm.REPAIR_PRODUCTS.join(', ')}.`);
  }
  if (!(cvm.REPAIR_OPERATIONS as readonly string[]).includes(params.Operate)) {
    throw refuse(`\`Operate\` \`${params.Operate}\` is not supported; the only operation is ${cvm.REPAIR_OPERATIONS.join(', ')}.`);
  }
  // LossyLocal allows a migration that gives up local disks; the cloud ignores it where a task offers none (34699).
  if (params.TaskSubMethod && params.TaskSubMethod !== 'LossyLocal') throw refuse(`\`TaskSubMethod\` \`${params.TaskSubMethod}\` is not LossyLocal.`);
  const task = repairTasks(ctx.world).find((t) => t.info.TaskId === params.TaskId);
  if (!task || task.info.Product !== params.Product) throw refuse(`There is no ${params.Product} repair task \`${params.TaskId}\`.`);
  // "仅允许对列表中的实例ID相关的维修任务发起授权": the task's instance must be among those named.
  if (!params.InstanceIds.includes(task.info.InstanceId)) {
    throw refuse(`The repair task \`${task.info.TaskId}\` is about instance \`${task.info.InstanceId}\`, which \`InstanceIds\` does not name.`);
  }
  if (task.info.TaskStatus !== 1) throw refuse(`The repair task \`${task.info.TaskId}\` is not waiting for authorization (TaskStatus ${task.info.TaskStatus}).`);

  const now = ctx.world.clock.now();
  let bookedAt: number | undefined;
  if (params.OrderAuthTime) {
    bookedAt = parseTaskTime(params.OrderAuthTime, 'OrderAuthTime', 'InvalidParameter');
    if (bookedAt < now + EARLIEST_MS || bookedAt > now + LATEST_MS) {
      throw refuse(`\`OrderAuthTime\` ${params.OrderAuthTime} must be at least 5 minutes from now and within 48 hours.`);
    }
    if (task.plannedAt !== undefined && bookedAt >= task.plannedAt) {
      throw refuse(`\`OrderAuthTime\` ${params.OrderAuthTime} is not before the planned maintenance time ${task.info.AuthTime}.`);
    }
  }

  // The customer's authorization replaces the cloud's own at the planned time.
  if (task.change) ctx.world.changes.cancel(task.change);
  task.plannedAt = undefined;
  Object.assign(task.info, {
    AuthSource: 'Customer_auth',
    AuthTime: beijingTime(bookedAt ?? now),
    ...(bookedAt === undefined ? { TaskStatus: 2, DeviceStatus: 2, OperateStatus: 2 } : { TaskStatus: 4, DeviceStatus: 4, OperateStatus: 4 }),
  } satisfies Partial<cvm.RepairTaskInfo>);
  scheduleRepair(ctx.world, task, bookedAt);
  return { TaskId: task.info.TaskId };
});
