import { INTERNET_CHARGE_TYPES, cvm, type InternetChargeType } from '@cvm/shared';
import { SEED_FAMILIES } from '../../../seed/instance-types.ts';
import { handler } from '../../action-handler.ts';

// What the cloud offers, not what the account owns; no parameters. Names follow X-TC-Language, as DescribeZones' do:
// zh-CN gives the reference's Chinese names, anything else English.
// - DescribeInstanceFamilyConfigs (reference 10960): the families sold in at least one zone of the region, in the
//   order DescribeInstanceTypeConfigs lists them.
// - DescribeInternetChargeTypeConfigs (30649): the four ways to pay for public bandwidth (InternetChargeTypeConfig 37688).

export const describeInstanceFamilyConfigs = handler(cvm.DescribeInstanceFamilyConfigs, (ctx) => {
  const sold = new Set([...ctx.region.zoneTypes.values()].flatMap((types) => types.map((type) => type.InstanceFamily)));
  const families = SEED_FAMILIES.filter((family) => sold.has(family.family));
  return {
    InstanceFamilyConfigSet: families.map((family) => ({ InstanceFamilyName: ctx.language === 'zh-CN' ? family.nameZh : family.nameEn, InstanceFamily: family.family })),
  };
});

/** [Chinese (the reference's example, 30711–30735), English]. */
const DESCRIPTIONS: Record<InternetChargeType, [string, string]> = {
  BANDWIDTH_PREPAID: ['按带宽包年包月计费', 'Bandwidth, monthly subscription'],
  TRAFFIC_POSTPAID_BY_HOUR: ['按流量计费', 'By traffic, pay-as-you-go'],
  BANDWIDTH_POSTPAID_BY_HOUR: ['按带宽使用时长计费', 'Bandwidth, pay by the hour'],
  BANDWIDTH_PACKAGE: ['带宽包计费', 'Bandwidth package'],
};

export const describeInternetChargeTypeConfigs = handler(cvm.DescribeInternetChargeTypeConfigs, (ctx) => ({
  InternetChargeTypeConfigSet: INTERNET_CHARGE_TYPES.map((type) => ({ InternetChargeType: type, Description: DESCRIPTIONS[type][ctx.language === 'zh-CN' ? 0 : 1] })),
}));
