import type { InstanceChargeType } from '@cvm/shared';
import type { RegionWorld, World } from './world.ts';

/** Which quota an instance counts against (DescribeAccountQuota: PostPaidQuotaSet, PrePaidQuotaSet, SpotPaidQuotaSet). */
export type QuotaKind = 'postpaid' | 'prepaid' | 'spot';

export function quotaKindOf(chargeType: InstanceChargeType): QuotaKind | undefined {
  if (chargeType === 'POSTPAID_BY_HOUR') return 'postpaid';
  if (chargeType === 'PREPAID') return 'prepaid';
  if (chargeType === 'SPOTPAID') return 'spot';
  return undefined;
}

/** Instances of a kind the account owns in a zone; launches that failed hold no quota. */
export function usedQuota(world: World, region: RegionWorld, zone: string, kind: QuotaKind): number {
  let used = 0;
  for (const { instance } of world.listInstances(region)) {
    if (instance.Placement.Zone === zone && instance.InstanceState !== 'LAUNCH_FAILED' && quotaKindOf(instance.InstanceChargeType) === kind) used++;
  }
  return used;
}
