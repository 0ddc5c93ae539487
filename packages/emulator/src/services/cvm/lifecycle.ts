import { noteInstanceChange } from '../../state/instance-history.ts';
import { cvm, type Instance } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { monthlyPrice, roundTo } from '../../pricing/rates.ts';
import { handler } from '../action-handler.ts';
import { batchTargets, requireActionState } from './instance-state-errors.ts';
import { beginOperation, runOperation } from './operation.ts';
import { CVM_TRANSITIONS } from './transitions.ts';

// Start, stop, reboot, terminate (reference 14097–14831, 19139–19424; instances.md §0 for the state matrix) and the
// refund quote (18922). Each is accepted at once and lands over emulator time (durations in transitions.ts).
// An instance destroyed lately is UnsupportedOperation.InstanceStateTerminated to the actions that list it (start
// 14308, stop 14827, terminate 19396; not reboot) and InvalidInstanceId.NotFound to the others.

const TERMINATED = { destroyedCode: 'UnsupportedOperation.InstanceStateTerminated' } as const;

export const startInstances = handler(cvm.StartInstances, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds, TERMINATED);
  requireActionState(records, 'StartInstances');
  for (const record of records) {
    const instance = record.instance;
    runOperation(ctx, record, CVM_TRANSITIONS.start, 'STARTING', [
      {
        to: 'RUNNING',
        onArrive: () => {
          instance.StopChargingMode = 'NOT_APPLICABLE';
          // An instance stopped without charging gave its public IP back; starting gets a new one.
          if (instance.InternetAccessible.InternetMaxBandwidthOut > 0 && !instance.PublicIpAddresses?.length) {
            instance.PublicIpAddresses = [ctx.world.allocatePublicIp()];
          }
        },
      },
    ]);
  }
  return {};
});

export const stopInstances = handler(cvm.StopInstances, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds, TERMINATED);
  if (params.ForceStop !== undefined && params.StopType !== undefined) {
    throw new CloudError('InvalidParameterCombination', 'The parameters `ForceStop` and `StopType` cannot be specified together; use StopType.');
  }
  requireActionState(records, 'StopInstances');
  const hard = params.StopType === 'HARD' || params.ForceStop === true;
  for (const record of records) {
    // StoppedMode applies to pay-as-you-go instances only; the others keep NOT_APPLICABLE.
    const postpaid = record.instance.InstanceChargeType === 'POSTPAID_BY_HOUR';
    const stopCharging = postpaid && params.StoppedMode === 'STOP_CHARGING';
    const instance = record.instance;
    runOperation(ctx, record, hard ? CVM_TRANSITIONS.hardStop : CVM_TRANSITIONS.stop, 'STOPPING', [
      {
        to: 'STOPPED',
        onArrive: () => {
          instance.StopChargingMode = postpaid ? (stopCharging ? 'STOP_CHARGING' : 'KEEP_CHARGING') : 'NOT_APPLICABLE';
          if (stopCharging) instance.PublicIpAddresses = null;
        },
      },
    ]);
  }
  return {};
});

export const rebootInstances = handler(cvm.RebootInstances, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  if (params.ForceReboot !== undefined && params.StopType !== undefined) {
    throw new CloudError('InvalidParameterCombination', 'The parameters `ForceReboot` and `StopType` cannot be specified together; use StopType.');
  }
  requireActionState(records, 'RebootInstances');
  for (const record of records) {
    runOperation(ctx, record, CVM_TRANSITIONS.reboot, 'REBOOTING', [{ to: 'RUNNING' }]);
  }
  return {};
});

export const terminateInstances = handler(cvm.TerminateInstances, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds, TERMINATED);
  if (new Set(records.map((r) => r.instance.InstanceChargeType)).size > 1) {
    throw new CloudError('UnsupportedOperation.InstanceMixedPricingModel', 'The instances of one TerminateInstances call must share one charge type.');
  }
  const isProtected = records.find((r) => r.instance.DisableApiTermination);
  if (isProtected) {
    throw new CloudError('UnsupportedOperation.InstancesProtected', `Instance \`${isProtected.instance.InstanceId}\` has termination protection on; turn it off first.`);
  }
  requireActionState(records, 'TerminateInstances');
  for (const record of records) {
    const instance = record.instance;
    if (instance.InstanceChargeType === 'PREPAID' && instance.InstanceState !== 'SHUTDOWN') {
      // First terminate of a prepaid instance: returned to the recycle bin, powered off, refunded.
      beginOperation(ctx, record, 'TerminateInstances');
      noteInstanceChange(record, ctx.world.seededAt, ctx.world.clock.now(), () =>
        Object.assign(instance, {
          InstanceState: 'SHUTDOWN',
          IsolatedSource: 'MANMADE',
          LatestOperationState: 'SUCCESS',
          StopChargingMode: 'NOT_APPLICABLE',
        } satisfies Partial<Instance>),
      );
      continue;
    }
    runOperation(ctx, record, CVM_TRANSITIONS.terminate, 'TERMINATING', [{ to: 'DESTROYED' }]);
  }
  return {};
});

export const inquiryPriceTerminateInstances = handler(cvm.InquiryPriceTerminateInstances, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  if (new Set(records.map((r) => r.instance.InstanceChargeType)).size > 1) {
    throw new CloudError('UnsupportedOperation.InstanceMixedPricingModel', 'The instances of one refund quote must share one charge type.');
  }
  const now = ctx.world.clock.now();
  return {
    InstanceRefundsSet: records.map(({ instance }) => {
      if (instance.InstanceChargeType !== 'PREPAID' || instance.InstanceState === 'SHUTDOWN' || !instance.ExpiredTime) {
        return { InstanceId: instance.InstanceId, Refunds: 0, PriceDetail: '退款：0元（按量计费或已退还的实例无退款）' };
      }
      // The unused part of the subscription, at the monthly price, for whole days left.
      const type = ctx.region.zoneTypes.get(instance.Placement.Zone)?.find((t) => t.InstanceType === instance.InstanceType);
      const daysLeft = Math.max(0, Math.floor((Date.parse(instance.ExpiredTime) - now) / 86_400_000));
      const refund = type ? roundTo((monthlyPrice(type, ctx.region.seed.region) / 30) * daysLeft, 2) : 0;
      return { InstanceId: instance.InstanceId, Refunds: refund, PriceDetail: `退款：${refund}元，现金券： 0元,代金券/折扣券不退（按剩余 ${daysLeft} 天计算）` };
    }),
  };
});
