import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// Rescue mode through the official Node SDK, unmodified: a running or stopped instance enters RESCUE_MODE (a running
// one shut down first), leaves it STOPPED, and is refused in every other state with the reference's codes. The
// emulator's clock is manual, so the passing states are seen and then landed.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = cvmClientOn(emulator.port);
});
afterAll(() => emulator.close());

const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;
const PASSWORD = 'Rescue2025pass';

/** A fresh pay-as-you-go Linux instance of its own, RUNNING or, with stop, STOPPED (stopMode: how). */
async function launch({ stop = false, stopMode }: { stop?: boolean; stopMode?: 'STOP_CHARGING' } = {}): Promise<string> {
  const { InstanceIdSet } = await sdk.RunInstances({
    Placement: { Zone: 'ap-guangzhou-4' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.LARGE8',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    LoginSettings: { Password: 'Qcloud@TestApi123++' },
  });
  const id = InstanceIdSet![0]!;
  clock.advance(13_000);
  if (stop) {
    await sdk.StopInstances({ InstanceIds: [id], StoppedMode: stopMode });
    clock.advance(6_000);
  }
  expect((await instance(id)).InstanceState).toBe(stop ? 'STOPPED' : 'RUNNING');
  return id;
}

describe('EnterRescueMode and ExitRescueMode', () => {
  it('shuts a running instance down into RESCUE_MODE, and leaves it STOPPED on exit, ready to start', async () => {
    const id = await launch();
    const { RequestId } = await sdk.EnterRescueMode({ InstanceId: id, Password: PASSWORD, Username: 'root' });
    expect(await instance(id)).toMatchObject({
      InstanceState: 'ENTER_RESCUE_MODE',
      LatestOperation: 'EnterRescueMode',
      LatestOperationState: 'OPERATING',
      LatestOperationRequestId: RequestId,
    });
    // A soft shutdown's 5 s, still entering; then the rescue system's boot.
    clock.advance(5_000);
    expect((await instance(id)).InstanceState).toBe('ENTER_RESCUE_MODE');
    expect(await codeOf(sdk.EnterRescueMode({ InstanceId: id, Password: PASSWORD }))).toBe('UnsupportedOperation.InstanceStateEnterRescueMode');
    clock.advance(8_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RESCUE_MODE', LatestOperation: 'EnterRescueMode', LatestOperationState: 'SUCCESS' });

    // In rescue: neither started, stopped nor rescued again; only exited (or terminated).
    expect(await codeOf(sdk.StartInstances({ InstanceIds: [id] }))).toBe('UnsupportedOperation.InstanceStateRescueMode');
    expect(await codeOf(sdk.StopInstances({ InstanceIds: [id] }))).toBe('UnsupportedOperation.InstanceStateRescueMode');
    expect(await codeOf(sdk.EnterRescueMode({ InstanceId: id, Password: PASSWORD }))).toBe('UnsupportedOperation.InstanceStateRescueMode');

    await sdk.ExitRescueMode({ InstanceId: id });
    expect(await instance(id)).toMatchObject({ InstanceState: 'EXIT_RESCUE_MODE', LatestOperation: 'ExitRescueMode', LatestOperationState: 'OPERATING' });
    expect(await codeOf(sdk.ExitRescueMode({ InstanceId: id }))).toBe('UnsupportedOperation.InstanceStateExitRescueMode');
    clock.advance(5_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LatestOperation: 'ExitRescueMode', LatestOperationState: 'SUCCESS', StopChargingMode: 'KEEP_CHARGING' });
    await sdk.StartInstances({ InstanceIds: [id] });
    clock.advance(4_000);
    expect((await instance(id)).InstanceState).toBe('RUNNING');
  });

  it('boots a stopped instance into rescue at once, and a HARD stop shuts a running one down sooner', async () => {
    const stopped = await launch({ stop: true });
    await sdk.EnterRescueMode({ InstanceId: stopped, Password: PASSWORD });
    expect((await instance(stopped)).InstanceState).toBe('ENTER_RESCUE_MODE');
    clock.advance(8_000);
    expect((await instance(stopped)).InstanceState).toBe('RESCUE_MODE');

    const running = await launch();
    await sdk.EnterRescueMode({ InstanceId: running, Password: PASSWORD, StopType: 'HARD' });
    clock.advance(2_000 + 8_000);
    expect((await instance(running)).InstanceState).toBe('RESCUE_MODE');
  });

  it('refuses a weak password, ForceStop with StopType, and unknown or malformed instances', async () => {
    const id = await launch();
    const enter = (params: Partial<Parameters<typeof sdk.EnterRescueMode>[0]>) => codeOf(sdk.EnterRescueMode({ InstanceId: id, Password: PASSWORD, ...params }));
    // Linux: 8–30 characters of at least two classes.
    expect(await enter({ Password: 'short1A' })).toBe('InvalidParameterValue.InvalidPassword');
    expect(await enter({ Password: 'alllowercaseletters' })).toBe('InvalidParameterValue.InvalidPassword');
    expect(await enter({ Password: 'a1'.repeat(16) })).toBe('InvalidParameterValue.InvalidPassword');
    expect(await enter({ ForceStop: true, StopType: 'HARD' })).toBe('InvalidParameterCombination');
    expect(await enter({ InstanceId: 'ins-zzzzzzzz' })).toBe('InvalidInstanceId.NotFound');
    expect(await enter({ InstanceId: 'ins-1122' })).toBe('InvalidInstanceId.Malformed');
    expect(await codeOf(sdk.ExitRescueMode({ InstanceId: 'ins-zzzzzzzz' }))).toBe('InvalidInstanceId.NotFound');
    // Nothing was started by the refusals.
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'RunInstances' });
  });

  it('refuses instances in the wrong state with their state codes, and one stopped without charging', async () => {
    const running = await launch();
    expect(await codeOf(sdk.ExitRescueMode({ InstanceId: running }))).toBe('UnsupportedOperation.InstanceStateRunning');
    await sdk.StopInstances({ InstanceIds: [running] });
    expect(await codeOf(sdk.EnterRescueMode({ InstanceId: running, Password: PASSWORD }))).toBe('UnsupportedOperation.InstanceStateStopping');
    clock.advance(5_000);
    expect(await codeOf(sdk.ExitRescueMode({ InstanceId: running }))).toBe('UnsupportedOperation.InstanceStateStopped');

    const stopCharging = await launch({ stop: true, stopMode: 'STOP_CHARGING' });
    expect(await codeOf(sdk.EnterRescueMode({ InstanceId: stopCharging, Password: PASSWORD }))).toBe('UnsupportedOperation.StoppedModeStopCharging');
  });

  it('goes back to where it was when entering fails, with the failure recorded', async () => {
    const id = await launch();
    emulator.faults.failNext('cvm.EnterRescueMode', { message: 'no rescue image on the host' });
    await sdk.EnterRescueMode({ InstanceId: id, Password: PASSWORD });
    clock.advance(5_000);
    expect(await instance(id)).toMatchObject({
      InstanceState: 'RUNNING',
      LatestOperation: 'EnterRescueMode',
      LatestOperationState: 'FAILED',
      LatestOperationErrorMsg: 'no rescue image on the host',
    });
  });
});
