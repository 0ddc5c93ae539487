import { MAX_BANDWIDTH_MBPS, cvm, stateAllows, type Instance, type Price, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { emptyItemPrice, periodItemPrice, unitItemPrice } from '../../../pricing/item-price.ts';
import { BANDWIDTH_RATES, regionFactor, roundTo, tieredBandwidth } from '../../../pricing/rates.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { batchTargets, refuseFailedReinstall, stateError } from '../instance-state-errors.ts';
import { beginOperation } from '../operation.ts';
import { monthsLeft } from './change-quote.ts';
import { changeBandwidth } from '../instance-settings/bandwidth-configs.ts';

// ResetInstancesInternetMaxBandwidth and its quote (reference 31066): pay-as-you-go and package bandwidth change at
// once, up or down, for a batch of one billing method; prepaid and hourly bandwidth one instance at a time; prepaid
// bandwidth only grows, optionally from StartTime to EndTime (within the subscription), and is charged for the rest of
// the period. Instances without a public IP have no bandwidth to change.

type BandwidthParams = ParamsOutput<typeof cvm.ResetInstancesInternetMaxBandwidth>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function plan(
  ctx: RequestContext,
  params: BandwidthParams,
): { records: InstanceRecord[]; chargeType: NonNullable<Instance['InternetAccessible']['InternetChargeType']>; bandwidth: number } {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const bandwidth = params.InternetAccessible.InternetMaxBandwidthOut;
  refuseFailedReinstall(records, 'ResetInstancesInternetMaxBandwidth');
  for (const { instance } of records) {
    if (!instance.InternetAccessible.PublicIpAssigned || !instance.InternetAccessible.InternetChargeType) {
      throw new CloudError('FailedOperation.NotFoundEIP', `Instance \`${instance.InstanceId}\` has no public IP, so no public bandwidth to change.`);
    }
    if (!stateAllows('ResetInstancesInternetMaxBandwidth', instance.InstanceState))
      throw stateError(instance.InstanceId, instance.InstanceState, 'ResetInstancesInternetMaxBandwidth');
  }
  const chargeTypes = new Set(records.map((r) => r.instance.InternetAccessible.InternetChargeType!));
  if (chargeTypes.size > 1)
    throw new CloudError(
      'InvalidParameterCombination',
      `The instances' bandwidth is billed in different ways (${[...chargeTypes].join(', ')}); change one billing method per call.`,
    );
  const chargeType = [...chargeTypes][0]!;
  if ((chargeType === 'BANDWIDTH_PREPAID' || chargeType === 'BANDWIDTH_POSTPAID_BY_HOUR') && records.length > 1) {
    throw new CloudError('InvalidParameterValue.LimitExceeded', `${chargeType} bandwidth is changed one instance per call.`);
  }
  const max = MAX_BANDWIDTH_MBPS[chargeType];
  if (bandwidth > max)
    throw new CloudError('InvalidParameterValue.Range', `\`InternetAccessible.InternetMaxBandwidthOut\` ${bandwidth} Mbps is above the ${max} Mbps allowed for ${chargeType}.`);
  if (chargeType !== 'BANDWIDTH_PREPAID') {
    if (params.StartTime !== undefined || params.EndTime !== undefined) {
      throw new CloudError('InvalidParameterCombination', '`StartTime` and `EndTime` apply only to prepaid (BANDWIDTH_PREPAID) bandwidth.');
    }
    return { records, chargeType, bandwidth };
  }
  const instance = records[0]!.instance;
  if (bandwidth < instance.InternetAccessible.InternetMaxBandwidthOut) {
    throw new CloudError(
      'InvalidParameterValue.Range',
      `\`InternetAccessible.InternetMaxBandwidthOut\` ${bandwidth} Mbps is below the current ${instance.InternetAccessible.InternetMaxBandwidthOut} Mbps: prepaid bandwidth only grows.`,
    );
  }
  const today = new Date(ctx.world.clock.now()).toISOString().slice(0, 10);
  for (const [name, value] of [
    ['StartTime', params.StartTime],
    ['EndTime', params.EndTime],
  ] as const) {
    if (value !== undefined && !DATE.test(value)) throw new CloudError('InvalidParameterValue', `\`${name}\` \`${value}\` must be a date written YYYY-MM-DD.`);
  }
  if (params.StartTime !== undefined && params.StartTime < today) throw new CloudError('InvalidParameterValue', `\`StartTime\` ${params.StartTime} is in the past.`);
  if (params.EndTime !== undefined && instance.ExpiredTime && params.EndTime > instance.ExpiredTime.slice(0, 10)) {
    throw new CloudError('InvalidParameterValue', `\`EndTime\` ${params.EndTime} is after the subscription ends (${instance.ExpiredTime.slice(0, 10)}).`);
  }
  return { records, chargeType, bandwidth };
}

function bandwidthQuote(ctx: RequestContext, records: InstanceRecord[], chargeType: string, bandwidth: number): Price {
  const factor = regionFactor(ctx.region.seed.region);
  let price = emptyItemPrice('HOUR');
  if (chargeType === 'TRAFFIC_POSTPAID_BY_HOUR' && bandwidth > 0) {
    const perGb = BANDWIDTH_RATES.trafficPerGb * factor;
    price = unitItemPrice('GB', perGb, [perGb, perGb, perGb]);
  } else if (chargeType === 'BANDWIDTH_POSTPAID_BY_HOUR') {
    const hourly = records.length * tieredBandwidth(bandwidth, BANDWIDTH_RATES.hourlyPerMbps) * factor;
    price = unitItemPrice('HOUR', hourly, [hourly, hourly, hourly]);
  } else if (chargeType === 'BANDWIDTH_PREPAID') {
    const instance = records[0]!.instance;
    const extra =
      (tieredBandwidth(bandwidth, BANDWIDTH_RATES.monthlyPerMbps) - tieredBandwidth(instance.InternetAccessible.InternetMaxBandwidthOut, BANDWIDTH_RATES.monthlyPerMbps)) * factor;
    const months = monthsLeft(instance, ctx.world.clock.now());
    price = periodItemPrice(() => ({ original: roundTo(extra * months, 2), discounted: roundTo(extra * months, 2) }), 1);
  }
  return { InstancePrice: emptyItemPrice(''), BandwidthPrice: price };
}

export const inquiryPriceResetInstancesInternetMaxBandwidth = handler(cvm.InquiryPriceResetInstancesInternetMaxBandwidth, (ctx, params) => {
  const { records, chargeType, bandwidth } = plan(ctx, params);
  return { Price: bandwidthQuote(ctx, records, chargeType, bandwidth) };
});

export const resetInstancesInternetMaxBandwidth = handler(cvm.ResetInstancesInternetMaxBandwidth, (ctx, params) => {
  const { records, bandwidth } = plan(ctx, params);
  for (const record of records) {
    beginOperation(ctx, record, 'ResetInstancesInternetMaxBandwidth');
    // Through the record of configurations DescribeInstanceInternetBandwidthConfigs answers.
    changeBandwidth(record, ctx.world.clock.now(), () => {
      record.instance.InternetAccessible.InternetMaxBandwidthOut = bandwidth;
    });
    record.instance.LatestOperationState = 'SUCCESS';
  }
  return {};
});
