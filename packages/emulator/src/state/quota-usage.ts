import type { Instance, InstanceChargeType } from '@cvm/shared';
import { ZONE_FIELD } from './instance-index.ts';
import type { RegionWorld, World } from './world.ts';

/** Which quota an instance counts against (DescribeAccountQuota: PostPaidQuotaSet, PrePaidQuotaSet, SpotPaidQuotaSet). */
export type QuotaKind = 'postpaid' | 'prepaid' | 'spot';

export function quotaKindOf(chargeType: InstanceChargeType): QuotaKind | undefined {
  if (chargeType === 'POSTPAID_BY_HOUR') return 'postpaid';
  if (chargeType === 'PREPAID') return 'prepaid';
  if (chargeType === 'SPOTPAID') return 'spot';
  return undefined;
}

const holdsQuota = (instance: Instance, kind: QuotaKind) => instance.InstanceState !== 'LAUNCH_FAILED' && quotaKindOf(instance.InstanceChargeType) === kind;

/** Instances of a kind the account owns in a zone; launches that failed hold no quota. Walks the zone's instances only. */
export function usedQuota(world: World, region: RegionWorld, zone: string, kind: QuotaKind): number {
  const filter = { field: 'zone', definition: ZONE_FIELD, values: [zone], name: 'zone' };
  return world.instanceIndex(region).select([filter], ({ instance }) => instance.Placement.Zone === zone && holdsQuota(instance, kind)).length;
}

/** Every zone's use of every quota, in one walk over the region's instances (zone → kind → count). */
export function quotaUsageByZone(world: World, region: RegionWorld): Map<string, Record<QuotaKind, number>> {
  const usage = new Map<string, Record<QuotaKind, number>>();
  world.changes.settle();
  // Counting needs no order: the map, not the newest-first list.
  for (const { instance } of region.instances.values()) {
    const kind = quotaKindOf(instance.InstanceChargeType);
    if (!kind || !holdsQuota(instance, kind)) continue;
    let zone = usage.get(instance.Placement.Zone);
    if (!zone) usage.set(instance.Placement.Zone, (zone = { postpaid: 0, prepaid: 0, spot: 0 }));
    zone[kind]++;
  }
  return usage;
}
