import { hai } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { haiRegion } from './hai-region.ts';
import type { HaiChargeUnit } from './pricing.ts';
import { quoteHai } from './pricing.ts';
import { resolveHaiPurchase } from './purchase.ts';

// InquirePriceRunInstances: RunInstances' checks, stock included, then the price. It alone takes a
// charge type, which is where the seed's InvalidChargeType and InvalidChargeTypeAndTimeUnit codes can be met:
// POSTPAID_BY_HOUR (the default) is priced by the HOUR, PREPAID_BY_DAY by the DAY (1–30), PREPAID_BY_MONTH by the
// MONTH (1–36); a TimeUnit that is not the charge type's own is refused. DryRun answers without a Price, as documented.

const UNIT_OF: Record<string, HaiChargeUnit> = { POSTPAID_BY_HOUR: 'HOUR', PREPAID_BY_DAY: 'DAY', PREPAID_BY_MONTH: 'MONTH' };
const MAX_PERIOD: Record<HaiChargeUnit, number> = { HOUR: 1, DAY: 30, MONTH: 36 };
const RENEW_FLAGS = ['NOTIFY_AND_MANUAL_RENEW', 'NOTIFY_AND_AUTO_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'];

function chargeOf(params: { InstanceChargeType?: string; InstanceChargePrepaid?: { Period?: number; RenewFlag?: string; TimeUnit?: string } }) {
  const chargeType = params.InstanceChargeType ?? 'POSTPAID_BY_HOUR';
  const unit = Object.hasOwn(UNIT_OF, chargeType) ? UNIT_OF[chargeType]! : undefined;
  if (!unit)
    throw new CloudError('InvalidParameterValue.InvalidChargeType', `\`InstanceChargeType\` \`${chargeType}\` is not one of POSTPAID_BY_HOUR, PREPAID_BY_MONTH, PREPAID_BY_DAY.`);
  const prepaid = params.InstanceChargePrepaid;
  if (prepaid?.TimeUnit !== undefined && prepaid.TimeUnit !== unit) {
    throw new CloudError(
      'InvalidParameterValue.InvalidChargeTypeAndTimeUnit',
      `\`InstanceChargePrepaid.TimeUnit\` \`${prepaid.TimeUnit}\` does not go with ${chargeType}, which is charged by the ${unit}.`,
    );
  }
  if (prepaid?.RenewFlag !== undefined && !RENEW_FLAGS.includes(prepaid.RenewFlag)) {
    throw new CloudError('InvalidParameterValue', `\`InstanceChargePrepaid.RenewFlag\` must be one of ${RENEW_FLAGS.join(', ')}.`);
  }
  const period = unit === 'HOUR' ? 1 : (prepaid?.Period ?? 1);
  if (period < 1 || period > MAX_PERIOD[unit]) {
    throw new CloudError('InvalidParameterValue', `\`InstanceChargePrepaid.Period\` is ${period}; ${chargeType} takes 1 to ${MAX_PERIOD[unit]}.`);
  }
  return { unit, period };
}

export const inquirePriceRunHaiInstances = handler(hai.InquirePriceRunInstances, (ctx, params) => {
  const region = haiRegion(ctx.world, ctx.region.seed.region);
  const { unit, period } = chargeOf(params);
  const purchase = resolveHaiPurchase(region.region, params);
  if (params.DryRun) return { Price: null };
  return { Price: quoteHai(region.region, purchase, unit, period) };
});
