import { cvm, type InternetAccessible } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { internetAccessibleAnswer } from '../../../state/instance-answer.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler } from '../../action-handler.ts';
import { singleTarget } from '../instance-state-errors.ts';

// DescribeInstanceInternetBandwidthConfigs (reference 30460): the bandwidth configurations of an instance whose public
// bandwidth is prepaid (BANDWIDTH_PREPAID), past ones included, each with the time it held from and until; the one in
// force runs to the end of the subscription (ExpiredTime).
//
// Kept lazily, like an instance's run history: an instance whose bandwidth never changed holds nothing, its one
// configuration is derived (from its creation); the first change stores that, then each change adds the next.

interface Held {
  /** Emulator ms from which this configuration holds. */
  from: number;
  accessible: InternetAccessible;
}

const configurations = new WeakMap<InstanceRecord, Held[]>();

const heldFrom = (from: number, accessible: InternetAccessible): Held => ({ from, accessible: { ...accessible } });

/**
 * Changes an instance's public bandwidth (`apply`, ResetInstancesInternetMaxBandwidth) and records the configuration it
 * leads to as holding from `at`.
 */
export function changeBandwidth(record: InstanceRecord, at: number, apply: () => void): void {
  const held = configurations.get(record) ?? [heldFrom(record.createdAt, record.instance.InternetAccessible)];
  apply();
  held.push(heldFrom(at, record.instance.InternetAccessible));
  configurations.set(record, held);
}

export const describeInstanceInternetBandwidthConfigs = handler(cvm.DescribeInstanceInternetBandwidthConfigs, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  const { instance } = record;
  const accessible = instance.InternetAccessible;
  if (!accessible.PublicIpAssigned || !accessible.InternetChargeType) {
    throw new CloudError('FailedOperation.NotFoundEIP', `Instance \`${instance.InstanceId}\` has no public IP, so no public bandwidth.`);
  }
  // "只支持查询BANDWIDTH_PREPAID（预付费按带宽结算）计费模式的带宽配置".
  if (accessible.InternetChargeType !== 'BANDWIDTH_PREPAID') {
    throw new CloudError(
      'InvalidInstance.NotSupported',
      `Instance \`${instance.InstanceId}\` pays for bandwidth by ${accessible.InternetChargeType}; only BANDWIDTH_PREPAID bandwidth has configurations.`,
    );
  }
  const held = configurations.get(record) ?? [heldFrom(record.createdAt, accessible)];
  const end = instance.ExpiredTime ?? cloudTime(ctx.world.clock.now());
  const set = held.map((config, index) => ({
    StartTime: cloudTime(config.from),
    EndTime: index + 1 < held.length ? cloudTime(held[index + 1]!.from) : end,
    InternetAccessible: internetAccessibleAnswer(config.accessible, instance.InstanceChargeType),
  }));
  // A configuration billed otherwise (before a switch to prepaid bandwidth) is not a prepaid one.
  return { InternetBandwidthConfigSet: set.filter((config) => config.InternetAccessible.InternetChargeType === 'BANDWIDTH_PREPAID') };
});
