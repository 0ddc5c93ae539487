import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance, Price } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Renewals, billing switches, bandwidth changes, reinstalls and the VNC URL: their rules, codes and quotes.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const call = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const get = async (id: string) => (await call('DescribeInstances', { InstanceIds: [id] })).Response.InstanceSet[0] as Instance;
const price = async (action: string, params: object) => {
  const response = await call(action, params);
  expect(errorCode(response)).toBeUndefined();
  return response.Response.Price as Price;
};

async function launch(overrides: object = {}): Promise<string> {
  const run = await call('RunInstances', {
    Placement: { Zone: 'ap-guangzhou-6' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.MEDIUM4',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    ...overrides,
  });
  expect(errorCode(run)).toBeUndefined();
  clock.advance(13_000);
  return run.Response.InstanceIdSet[0];
}
const prepaid = (months: number) => ({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: months } });

describe('RenewInstances', () => {
  it('quotes a renewal like a purchase of that length and extends the expiry by the period', async () => {
    const id = await launch(prepaid(1));
    const before = await get(id);
    const quote = await price('InquiryPriceRenewInstances', { InstanceIds: [id], InstanceChargePrepaid: { Period: 12 } });
    const purchase = await price('InquiryPriceRunInstances', {
      Placement: { Zone: 'ap-guangzhou-6' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      ...prepaid(12),
    });
    expect(quote.InstancePrice.DiscountPrice).toBe(purchase.InstancePrice.DiscountPrice);
    expect(errorCode(await call('RenewInstances', { InstanceIds: [id], InstanceChargePrepaid: { Period: 12, RenewFlag: 'NOTIFY_AND_AUTO_RENEW' } }))).toBeUndefined();
    const after = await get(id);
    const months = (Date.parse(after.ExpiredTime!) - Date.parse(before.ExpiredTime!)) / (30.4 * 86_400_000);
    expect(Math.round(months)).toBe(12);
    expect(after).toMatchObject({ RenewFlag: 'NOTIFY_AND_AUTO_RENEW', LatestOperation: 'RenewInstances', LatestOperationState: 'SUCCESS' });
  });

  it('renews subscriptions only, for documented periods', async () => {
    const postpaid = await launch();
    const sub = await launch(prepaid(1));
    expect(errorCode(await call('RenewInstances', { InstanceIds: [postpaid], InstanceChargePrepaid: { Period: 1 } }))).toBe('InvalidInstance.NotSupported');
    expect(errorCode(await call('RenewInstances', { InstanceIds: [sub], InstanceChargePrepaid: { Period: 13 } }))).toBe('InvalidPeriod');
    expect(errorCode(await call('RenewInstances', { InstanceIds: [sub] }))).toBe('MissingParameter');
  });
});

describe('ModifyInstancesRenewFlag', () => {
  it("sets a subscription's renewal flag at once, for several instances", async () => {
    const [a, b] = [await launch(prepaid(1)), await launch(prepaid(1))];
    expect(errorCode(await call('ModifyInstancesRenewFlag', { InstanceIds: [a, b], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' }))).toBeUndefined();
    for (const id of [a, b]) {
      expect(await get(id)).toMatchObject({ RenewFlag: 'NOTIFY_AND_AUTO_RENEW', LatestOperation: 'ModifyInstancesRenewFlag', LatestOperationState: 'SUCCESS' });
    }
    expect(errorCode(await call('ModifyInstancesRenewFlag', { InstanceIds: [a], RenewFlag: 'DISABLE_NOTIFY_AND_MANUAL_RENEW' }))).toBeUndefined();
    expect((await get(a)).RenewFlag).toBe('DISABLE_NOTIFY_AND_MANUAL_RENEW');
  });

  it('refuses pay-as-you-go instances, a flag it does not know, and an instance busy with another operation, changing nothing', async () => {
    const postpaid = await launch();
    const sub = await launch(prepaid(1));
    expect(errorCode(await call('ModifyInstancesRenewFlag', { InstanceIds: [sub, postpaid], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' }))).toBe('UnsupportedOperation.InstanceChargeType');
    expect((await get(sub)).RenewFlag).not.toBe('NOTIFY_AND_AUTO_RENEW');
    expect(errorCode(await call('ModifyInstancesRenewFlag', { InstanceIds: [sub], RenewFlag: 'ALWAYS' }))).toBe('InvalidParameterValue');
    expect(errorCode(await call('ModifyInstancesRenewFlag', { InstanceIds: [sub] }))).toBe('MissingParameter');
    expect(errorCode(await call('StopInstances', { InstanceIds: [sub] }))).toBeUndefined();
    expect(errorCode(await call('ModifyInstancesRenewFlag', { InstanceIds: [sub], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' }))).toBe('OperationDenied.InstanceOperationInProgress');
  });
});

describe('ModifyInstancesChargeType', () => {
  it('quotes and switches pay-as-you-go to a subscription and back', async () => {
    const id = await launch();
    const quote = await price('InquiryPriceModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 3 } });
    expect(quote.InstancePrice.DiscountPrice).toBeGreaterThan(0);
    expect(errorCode(await call('ModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'PREPAID' }))).toBe('MissingParameter');
    expect(errorCode(await call('ModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 3 } }))).toBeUndefined();
    const switched = await get(id);
    expect(switched).toMatchObject({ InstanceChargeType: 'PREPAID', RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' });
    expect(switched.ExpiredTime).toBeTruthy();
    expect(errorCode(await call('ModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } }))).toBe(
      'UnsupportedOperation.InstanceChargeType',
    );
    const back = await price('InquiryPriceModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'POSTPAID_BY_HOUR' });
    expect(back.InstancePrice).toMatchObject({ ChargeUnit: 'HOUR' });
    expect(back.InstancePrice.UnitPrice).toBeGreaterThan(0);
    expect(errorCode(await call('ModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'POSTPAID_BY_HOUR' }))).toBeUndefined();
    expect(await get(id)).toMatchObject({ InstanceChargeType: 'POSTPAID_BY_HOUR', ExpiredTime: null, RenewFlag: null });
  });

  it('refuses instances stopped without charging, and more than 30 at once', async () => {
    const id = await launch();
    await call('StopInstances', { InstanceIds: [id], StoppedMode: 'STOP_CHARGING' });
    clock.advance(6_000);
    expect(errorCode(await call('ModifyInstancesChargeType', { InstanceIds: [id], InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } }))).toBe(
      'UnsupportedOperation.StoppedModeStopCharging',
    );
    const ids = Array.from({ length: 31 }, (_, i) => `ins-${String(i).padStart(8, '0')}`);
    expect(errorCode(await call('ModifyInstancesChargeType', { InstanceIds: ids, InstanceChargeType: 'POSTPAID_BY_HOUR' }))).toBe('InvalidParameterValue.LimitExceeded');
  });
});

describe('ResetInstancesInternetMaxBandwidth', () => {
  it('changes traffic-billed bandwidth up or down at once, priced per GB', async () => {
    const id = await launch({ InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 10 } });
    const quote = await price('InquiryPriceResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 20 } });
    expect(quote.BandwidthPrice).toMatchObject({ ChargeUnit: 'GB' });
    expect(errorCode(await call('ResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 3 } }))).toBeUndefined();
    expect((await get(id)).InternetAccessible.InternetMaxBandwidthOut).toBe(3);
    expect(errorCode(await call('ResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 300 } }))).toBe(
      'InvalidParameterValue.Range',
    );
    expect(errorCode(await call('ResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 5 }, StartTime: '2030-01-01' }))).toBe(
      'InvalidParameterCombination',
    );
  });

  it('grows prepaid bandwidth only, charging the rest of the period', async () => {
    const id = await launch({ ...prepaid(6), InternetAccessible: { InternetChargeType: 'BANDWIDTH_PREPAID', InternetMaxBandwidthOut: 5 } });
    const small = await price('InquiryPriceResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 6 } });
    const large = await price('InquiryPriceResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 20 } });
    expect(small.BandwidthPrice.DiscountPrice).toBeGreaterThan(0);
    expect(large.BandwidthPrice.DiscountPrice).toBeGreaterThan(small.BandwidthPrice.DiscountPrice);
    expect(errorCode(await call('ResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 2 } }))).toBe(
      'InvalidParameterValue.Range',
    );
  });

  it('refuses an instance without a public IP', async () => {
    const id = await launch();
    expect(errorCode(await call('ResetInstancesInternetMaxBandwidth', { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 5 } }))).toBe(
      'FailedOperation.NotFoundEIP',
    );
  });
});

describe('ResetInstance', () => {
  it('reinstalls a running instance with another image: stops, reinstalls, starts again', async () => {
    const id = await launch();
    expect(errorCode(await call('ResetInstance', { InstanceId: id, ImageId: 'img-487zeit5', LoginSettings: { Password: 'weak' } }))).toBe('InvalidPassword');
    expect(errorCode(await call('ResetInstance', { InstanceId: id, ImageId: 'img-487zeit5', SystemDisk: { DiskSize: 40 } }))).toBe('InvalidParameterValue');
    expect(errorCode(await call('ResetInstance', { InstanceId: id, ImageId: 'img-3la7wgnt' }))).toBe('InvalidParameterValue.InvalidImageForGivenInstanceType');
    expect(
      errorCode(await call('ResetInstance', { InstanceId: id, ImageId: 'img-487zeit5', SystemDisk: { DiskSize: 60 }, LoginSettings: { Password: 'Correct-Horse-9' } })),
    ).toBeUndefined();
    expect((await get(id)).InstanceState).toBe('STOPPING');
    clock.advance(20_000);
    expect(await get(id)).toMatchObject({
      InstanceState: 'RUNNING',
      ImageId: 'img-487zeit5',
      OsName: 'Ubuntu Server 22.04 LTS 64bit',
      DefaultLoginUser: 'ubuntu',
      SystemDisk: { DiskSize: 60 },
      LatestOperationState: 'SUCCESS',
    });
  });

  it('quotes a bigger system disk as a higher hourly price', async () => {
    const id = await launch();
    const same = await price('InquiryPriceResetInstance', { InstanceId: id });
    const bigger = await price('InquiryPriceResetInstance', { InstanceId: id, SystemDisk: { DiskSize: 200 } });
    expect(bigger.InstancePrice.UnitPrice).toBeGreaterThan(same.InstancePrice.UnitPrice);
  });
});

describe('DescribeInstanceVncUrl', () => {
  it('gives a running instance a fresh URL-encoded wss address, and refuses a stopped one', async () => {
    const id = await launch();
    const first = (await call('DescribeInstanceVncUrl', { InstanceId: id })).Response.InstanceVncUrl as string;
    const second = (await call('DescribeInstanceVncUrl', { InstanceId: id })).Response.InstanceVncUrl as string;
    expect(decodeURIComponent(first)).toMatch(/^wss:\/\/gzvnc\.qcloud\.com:26789\/vnc\?s=[\w-]+$/);
    expect(first).not.toBe(second);
    await call('StopInstances', { InstanceIds: [id] });
    clock.advance(6_000);
    expect(errorCode(await call('DescribeInstanceVncUrl', { InstanceId: id }))).toBe('UnsupportedOperation.InstanceStateStopped');
  });
});
