import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Error codes the reference documents for the emulated CVM actions that the emulated state can produce (issue 20), each
// in the situation its description names; the comments give the reference's line (shared/seeds/001_*.txt). Which of
// the documented codes the emulator never answers, and why, is the README's table (documented-code-coverage.test.ts).

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());
afterEach(() => emulator.faults.clear());

const call = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const code = async (action: string, params: object) => errorCode(await call(action, params));
const get = async (id: string) => (await call('DescribeInstances', { InstanceIds: [id] })).Response.InstanceSet[0] as Instance | undefined;
const record = (id: string) => emulator.world.region('ap-guangzhou')!.instances.get(id)!;
const PASSWORD = 'Correct-Horse-9';

/** A fresh instance of its own: RUNNING, or STOPPED with stop (without charging with stopCharging). */
async function launch(params: object = {}, { stop = false, stopCharging = false } = {}): Promise<string> {
  const run = await call('RunInstances', { Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...params });
  expect(errorCode(run)).toBeUndefined();
  const id = run.Response.InstanceIdSet[0] as string;
  clock.advance(13_000);
  if (stop || stopCharging) {
    expect(await code('StopInstances', { InstanceIds: [id], ...(stopCharging ? { StoppedMode: 'STOP_CHARGING' } : {}) })).toBeUndefined();
    clock.advance(6_000);
  }
  return id;
}

describe('MutexOperation.TaskRunning: the same task asked for again while it runs', () => {
  it('refuses a repeat of the change under way, and anything else with OperationDenied.InstanceOperationInProgress', async () => {
    // ResetInstancesPassword 15593: a stopped instance stays STOPPED for the 3 s the reset takes.
    const id = await launch({}, { stop: true });
    expect(await code('ResetInstancesPassword', { InstanceIds: [id], Password: PASSWORD })).toBeUndefined();
    expect(await code('ResetInstancesPassword', { InstanceIds: [id], Password: PASSWORD })).toBe('MutexOperation.TaskRunning');
    expect(await code('ResetInstancesPassword', { InstanceIds: [id], Password: `${PASSWORD}x` })).toBe('OperationDenied.InstanceOperationInProgress');
    expect(await code('ModifyInstancesProject', { InstanceIds: [id], ProjectId: 1045 })).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(4_000);
    expect(await code('ResetInstancesPassword', { InstanceIds: [id], Password: PASSWORD })).toBeUndefined();
  });

  it('answers it for security groups (30267) and key pairs (29213) too, whichever instances the repeat names', async () => {
    const [a, b] = [await launch({}, { stop: true }), await launch({}, { stop: true })];
    const group = emulator.world.region('ap-guangzhou')!.network.securityGroups.find((g) => g.SecurityGroupName === 'ssh-office-only')!.SecurityGroupId;
    expect(await code('AssociateSecurityGroups', { InstanceIds: [a, b], SecurityGroupIds: [group] })).toBeUndefined();
    expect(await code('AssociateSecurityGroups', { InstanceIds: [b], SecurityGroupIds: [group] })).toBe('MutexOperation.TaskRunning');
    clock.advance(2_000);
    const key = (await call('CreateKeyPair', { KeyName: 'mutex_key', ProjectId: 0 })).Response.KeyPair.KeyId as string;
    expect(await code('AssociateInstancesKeyPairs', { InstanceIds: [a], KeyIds: [key] })).toBeUndefined();
    expect(await code('AssociateInstancesKeyPairs', { InstanceIds: [a], KeyIds: [key] })).toBe('MutexOperation.TaskRunning');
  });
});

