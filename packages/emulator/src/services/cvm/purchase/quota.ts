import { IMAGE_QUOTA_PER_REGION, type AccountQuota, type PostPaidQuota, type PrePaidQuota } from '@cvm/shared';
import { customImageCount } from '../images/image-store.ts';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { quotaKindOf, usedQuota } from '../../../state/quota-usage.ts';
import type { Purchase } from './resolve-purchase.ts';
import { accountGroupQuota } from '../placement/placement-world.ts';

// Purchase quotas per zone (RunInstances: "the instance count is limited by the CVM purchase quota").

/**
 * Refuses a purchase that would take the zone over the account's quota, or over the once-per-purchase limit; answers how
 * many instances to buy. With `minCount` (RunInstances' MinCount: "承诺最少创建MinCount台实例，并尽量创建InstanceCount台实例")
 * it buys as many as both limits leave room for, when that is at least minCount, and refuses as without it otherwise.
 */
export function requireQuota(world: World, region: RegionWorld, purchase: Purchase, minCount = purchase.count): number {
  const kind = quotaKindOf(purchase.chargeType);
  if (!kind) return purchase.count;
  const quota = region.quotas.get(purchase.zone)!;
  const remaining = Math.max(0, quota[kind] - usedQuota(world, region, purchase.zone, kind));
  const room = Math.min(purchase.count, remaining, kind === 'prepaid' ? quota.prepaidOnce : purchase.count);
  if (minCount < purchase.count && room >= minCount) return room;
  if (kind === 'prepaid' && purchase.count > quota.prepaidOnce) {
    throw new CloudError('LimitExceeded.PrepayQuota', `One purchase may create at most ${quota.prepaidOnce} subscription instances; you asked for ${purchase.count}.`);
  }
  if (purchase.count > remaining) {
    const code = kind === 'prepaid' ? 'LimitExceeded.PrepayQuota' : kind === 'spot' ? 'LimitExceeded.UserSpotQuota' : 'InstancesQuotaLimitExceeded';
    throw new CloudError(
      code,
      `The zone ${purchase.zone} has room for ${remaining} more ${kind === 'postpaid' ? 'pay-as-you-go' : kind === 'prepaid' ? 'subscription' : 'spot'} instance${remaining === 1 ? '' : 's'} (quota ${quota[kind]}); you asked for ${minCount < purchase.count ? `at least ${minCount}` : purchase.count}.`,
    );
  }
  return purchase.count;
}

export function accountQuota(world: World, region: RegionWorld, zones: string[]): AccountQuota {
  const postpaid: PostPaidQuota[] = [];
  const prepaid: PrePaidQuota[] = [];
  const spot: PostPaidQuota[] = [];
  for (const zone of zones) {
    const quota = region.quotas.get(zone)!;
    const entry = (kind: 'postpaid' | 'prepaid' | 'spot') => {
      const used = usedQuota(world, region, zone, kind);
      return { Zone: zone, UsedQuota: used, TotalQuota: quota[kind], RemainingQuota: Math.max(0, quota[kind] - used) };
    };
    postpaid.push(entry('postpaid'));
    prepaid.push({ ...entry('prepaid'), OnceQuota: quota.prepaidOnce });
    spot.push(entry('spot'));
  }
  return {
    PostPaidQuotaSet: postpaid,
    PrePaidQuotaSet: prepaid,
    SpotPaidQuotaSet: spot,
    ImageQuotaSet: [{ UsedQuota: customImageCount(world, region), TotalQuota: IMAGE_QUOTA_PER_REGION }],
    DisasterRecoverGroupQuotaSet: [accountGroupQuota(world, region)],
  };
}
