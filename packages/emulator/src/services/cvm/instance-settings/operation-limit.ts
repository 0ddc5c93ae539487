import { cvm } from '@cvm/shared';
import { historyOf } from '../../../state/instance-history.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { World } from '../../../state/world.ts';
import { handler } from '../../action-handler.ts';
import { batchTargets } from '../instance-state-errors.ts';

// DescribeInstancesOperationLimit (reference 11562): how many times each instance may still take an operation the
// cloud counts. -1 for both counts means no limit (38313–38319).
// - INSTANCE_DEGRADE: a subscription (PREPAID) is refunded the difference on each downgrade, a limited number of times
//   over its life — 5, the reference's example (11662); the downgrades made so far are read from the instance's history
//   of cores and memory (state/instance-history.ts), which every ResetInstancesType landing writes. Pay-as-you-go and
//   spot instances downgrade freely: -1.
// - INTERNET_CHARGE_TYPE_CHANGE: the reference gives no figure, and no emulated action changes how bandwidth is billed,
//   so nothing is counted: -1.

const DEGRADE_LIMIT = 5;

/** Downgrades so far: each point of the history where cores or memory fell. */
function downgrades(world: World, record: InstanceRecord): number {
  const history = historyOf(record, world.seededAt);
  return history.filter((entry, index) => index > 0 && (entry.cpu < history[index - 1]!.cpu || entry.memory < history[index - 1]!.memory)).length;
}

function counts(world: World, record: InstanceRecord, operation: cvm.LimitedOperation): Pick<cvm.OperationCountLimit, 'CurrentCount' | 'LimitCount'> {
  if (operation === 'INSTANCE_DEGRADE' && record.instance.InstanceChargeType === 'PREPAID') {
    return { CurrentCount: downgrades(world, record), LimitCount: DEGRADE_LIMIT };
  }
  return { CurrentCount: -1, LimitCount: -1 };
}

export const describeInstancesOperationLimit = handler(cvm.DescribeInstancesOperationLimit, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  return {
    InstanceOperationLimitSet: records.map((record) => ({ Operation: params.Operation, InstanceId: record.instance.InstanceId, ...counts(ctx.world, record, params.Operation) })),
  };
});
