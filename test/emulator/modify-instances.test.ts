import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance, Price } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Changing instances: which types an instance may move to and why not, type changes and disk growth with their quotes
// and their stop-first flow, attribute changes one at a time, and password resets under the stricter rule.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const call = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const get = async (id: string) => (await call('DescribeInstances', { InstanceIds: [id] })).Response.InstanceSet[0] as Instance;

/** A fresh RUNNING (or, with stop, STOPPED) instance of its own, so each test owns what it changes. */
async function launch(overrides: object = {}, { stop = false } = {}): Promise<string> {
  const run = await call('RunInstances', {
    Placement: { Zone: 'ap-guangzhou-4' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.MEDIUM4',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
    ...overrides,
  });
  expect(errorCode(run)).toBeUndefined();
  const [id] = run.Response.InstanceIdSet as string[];
  clock.advance(13_000);
  if (stop) {
    await call('StopInstances', { InstanceIds: [id] });
    clock.advance(6_000);
  }
  expect((await get(id!)).InstanceState).toBe(stop ? 'STOPPED' : 'RUNNING');
  return id!;
}

describe('DescribeInstancesModification', () => {
  it("offers the zone's types with SELL or UNAVAILABLE and the reason", async () => {
    const id = await launch();
    const { Response } = await call('DescribeInstancesModification', { InstanceIds: [id] });
    const byType = new Map<string, { Status: string; Message: string }>(
      Response.InstanceTypeConfigStatusSet.map((s: { Status: string; Message: string; InstanceTypeConfig: { InstanceType: string } }) => [s.InstanceTypeConfig.InstanceType, s]),
    );
    expect(Response.TotalCount).toBe(byType.size);
    expect(byType.has('S5.MEDIUM4')).toBe(false);
    expect(byType.get('S5.LARGE8')).toMatchObject({ Status: 'SELL', Message: '' });
    expect(byType.get('SA2.MEDIUM4')).toMatchObject({ Status: 'SELL' });
    expect(byType.get('IT5.4XLARGE64')).toMatchObject({ Status: 'UNAVAILABLE' });
    expect(byType.get('IT5.4XLARGE64')!.Message).toContain('IT5');
    const sell = await call('DescribeInstancesModification', { InstanceIds: [id], Filters: [{ Name: 'status', Values: ['SELL'] }] });
    expect(sell.Response.InstanceTypeConfigStatusSet.every((s: { Status: string }) => s.Status === 'SELL')).toBe(true);
  });

  it('refuses instances of different zones together', async () => {
    const here = await launch();
    const there = (await call('RunInstances', { Placement: { Zone: 'ap-guangzhou-6' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4' })).Response.InstanceIdSet[0];
    expect(errorCode(await call('DescribeInstancesModification', { InstanceIds: [here, there] }))).toBe('FailedOperation.ZoneInconsistent');
  });
});

describe('ResetInstancesType', () => {
  it("changes a stopped instance's type when the operation lands, busy meanwhile", async () => {
    const id = await launch({}, { stop: true });
    const change = await call('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8' });
    expect(errorCode(change)).toBeUndefined();
    expect(await get(id)).toMatchObject({
      InstanceState: 'STOPPED',
      InstanceType: 'S5.MEDIUM4',
      LatestOperation: 'ResetInstancesType',
      LatestOperationState: 'OPERATING',
      LatestOperationRequestId: change.Response.RequestId,
    });
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE16' }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(7_000);
    expect(await get(id)).toMatchObject({ InstanceState: 'STOPPED', InstanceType: 'S5.LARGE8', CPU: 4, Memory: 8, LatestOperationState: 'SUCCESS' });
  });

  it('refuses a running instance unless ForceStop, which stops it, changes it and starts it again', async () => {
    const id = await launch();
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8' }))).toBe('UnsupportedOperation.InstanceStateRunning');
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8', ForceStop: true }))).toBeUndefined();
    expect((await get(id)).InstanceState).toBe('STOPPING');
    clock.advance(5_500);
    expect(await get(id)).toMatchObject({ InstanceState: 'STOPPED', InstanceType: 'S5.MEDIUM4' });
    clock.advance(6_500);
    expect(await get(id)).toMatchObject({ InstanceState: 'STARTING', InstanceType: 'S5.LARGE8', LatestOperationState: 'OPERATING' });
    clock.advance(4_500);
    expect(await get(id)).toMatchObject({ InstanceState: 'RUNNING', InstanceType: 'S5.LARGE8', LatestOperationState: 'SUCCESS' });
  });

  it('refuses targets the instance may not move to, with their codes', async () => {
    const id = await launch({}, { stop: true });
    const refuse = async (type: string) => errorCode(await call('ResetInstancesType', { InstanceIds: [id], InstanceType: type }));
    expect(await refuse('GN7.2XLARGE32')).toBe('InvalidParameterValue.GPUInstanceFamily');
    // IT5 takes no instance of another family (reference 20161: "指定机型不支持跨机型调整配置").
    expect(await refuse('IT5.4XLARGE64')).toBe('UnsupportedOperation.UnsupportedChangeInstanceFamily');
    expect(await refuse('S5.MEDIUM4')).toBe('InvalidParameterValue');
    expect(await refuse('s5.large8')).toBe('InvalidInstanceType.Malformed');
    expect(await refuse('S5.HUGE999')).toBe('ResourceUnavailable.InstanceType');
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [id, id], InstanceType: 'S5.LARGE8' }))).toBe('InvalidParameterValue.LimitExceeded');
  });

  it('changes only instances whose system disk is CLOUD_BASIC, CLOUD_PREMIUM, CLOUD_SSD or CLOUD_BSSD, and quotes no other', async () => {
    // Reference 19787 (ResetInstancesType: "目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例"),
    // its code UnsupportedOperation.SystemDiskType 20157; the quote's page says the same of its quote (13539).
    const hssd = await launch({ SystemDisk: { DiskType: 'CLOUD_HSSD', DiskSize: 50 } }, { stop: true });
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [hssd], InstanceType: 'S5.LARGE8' }))).toBe('UnsupportedOperation.SystemDiskType');
    expect(errorCode(await call('InquiryPriceResetInstancesType', { InstanceIds: [hssd], InstanceType: 'S5.LARGE8' }))).toBe('UnsupportedOperation.SystemDiskType');
    expect((await get(hssd)).InstanceType).toBe('S5.MEDIUM4');
    const bssd = await launch({ SystemDisk: { DiskType: 'CLOUD_BSSD', DiskSize: 50 } }, { stop: true });
    expect(errorCode(await call('InquiryPriceResetInstancesType', { InstanceIds: [bssd], InstanceType: 'S5.LARGE8' }))).toBeUndefined();
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [bssd], InstanceType: 'S5.LARGE8' }))).toBeUndefined();
  });

  it('quotes a pay-as-you-go change as the new hourly price, the same as buying that type', async () => {
    const id = await launch();
    const quote = (await call('InquiryPriceResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8' })).Response.Price as Price;
    const bought = (
      await call('InquiryPriceRunInstances', {
        Placement: { Zone: 'ap-guangzhou-4' },
        ImageId: 'img-eb30mz89',
        InstanceType: 'S5.LARGE8',
        SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
        DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
      })
    ).Response.Price as Price;
    expect(quote.InstancePrice.UnitPrice).toBe(bought.InstancePrice.UnitPrice);
    expect(quote.InstancePrice.ChargeUnit).toBe('HOUR');
  });

  it('quotes a subscription upgrade for the months left, and a downgrade as nothing to pay', async () => {
    const id = await launch({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 3 } });
    const up = (await call('InquiryPriceResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8' })).Response.Price as Price;
    const month = async (type: string) =>
      (
        (
          await call('InquiryPriceRunInstances', {
            Placement: { Zone: 'ap-guangzhou-4' },
            ImageId: 'img-eb30mz89',
            InstanceType: type,
            InstanceChargeType: 'PREPAID',
            InstanceChargePrepaid: { Period: 1 },
            SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
            DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
          })
        ).Response.Price as Price
      ).InstancePrice.DiscountPrice;
    const difference = (await month('S5.LARGE8')) - (await month('S5.MEDIUM4'));
    // About three months are left of a three-month subscription bought a moment ago.
    expect(up.InstancePrice.DiscountPrice).toBeGreaterThan(difference * 2.9);
    expect(up.InstancePrice.DiscountPrice).toBeLessThan(difference * 3.2);
    const down = (await call('InquiryPriceResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.SMALL2' })).Response.Price as Price;
    expect(down.InstancePrice.DiscountPrice).toBe(0);
  });
});

