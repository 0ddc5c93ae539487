import { cvm, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { describedTask, repairTasks } from './repair-tasks.ts';
import { parseTaskTime, startOfBeijingDay } from './task-time.ts';

// DescribeTaskInfo (reference 34186): the account's repair tasks in every region (Region is optional), every filter
// ANDed and each one's values ORed, within a CreateTime window that defaults to today (00:00 Beijing time) until now —
// so a bare call shows today's tasks — sorted by CreateTime, AuthTime or EndTime, then paged. Every refusal is
// InvalidParameterValue, the one parameter code the action lists.

type Params = ParamsOutput<typeof cvm.DescribeTaskInfo>;

const ORDER_FIELDS = ['CreateTime', 'AuthTime', 'EndTime'] as const;
type OrderField = (typeof ORDER_FIELDS)[number];

const refuse = (message: string) => new CloudError('InvalidParameterValue', message);

function checkValues(values: readonly number[] | undefined, allowed: readonly number[], parameter: string): void {
  const wrong = values?.find((value) => !allowed.includes(value));
  if (wrong !== undefined) throw refuse(`\`${parameter}\` ${wrong} is not one of ${allowed.join(', ')}.`);
}

/** The filters, each a test of a task; absent filters pass everything. */
function matcher(params: Params, now: number): (info: cvm.RepairTaskInfo, createdAt: number) => boolean {
  if (params.Product && !(cvm.REPAIR_PRODUCTS as readonly string[]).includes(params.Product)) {
    throw refuse(`\`Product\` \`${params.Product}\` is not one of ${cvm.REPAIR_PRODUCTS.join(', ')}.`);
  }
  checkValues(params.TaskStatus, cvm.REPAIR_TASK_STATUSES, 'TaskStatus');
  checkValues(params.TaskTypeIds, cvm.REPAIR_TASK_TYPES, 'TaskTypeIds');
  const from = params.StartDate === undefined ? startOfBeijingDay(now) : parseTaskTime(params.StartDate, 'StartDate', 'InvalidParameterValue');
  const until = params.EndDate === undefined ? now : parseTaskTime(params.EndDate, 'EndDate', 'InvalidParameterValue');
  if (from > until) throw refuse(`\`StartDate\` ${params.StartDate ?? '(today 00:00:00)'} is after \`EndDate\` ${params.EndDate ?? '(now)'}.`);
  const within = <T>(values: readonly T[] | undefined, value: T) => !values?.length || values.includes(value);
  return (info, createdAt) =>
    (!params.Product || info.Product === params.Product) &&
    within(params.TaskStatus, info.TaskStatus) &&
    within(params.TaskTypeIds, info.TaskTypeId) &&
    within(params.TaskIds, info.TaskId) &&
    within(params.InstanceIds, info.InstanceId) &&
    within(params.Aliases, info.Alias ?? '') &&
    createdAt >= from &&
    createdAt <= until;
}

export const describeTaskInfo = handler(cvm.DescribeTaskInfo, (ctx, params) => {
  const now = ctx.world.clock.now();
  const field = (params.OrderField || 'CreateTime') as OrderField;
  if (!ORDER_FIELDS.includes(field)) throw refuse(`\`OrderField\` \`${params.OrderField}\` is not one of ${ORDER_FIELDS.join(', ')}.`);
  const order = params.Order ?? 0;
  if (order !== 0 && order !== 1) throw refuse(`\`Order\` ${order} is not 0 (ascending) or 1 (descending).`);
  const matches = matcher(params, now);
  // Filtered as answered: by the instance's name (Aliases) as it is now.
  const found = repairTasks(ctx.world)
    .map((task) => ({ createdAt: task.createdAt, info: describedTask(ctx.world, task) }))
    .filter(({ info, createdAt }) => matches(info, createdAt))
    .map(({ info }) => info);
  // The times sort as written (YYYY-MM-DD hh:mm:ss); a task not yet authorized or ended sorts first, its time empty.
  const sorted = found.sort((a, b) => (a[field] ?? '').localeCompare(b[field] ?? '') || a.TaskId.localeCompare(b.TaskId));
  if (order === 1) sorted.reverse();
  return { TotalCount: sorted.length, RepairTaskInfoSet: sorted.slice(params.Offset, params.Offset + params.Limit) };
});
