import { cvm, stateAllows, type Instance, type Price, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { emptyItemPrice } from '../../../pricing/item-price.ts';
import { quotePurchase } from '../../../pricing/purchase-quote.ts';
import { roundTo } from '../../../pricing/rates.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { batchTargets, stateError } from '../instance-state-errors.ts';
import { beginOperation, requireIdle } from '../operation.ts';
import { shapeOf } from './change-quote.ts';
import { addMonths, cloudTime } from '../../../state/cloud-time.ts';
import { requirePeriod } from '../prepaid-period.ts';
import { quotaKindOf, usedQuota } from '../../../state/quota-usage.ts';

// ModifyInstancesChargeType (≤ 30) and its quote (≤ 100): between pay-as-you-go and subscription. Not for instances
// stopped without charging, spot or dedicated-host instances, or instances already on the target billing.

type ChargeParams = ParamsOutput<typeof cvm.InquiryPriceModifyInstancesChargeType>;
function switchTargets(ctx: RequestContext, params: ChargeParams): { records: InstanceRecord[]; period: number; renewFlag?: Instance['RenewFlag'] } {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  for (const { instance } of records) {
    if (instance.InstanceChargeType !== 'PREPAID' && instance.InstanceChargeType !== 'POSTPAID_BY_HOUR') {
      throw new CloudError('InvalidInstance.NotSupported', `Instance \`${instance.InstanceId}\` is ${instance.InstanceChargeType}, which cannot switch billing.`);
    }
    if (instance.InstanceChargeType === params.InstanceChargeType) {
      throw new CloudError('UnsupportedOperation.InstanceChargeType', `Instance \`${instance.InstanceId}\` is already ${params.InstanceChargeType}.`);
    }
    if (instance.StopChargingMode === 'STOP_CHARGING') {
      throw new CloudError('UnsupportedOperation.StoppedModeStopCharging', `Instance \`${instance.InstanceId}\` is stopped without charging; start it first.`);
    }
    if (!stateAllows('ModifyInstancesChargeType', instance.InstanceState)) throw stateError(instance.InstanceId, instance.InstanceState, 'ModifyInstancesChargeType');
  }
  if (params.InstanceChargeType !== 'PREPAID') return { records, period: 1 };
  const { Period, RenewFlag } = requirePeriod(params.InstanceChargePrepaid);
  return { records, period: Period, renewFlag: RenewFlag };
}

function switchPrice(region: string, instances: Instance[], target: 'PREPAID' | 'POSTPAID_BY_HOUR', period: number): Price {
  const quotes = instances.map((instance) => {
    const shape = shapeOf(instance);
    return quotePurchase({
      region,
      type: shape.type,
      chargeType: target,
      periodMonths: period,
      disks: shape.disks,
      internet: { chargeType: 'TRAFFIC_POSTPAID_BY_HOUR', bandwidth: 0 },
      count: 1,
    }).InstancePrice;
  });
  const sum = (field: 'UnitPrice' | 'UnitPriceDiscount' | 'OriginalPrice' | 'DiscountPrice') =>
    roundTo(
      quotes.reduce((total, q) => total + q[field], 0),
      4,
    );
  const first = quotes[0]!;
  const total = { ...first, UnitPrice: sum('UnitPrice'), UnitPriceDiscount: sum('UnitPriceDiscount'), OriginalPrice: sum('OriginalPrice'), DiscountPrice: sum('DiscountPrice') };
  return { InstancePrice: total, BandwidthPrice: emptyItemPrice(target === 'PREPAID' ? '' : 'HOUR') };
}

export const inquiryPriceModifyInstancesChargeType = handler(cvm.InquiryPriceModifyInstancesChargeType, (ctx, params) => {
  const { records, period } = switchTargets(ctx, params);
  return {
    Price: switchPrice(
      ctx.region.seed.region,
      records.map((r) => r.instance),
      params.InstanceChargeType,
      period,
    ),
  };
});

/**
 * The instances switched count against the target billing's quota in their zone, as a purchase would: past it
 * LimitExceeded.InstanceQuota, the code ModifyInstancesChargeType lists for it.
 */
function requireQuotaFor(ctx: RequestContext, records: InstanceRecord[], target: 'PREPAID' | 'POSTPAID_BY_HOUR'): void {
  const kind = quotaKindOf(target)!;
  const zones = new Map<string, number>();
  for (const { instance } of records) zones.set(instance.Placement.Zone, (zones.get(instance.Placement.Zone) ?? 0) + 1);
  for (const [zone, count] of zones) {
    const total = ctx.region.quotas.get(zone)?.[kind] ?? 0;
    const used = usedQuota(ctx.world, ctx.region, zone, kind);
    if (used + count > total) {
      throw new CloudError(
        'LimitExceeded.InstanceQuota',
        `The zone ${zone} has room for ${Math.max(0, total - used)} more ${target === 'PREPAID' ? 'subscription' : 'pay-as-you-go'} instances (quota ${total}); this switch needs ${count}.`,
      );
    }
  }
}

export const modifyInstancesChargeType = handler(cvm.ModifyInstancesChargeType, (ctx, params) => {
  const { records, period, renewFlag } = switchTargets(ctx, params);
  requireQuotaFor(ctx, records, params.InstanceChargeType);
  requireIdle(records);
  const now = ctx.world.clock.now();
  for (const record of records) {
    const instance = record.instance;
    beginOperation(ctx, record, 'ModifyInstancesChargeType');
    if (params.InstanceChargeType === 'PREPAID') {
      Object.assign(instance, {
        InstanceChargeType: 'PREPAID',
        ExpiredTime: cloudTime(addMonths(now, period)),
        RenewFlag: renewFlag ?? 'NOTIFY_AND_MANUAL_RENEW',
        StopChargingMode: 'NOT_APPLICABLE',
      } satisfies Partial<Instance>);
      instance.DataDisks.forEach((disk) => {
        disk.DeleteWithInstance = false;
      });
    } else {
      Object.assign(instance, {
        InstanceChargeType: 'POSTPAID_BY_HOUR',
        ExpiredTime: null,
        RenewFlag: null,
        StopChargingMode: instance.InstanceState === 'STOPPED' ? 'KEEP_CHARGING' : 'NOT_APPLICABLE',
      } satisfies Partial<Instance>);
      if (instance.InternetAccessible.InternetChargeType === 'BANDWIDTH_PREPAID') instance.InternetAccessible.InternetChargeType = 'BANDWIDTH_POSTPAID_BY_HOUR';
    }
    instance.LatestOperationState = 'SUCCESS';
  }
  return {};
});
