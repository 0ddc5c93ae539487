import type { World } from '../state/world.ts';
import { quotaUsageByZone } from '../state/quota-usage.ts';

// Purchase quotas of the demo account, per zone (DescribeAccountQuota; the documented sample is 100 per zone). One
// zone is deliberately tight so a refusal can be seen: ap-singapore-4 allows two pay-as-you-go instances.

export interface ZoneQuota {
  /** Pay-as-you-go instances the account may own in the zone. */
  postpaid: number;
  /** Subscription instances the account may own in the zone. */
  prepaid: number;
  /** Most subscription instances one purchase may create. */
  prepaidOnce: number;
  spot: number;
}

export const DEFAULT_ZONE_QUOTA: ZoneQuota = { postpaid: 100, prepaid: 100, prepaidOnce: 50, spot: 50 };

export const TIGHT_QUOTAS: Record<string, Partial<ZoneQuota>> = {
  'ap-singapore-4': { postpaid: 2, spot: 0 },
};

/**
 * A world seeded with many generated instances would start over its own quota; the demo account's quota is raised to
 * leave the default headroom above what it already owns, as a real account's would have been.
 */
export function fitQuotasToSeed(world: World): void {
  for (const region of world.regions.values()) {
    const usage = quotaUsageByZone(world, region);
    for (const [zone, quota] of region.quotas) {
      for (const kind of ['postpaid', 'prepaid'] as const) {
        const used = usage.get(zone)?.[kind] ?? 0;
        if (used > quota[kind]) quota[kind] = used + DEFAULT_ZONE_QUOTA[kind];
      }
    }
  }
}