describe('ResizeInstanceDisks', () => {
  it("grows a stopped instance's data disk when the operation lands, and quotes the new hourly price first", async () => {
    const id = await launch({}, { stop: true });
    const before = await get(id);
    const quote = (await call('InquiryPriceResizeInstanceDisks', { InstanceId: id, DataDisks: [{ DiskSize: 200 }] })).Response.Price as Price;
    const current = (await call('InquiryPriceResizeInstanceDisks', { InstanceId: id, DataDisks: [{ DiskSize: 110 }] })).Response.Price as Price;
    expect(quote.InstancePrice.UnitPrice).toBeGreaterThan(current.InstancePrice.UnitPrice);
    expect(errorCode(await call('ResizeInstanceDisks', { InstanceId: id, DataDisks: [{ DiskSize: 200 }] }))).toBeUndefined();
    expect((await get(id)).DataDisks[0]!.DiskSize).toBe(100);
    clock.advance(6_000);
    const after = await get(id);
    expect(after.DataDisks[0]).toMatchObject({ DiskSize: 200, DiskId: before.DataDisks[0]!.DiskId });
    expect(after.LatestOperationState).toBe('SUCCESS');
  });

  it('grows only, in 10 GB steps, one disk at a time, and says which is missing', async () => {
    const id = await launch(
      {
        DataDisks: [
          { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 },
          { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 },
        ],
      },
      { stop: true },
    );
    const refuse = async (params: object) => errorCode(await call('ResizeInstanceDisks', { InstanceId: id, ...params }));
    expect(await refuse({})).toBe('MissingParameter.AtLeastOne');
    expect(await refuse({ DataDisks: [{ DiskSize: 200 }] })).toBe('MissingParameter');
    const diskId = (await get(id)).DataDisks[1]!.DiskId;
    expect(await refuse({ DataDisks: [{ DiskId: diskId, DiskSize: 90 }] })).toBe('InvalidParameterValue');
    expect(await refuse({ DataDisks: [{ DiskId: diskId, DiskSize: 155 }] })).toBe('InvalidParameterValue');
    expect(await refuse({ SystemDisk: { DiskSize: 40 } })).toBe('InvalidParameterValue');
    expect(await refuse({ SystemDisk: { DiskSize: 60 }, DataDisks: [{ DiskId: diskId, DiskSize: 200 }] })).toBe('InvalidParameterCombination');
    expect(await refuse({ DataDisks: [{ DiskId: diskId, DiskSize: 150 }] })).toBeUndefined();
    clock.advance(6_000);
    expect((await get(id)).DataDisks.map((d) => d.DiskSize)).toEqual([100, 150]);
  });

  it('refuses a running instance without ForceStop or ResizeOnline; online keeps it running', async () => {
    const id = await launch();
    expect(errorCode(await call('ResizeInstanceDisks', { InstanceId: id, SystemDisk: { DiskSize: 80 } }))).toBe('UnsupportedOperation.InstanceStateRunning');
    expect(errorCode(await call('ResizeInstanceDisks', { InstanceId: id, SystemDisk: { DiskSize: 80 }, ResizeOnline: true }))).toBeUndefined();
    expect(await get(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'OPERATING' });
    clock.advance(6_000);
    expect(await get(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS', SystemDisk: { DiskSize: 80 } });
  });
});

describe('ModifyInstancesAttribute', () => {
  it('renames several instances at once, one attribute per call, up to 60 characters', async () => {
    const [a, b] = [await launch(), await launch()];
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [a, b], InstanceName: 'renamed-pair' }))).toBeUndefined();
    expect((await get(a)).InstanceName).toBe('renamed-pair');
    expect((await get(b)).InstanceName).toBe('renamed-pair');
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [a], InstanceName: 'x', DisableApiTermination: true }))).toBe('InvalidParameterCombination');
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [a] }))).toBe('MissingParameter');
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [a], InstanceName: 'n'.repeat(61) }))).toBe('InvalidInstanceName.TooLong');
  });

  it('replaces security groups (at most five) and sets termination protection', async () => {
    const id = await launch();
    const groups = (await signedCall(emulator.url, 'DescribeSecurityGroups', {}, { region: 'ap-guangzhou', service: 'vpc' })).Response.SecurityGroupSet.map(
      (g: { SecurityGroupId: string }) => g.SecurityGroupId,
    ) as string[];
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], SecurityGroups: groups.slice(1) }))).toBeUndefined();
    expect((await get(id)).SecurityGroupIds).toEqual(groups.slice(1));
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], SecurityGroups: ['sg-00000000'] }))).toBe('InvalidSecurityGroupId.NotFound');
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], SecurityGroups: Array.from({ length: 6 }, () => groups[0]) }))).toBe(
      'LimitExceeded.AssociateUSGLimitExceeded',
    );
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], DisableApiTermination: true }))).toBeUndefined();
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [id] }))).toBe('UnsupportedOperation.InstancesProtected');
  });

  it('reboots a running instance for a new host name, and refuses a pending one', async () => {
    const id = await launch();
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], HostName: 'web..1' }))).toBe('InvalidParameterValue.IllegalHostName');
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], HostName: 'web-1' }))).toBeUndefined();
    expect((await get(id)).InstanceState).toBe('REBOOTING');
    clock.advance(7_000);
    expect(await get(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'ModifyInstancesAttribute', LatestOperationState: 'SUCCESS' });
    const pending = (await call('RunInstances', { Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4' })).Response.InstanceIdSet[0];
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [pending], InstanceName: 'early' }))).toBe('UnsupportedOperation.InstanceStatePending');
  });
});