describe('an instance destroyed lately', () => {
  it('answers UnsupportedOperation.InstanceStateTerminated or InvalidInstanceState where the action lists one, NotFound elsewhere, for an hour', async () => {
    const id = await launch();
    expect(await code('TerminateInstances', { InstanceIds: [id] })).toBeUndefined();
    clock.advance(4_000);
    expect(await get(id)).toBeUndefined();
    const terminated = 'UnsupportedOperation.InstanceStateTerminated';
    expect(await code('StartInstances', { InstanceIds: [id] })).toBe(terminated); // 14308
    expect(await code('StopInstances', { InstanceIds: [id] })).toBe(terminated); // 14827
    expect(await code('TerminateInstances', { InstanceIds: [id] })).toBe(terminated); // 19396
    expect(await code('ModifyInstancesAttribute', { InstanceIds: [id], InstanceName: 'gone' })).toBe(terminated); // 15986
    expect(await code('ResetInstance', { InstanceId: id })).toBe(terminated); // 21319
    expect(await code('DescribeInstanceVncUrl', { InstanceId: id })).toBe(terminated); // 11957
    // ModifyInstancesVpcAttribute lists the generic code (31557).
    const subnet = emulator.world.region('ap-guangzhou')!.network.subnets.find((s) => s.info.Zone === 'ap-guangzhou-4' && s.info.IsDefault)!.info;
    expect(await code('ModifyInstancesVpcAttribute', { InstanceIds: [id], VirtualPrivateCloud: { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId } })).toBe('InvalidInstanceState');
    // RebootInstances does not list it; an unknown instance among destroyed ones is still unknown.
    expect(await code('RebootInstances', { InstanceIds: [id] })).toBe('InvalidInstanceId.NotFound');
    expect(await code('StartInstances', { InstanceIds: [id, 'ins-00000000'] })).toBe('InvalidInstanceId.NotFound');
    clock.advance(3_600_000);
    expect(await code('StartInstances', { InstanceIds: [id] })).toBe('InvalidInstanceId.NotFound');
  });
});

describe('type changes', () => {
  it('refuses a GPU instance leaving its family (InvalidGPUFamilyChange 20038) and an instance stopped without charging staying in its own (20155)', async () => {
    const gpu = await launch({ Placement: { Zone: 'ap-guangzhou-6' }, InstanceType: 'GN7.2XLARGE32' }, { stop: true });
    expect(await code('ResetInstancesType', { InstanceIds: [gpu], InstanceType: 'S5.2XLARGE32' })).toBe('InvalidParameterValue.InvalidGPUFamilyChange');
    const parked = await launch({}, { stopCharging: true });
    expect((await get(parked))!.StopChargingMode).toBe('STOP_CHARGING');
    expect(await code('ResetInstancesType', { InstanceIds: [parked], InstanceType: 'S5.LARGE8' })).toBe('UnsupportedOperation.StoppedModeStopChargingSameFamily');
    expect(await code('InquiryPriceResetInstancesType', { InstanceIds: [parked], InstanceType: 'S5.LARGE8' })).toBe('UnsupportedOperation.StoppedModeStopChargingSameFamily');
    expect(await code('ResetInstancesType', { InstanceIds: [parked], InstanceType: 'SA2.MEDIUM4' })).toBeUndefined();
  });

  it('refuses changes while local disks move onto cloud disks (LocalDiskMigratingToCloudDisk 20138, 18288)', async () => {
    const id = await launch({ DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }] }, { stop: true });
    record(id).instance.DataDisks[0]!.DiskType = 'LOCAL_SSD';
    const convert = { InstanceId: id, DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100 }] };
    expect(await code('ModifyInstanceDiskType', convert)).toBeUndefined();
    expect(await code('ModifyInstanceDiskType', convert)).toBe('MutexOperation.TaskRunning'); // 18509
    expect(await code('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8' })).toBe('UnsupportedOperation.LocalDiskMigratingToCloudDisk');
    expect(await code('InquiryPriceResizeInstanceDisks', { InstanceId: id, SystemDisk: { DiskSize: 60 } })).toBe('UnsupportedOperation.LocalDiskMigratingToCloudDisk');
    clock.advance(11_000);
    expect(await code('InquiryPriceResizeInstanceDisks', { InstanceId: id, SystemDisk: { DiskSize: 60 } })).toBeUndefined();
  });
});

