import { cvm, type AccountQuota } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { accountQuota } from './quota.ts';

// DescribeAccountQuota: per zone, what the account uses and may still buy. Filters zone and quota-type.

const QUOTA_TYPES = ['PostPaidQuotaSet', 'PrePaidQuotaSet', 'SpotPaidQuotaSet', 'ImageQuotaSet', 'DisasterRecoverGroupQuotaSet'] as const;

export const describeAccountQuota = handler(cvm.DescribeAccountQuota, (ctx, params) => {
  const allZones = ctx.region.seed.zones.map((z) => z.zone);
  let zones = allZones;
  let types: readonly string[] = QUOTA_TYPES;
  for (const filter of params.Filters ?? []) {
    if (filter.Name === 'zone') {
      const unknown = filter.Values.find((zone) => !allZones.includes(zone));
      if (unknown) throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${unknown}\` does not belong to the region \`${ctx.region.seed.region}\`.`);
      zones = zones.filter((zone) => filter.Values.includes(zone));
    } else if (filter.Name === 'quota-type') {
      const unknown = filter.Values.find((type) => !(QUOTA_TYPES as readonly string[]).includes(type));
      if (unknown) throw new CloudError('InvalidParameterValue', `The quota type \`${unknown}\` must be one of ${QUOTA_TYPES.join(', ')}.`);
      types = types.filter((type) => filter.Values.includes(type));
    } else {
      throw new CloudError('InvalidFilter', `The filter \`${filter.Name}\` is not supported. Supported filters: zone, quota-type.`);
    }
  }
  const quota = accountQuota(ctx.world, ctx.region, zones);
  const shown = Object.fromEntries(QUOTA_TYPES.map((type) => [type, types.includes(type) ? quota[type] : []])) as unknown as AccountQuota;
  return { AppId: 1250000000, AccountQuotaOverview: { Region: ctx.region.seed.region, AccountQuota: shown } };
});