describe('ResetInstancesPassword', () => {
  it('applies the reset rule, stricter than at purchase', async () => {
    const id = await launch({}, { stop: true });
    const refuse = async (Password: string) => errorCode(await call('ResetInstancesPassword', { InstanceIds: [id], Password }));
    // Two classes are enough at purchase, not for a reset.
    expect(await refuse('lowercase123')).toBe('InvalidParameterValue.InvalidPassword');
    expect(await refuse('/Slash-Start9')).toBe('InvalidParameterValue.InvalidPassword');
    expect(await refuse('Ab1!')).toBe('InvalidParameterValue.InvalidPassword');
    expect(await refuse('Good_Pass<99>')).toBeUndefined();
  });

  it('refuses a Windows password containing the user name', async () => {
    const id = await launch({ ImageId: 'img-1eckiyjb', InstanceType: 'S5.LARGE8' }, { stop: true });
    expect(errorCode(await call('ResetInstancesPassword', { InstanceIds: [id], Password: 'MyAdministrator-1' }))).toBe('InvalidParameterValue.InvalidPassword');
    expect(errorCode(await call('ResetInstancesPassword', { InstanceIds: [id], Password: 'Winter-Garden-42' }))).toBeUndefined();
  });

  it('refuses a running instance without ForceStop; with it, stops, resets and starts again', async () => {
    const id = await launch();
    expect(errorCode(await call('ResetInstancesPassword', { InstanceIds: [id], Password: 'Good_Pass<99>' }))).toBe('UnsupportedOperation.InstanceStateRunning');
    expect(errorCode(await call('ResetInstancesPassword', { InstanceIds: [id], Password: 'Good_Pass<99>', ForceStop: true }))).toBeUndefined();
    expect((await get(id)).InstanceState).toBe('STOPPING');
    clock.advance(20_000);
    expect(await get(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'ResetInstancesPassword', LatestOperationState: 'SUCCESS' });
  });
});