describe('UnsupportedOperation.InstanceReinstallFailed', () => {
  it('refuses the actions that list it for an instance whose reinstall failed, until a reinstall succeeds', async () => {
    const id = await launch({}, { stop: true });
    emulator.faults.failNext('cvm.ResetInstance');
    expect(await code('ResetInstance', { InstanceId: id, LoginSettings: { Password: PASSWORD } })).toBeUndefined();
    clock.advance(9_000);
    expect(await get(id)).toMatchObject({ InstanceState: 'STOPPED', LatestOperation: 'ResetInstance', LatestOperationState: 'FAILED' });
    const failed = 'UnsupportedOperation.InstanceReinstallFailed';
    expect(await code('StartInstances', { InstanceIds: [id] })).toBe(failed); // 14252
    expect(await code('ResetInstancesPassword', { InstanceIds: [id], Password: PASSWORD })).toBe(failed); // 15601
    expect(await code('ModifyInstancesAttribute', { InstanceIds: [id], InstanceName: 'x' })).toBe(failed); // 15952
    expect(await code('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.LARGE8' })).toBe(failed); // 20106
    expect(await code('EnterRescueMode', { InstanceId: id, Password: PASSWORD })).toBe(failed); // 17563
    // "推荐您再次重装系统": a reinstall is what it takes.
    expect(await code('ResetInstance', { InstanceId: id, LoginSettings: { Password: PASSWORD } })).toBeUndefined();
    clock.advance(9_000);
    expect(await code('StartInstances', { InstanceIds: [id] })).toBeUndefined();
  });
});

describe('RenewInstances', () => {
  it('refuses subscriptions together with pay-as-you-go instances (InstanceNotSupportedMixPricingModel 15050)', async () => {
    const subscription = await launch({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });
    const payg = await launch();
    const renew = (ids: string[]) => code('RenewInstances', { InstanceIds: ids, InstanceChargePrepaid: { Period: 1 } });
    expect(await renew([subscription, payg])).toBe('InvalidParameterValue.InstanceNotSupportedMixPricingModel');
    expect(await code('InquiryPriceRenewInstances', { InstanceIds: [subscription, payg], InstanceChargePrepaid: { Period: 1 } })).toBe(
      'InvalidParameterValue.InstanceNotSupportedMixPricingModel',
    );
    expect(await renew([payg])).toBe('InvalidInstance.NotSupported');
    expect(await renew([subscription])).toBeUndefined();
  });
});

describe('ModifyInstancesChargeType', () => {
  it('counts the instances switched against the target billing quota of their zone (LimitExceeded.InstanceQuota 16271)', async () => {
    // ap-singapore-4 allows two pay-as-you-go instances.
    const singapore = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-singapore' });
    const buy = async (params: object) =>
      (await singapore('RunInstances', { Placement: { Zone: 'ap-singapore-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...params })).Response
        .InstanceIdSet as string[];
    const [subscription] = await buy({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });
    clock.advance(13_000);
    const toHourly = () => singapore('ModifyInstancesChargeType', { InstanceIds: [subscription], InstanceChargeType: 'POSTPAID_BY_HOUR' });
    await buy({ InstanceCount: 2 });
    expect(errorCode(await toHourly())).toBe('LimitExceeded.InstanceQuota');
  });
});

describe('ModifyInstancesAttribute DisableApiTermination', () => {
  it('refuses to protect an instance whose termination an action timer has set (InvalidInstanceNotSupportedProtectedInstance 15996)', async () => {
    const id = await launch();
    const inAnHour = new Date(clock.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const timer = await call('ImportInstancesActionTimer', { InstanceIds: [id], ActionTimer: { TimerAction: 'TerminateInstances', ActionTime: inAnHour } });
    expect(errorCode(timer)).toBeUndefined();
    expect(await code('ModifyInstancesAttribute', { InstanceIds: [id], DisableApiTermination: true })).toBe('UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance');
    expect(await code('DeleteInstancesActionTimer', { ActionTimerIds: timer.Response.ActionTimerIds })).toBeUndefined();
    expect(await code('ModifyInstancesAttribute', { InstanceIds: [id], DisableApiTermination: true })).toBeUndefined();
  });
});
