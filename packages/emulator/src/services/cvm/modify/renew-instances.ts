import { cvm, stateAllows, type Instance, type Price, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { emptyItemPrice, periodItemPrice } from '../../../pricing/item-price.ts';
import { BANDWIDTH_RATES, periodDiscount, regionFactor, tieredBandwidth } from '../../../pricing/rates.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { batchTargets, refuseFailedReinstall, stateError } from '../instance-state-errors.ts';
import { beginOperation, requireIdle } from '../operation.ts';
import { monthly, shapeOf } from './change-quote.ts';
import { addMonths, cloudTime } from '../../../state/cloud-time.ts';
import { requirePeriod } from '../prepaid-period.ts';

// RenewInstances and its quote: subscriptions only, for 1–12, 24, 36, 48 or 60 more months, priced like a purchase of
// that length (longer is cheaper per month), with prepaid bandwidth renewed alongside. Renewing a subscription that
// expired brings it back from the recycle bin, stopped; one the person returned cannot be renewed.

type RenewParams = ParamsOutput<typeof cvm.RenewInstances>;

function renewTargets(ctx: RequestContext, params: RenewParams): { records: InstanceRecord[]; period: number; renewFlag?: Instance['RenewFlag'] } {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const postpaid = records.find((r) => r.instance.InstanceChargeType !== 'PREPAID');
  // Subscriptions together with instances of another charge type: "不支持操作不同计费方式的实例" (reference 15050, 13237).
  if (postpaid && records.some((r) => r.instance.InstanceChargeType === 'PREPAID'))
    throw new CloudError(
      'InvalidParameterValue.InstanceNotSupportedMixPricingModel',
      `The instances of \`InstanceIds\` are billed in different ways (${[...new Set(records.map((r) => r.instance.InstanceChargeType))].join(', ')}); renew subscriptions on their own.`,
    );
  if (postpaid)
    throw new CloudError(
      'InvalidInstance.NotSupported',
      `Instance \`${postpaid.instance.InstanceId}\` is ${postpaid.instance.InstanceChargeType}: only subscription (PREPAID) instances are renewed.`,
    );
  const wrong = records.find(
    (r) => !stateAllows('RenewInstances', r.instance.InstanceState) || (r.instance.InstanceState === 'SHUTDOWN' && r.instance.IsolatedSource === 'MANMADE'),
  );
  if (wrong) throw stateError(wrong.instance.InstanceId, wrong.instance.InstanceState, 'RenewInstances');
  const { Period, RenewFlag } = requirePeriod(params.InstanceChargePrepaid);
  return { records, period: Period, renewFlag: RenewFlag };
}

export function renewalPrice(region: string, instances: Instance[], period: number): Price {
  const shapes = instances.map((instance) => monthly(region, shapeOf(instance)));
  const instancePrice = periodItemPrice(
    (months) => ({
      original: shapes.reduce((sum, m) => sum + m.original * months, 0),
      discounted: shapes.reduce((sum, m) => sum + m.discounted * months * (periodDiscount(months) / 100), 0),
    }),
    period,
  );
  const bandwidthMonthly = instances
    .filter((i) => i.InternetAccessible.InternetChargeType === 'BANDWIDTH_PREPAID')
    .reduce((sum, i) => sum + tieredBandwidth(i.InternetAccessible.InternetMaxBandwidthOut, BANDWIDTH_RATES.monthlyPerMbps) * regionFactor(region), 0);
  const bandwidthPrice =
    bandwidthMonthly > 0
      ? periodItemPrice((months) => ({ original: bandwidthMonthly * months, discounted: bandwidthMonthly * months * (periodDiscount(months) / 100) }), period)
      : emptyItemPrice('');
  return { InstancePrice: instancePrice, BandwidthPrice: bandwidthPrice };
}

export const inquiryPriceRenewInstances = handler(cvm.InquiryPriceRenewInstances, (ctx, params) => {
  const { records, period } = renewTargets(ctx, params);
  return {
    Price: renewalPrice(
      ctx.region.seed.region,
      records.map((r) => r.instance),
      period,
    ),
  };
});

export const renewInstances = handler(cvm.RenewInstances, (ctx, params) => {
  const { records, period, renewFlag } = renewTargets(ctx, params);
  const now = ctx.world.clock.now();
  for (const record of records) {
    const instance = record.instance;
    beginOperation(ctx, record, 'RenewInstances');
    instance.ExpiredTime = cloudTime(addMonths(Math.max(now, Date.parse(instance.ExpiredTime ?? instance.CreatedTime)), period));
    if (renewFlag) instance.RenewFlag = renewFlag;
    if (instance.InstanceState === 'SHUTDOWN') {
      Object.assign(instance, { InstanceState: 'STOPPED', RestrictState: 'NORMAL', IsolatedSource: 'NOTISOLATED' } satisfies Partial<Instance>);
    }
    instance.LatestOperationState = 'SUCCESS';
  }
  return {};
});

/**
 * ModifyInstancesRenewFlag (reference 16341): the flag of subscriptions only (UnsupportedOperation.InstanceChargeType
 * for any other), up to 100 at once, refused while an instance is busy with another operation
 * (OperationDenied.InstanceOperationInProgress). It applies at once: LatestOperationState SUCCESS.
 */
export const modifyInstancesRenewFlag = handler(cvm.ModifyInstancesRenewFlag, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const other = records.find((r) => r.instance.InstanceChargeType !== 'PREPAID');
  if (other) {
    throw new CloudError(
      'UnsupportedOperation.InstanceChargeType',
      `Instance \`${other.instance.InstanceId}\` is ${other.instance.InstanceChargeType}: only subscription (PREPAID) instances have a renewal flag.`,
    );
  }
  refuseFailedReinstall(records, 'ModifyInstancesRenewFlag');
  requireIdle(records);
  for (const record of records) {
    beginOperation(ctx, record, 'ModifyInstancesRenewFlag');
    record.instance.RenewFlag = params.RenewFlag;
    record.instance.LatestOperationState = 'SUCCESS';
  }
  return {};
});