describe('DescribeInstancesAttributes', () => {
  it('reads the UserData an instance was given, and again after a change; refuses what it does not know', async () => {
    const script = Buffer.from('#!/bin/sh\necho hello\n').toString('base64');
    const id = await launch({ UserData: script });
    const attributes = async (ids: string[], names = ['UserData']) => call('DescribeInstancesAttributes', { Attributes: names, InstanceIds: ids });
    expect((await attributes([id])).Response.InstanceSet).toEqual([{ InstanceId: id, Attributes: { UserData: script } }]);

    const changed = Buffer.from('#!/bin/sh\necho again\n').toString('base64');
    expect(errorCode(await call('ModifyInstancesAttribute', { InstanceIds: [id], UserData: changed }))).toBeUndefined();
    expect((await attributes([id])).Response.InstanceSet[0].Attributes.UserData).toBe(changed);
    // One never given any answers an empty string.
    const bare = await launch();
    expect((await attributes([bare])).Response.InstanceSet[0].Attributes.UserData).toBe('');

    expect(errorCode(await attributes([id], ['Password']))).toBe('InvalidParameterValue');
    expect(errorCode(await attributes(['ins-00000000']))).toBe('InvalidInstanceId.NotFound');
    expect(errorCode(await attributes(['i-bad']))).toMatch(/^InvalidInstanceId\.Malformed|InvalidParameterValue\.InstanceIdMalformed$/);
  });
});
