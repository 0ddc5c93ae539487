import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// Action timers through the official Node SDK, unmodified: a timer set on an instance runs its action — the cloud
// supports only TerminateInstances — when the emulator's clock passes its ActionTime, whether or not anyone looks in
// between; UNDO until then, DOING while the termination runs, DONE after. Pending timers can be deleted, run ones not.

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

const MINUTE = 60_000;
/** The emulator's now plus `ms`, as the ActionTimer structure writes times: UTC to the second. */
const utcIn = (ms: number) => `${new Date(clock.now() + ms).toISOString().slice(0, 19)}Z`;
const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0];
const timers = async (params: Parameters<typeof sdk.DescribeInstancesActionTimer>[0] = {}) => (await sdk.DescribeInstancesActionTimer(params)).ActionTimers!;
const terminateAt = (InstanceIds: string[], ActionTime: string) => sdk.ImportInstancesActionTimer({ InstanceIds, ActionTimer: { TimerAction: 'TerminateInstances', ActionTime } });

/** A fresh RUNNING instance of its own, pay-as-you-go unless said otherwise. */
async function launch(extra: Partial<Parameters<typeof sdk.RunInstances>[0]> = {}): Promise<string> {
  const { InstanceIdSet } = await sdk.RunInstances({
    Placement: { Zone: 'ap-guangzhou-4' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.LARGE8',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    LoginSettings: { Password: 'Qcloud@TestApi123++' },
    ...extra,
  });
  clock.advance(13_000);
  expect((await instance(InstanceIdSet![0]!))!.InstanceState).toBe('RUNNING');
  return InstanceIdSet![0]!;
}

describe('ImportInstancesActionTimer', () => {
  it('terminates a running instance once the clock passes ActionTime: UNDO, then DOING, then DONE', async () => {
    const id = await launch();
    const actionTime = utcIn(10 * MINUTE);
    const { ActionTimerIds, RequestId } = await terminateAt([id], actionTime);
    expect(RequestId).toBeTruthy();
    expect(ActionTimerIds).toHaveLength(1);
    const timerId = ActionTimerIds![0]!;
    expect(timerId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await timers({ ActionTimerIds: [timerId] })).toEqual([
      {
        ActionTimerId: timerId,
        InstanceId: id,
        TimerAction: 'TerminateInstances',
        ActionTime: actionTime,
        Externals: { ReleaseAddress: false, UnsupportNetworks: [], StorageBlockAttr: { Type: '', MinSize: 0, MaxSize: 0 } },
        Status: 'UNDO',
      },
    ]);

    clock.advance(10 * MINUTE - 1_000);
    expect((await instance(id))!.InstanceState).toBe('RUNNING');
    clock.advance(2_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'TERMINATING', LatestOperation: 'TerminateInstances', LatestOperationState: 'OPERATING' });
    expect((await timers({ ActionTimerIds: [timerId] }))[0]!.Status).toBe('DOING');
    clock.advance(3_000);
    expect(await instance(id)).toBeUndefined();
    expect((await timers({ ActionTimerIds: [timerId] }))[0]!.Status).toBe('DONE');
  });

  it('runs on time even when nobody reads the world until long after', async () => {
    const [first, second] = [await launch(), await launch()];
    const { ActionTimerIds } = await terminateAt([first, second], utcIn(6 * MINUTE));
    expect(ActionTimerIds).toHaveLength(2);
    clock.advance(60 * MINUTE);
    // The terminations began when the timers fell due, so an hour later both instances are long gone.
    expect((await sdk.DescribeInstances({ InstanceIds: [first, second] })).TotalCount).toBe(0);
    expect((await timers({ InstanceIds: [first, second] })).map((t) => t.Status)).toEqual(['DONE', 'DONE']);
  });

  it('takes the reference example’s zoneless form as Beijing time, and answers it in UTC', async () => {
    const id = await launch();
    const due = new Date(Math.floor(clock.now() / 1000) * 1000 + 30 * MINUTE);
    const beijing = new Date(due.getTime() + 8 * 60 * MINUTE).toISOString().slice(0, 19).replace('T', ' ');
    const { ActionTimerIds } = await terminateAt([id], beijing);
    expect((await timers({ ActionTimerIds }))[0]!.ActionTime).toBe(`${due.toISOString().slice(0, 19)}Z`);
  });

  it('refuses a time too soon or malformed, an action other than TerminateInstances, and missing fields', async () => {
    const id = await launch();
    const importing = (ActionTimer: { TimerAction?: string; ActionTime?: string }, InstanceIds = [id]) => codeOf(sdk.ImportInstancesActionTimer({ InstanceIds, ActionTimer }));
    const later = utcIn(10 * MINUTE);
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: utcIn(5 * MINUTE) })).toBe('InvalidParameter');
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: utcIn(-MINUTE) })).toBe('InvalidParameter');
    // The cloud schedules terminations only: a scheduled stop is not an ActionTimer.
    expect(await importing({ TimerAction: 'StopInstances', ActionTime: later })).toBe('InvalidParameter');
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: later.replace('Z', '+08:00') })).toBe('InvalidParameterValue.InvalidTimeFormat');
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: '2099-02-30T00:00:00Z' })).toBe('InvalidParameterValue.InvalidTimeFormat');
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: 'tomorrow' })).toBe('InvalidParameterValue.InvalidTimeFormat');
    expect(await importing({ TimerAction: 'TerminateInstances' })).toBe('MissingParameter');
    expect(await importing({ ActionTime: later })).toBe('MissingParameter');
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: later }, ['ins-1122'])).toBe('InvalidParameterValue.InstanceIdMalformed');
    expect(await importing({ TimerAction: 'TerminateInstances', ActionTime: later }, ['ins-zzzzzzzz'])).toBe('InvalidInstanceId.NotFound');
    expect(
      await importing(
        { TimerAction: 'TerminateInstances', ActionTime: later },
        Array.from({ length: 101 }, () => id),
      ),
    ).toBe('InvalidParameterValue.LimitExceeded');
    expect(await timers({ InstanceIds: [id] })).toEqual([]);
  });

  it('refuses a second pending timer, and instances a termination timer cannot end, setting none of a batch', async () => {
    const [free, busy] = [await launch(), await launch()];
    await terminateAt([busy], utcIn(20 * MINUTE));
    expect(await codeOf(terminateAt([free, busy], utcIn(30 * MINUTE)))).toBe('FailedOperation.MutActionTimerExist');
    expect(await timers({ InstanceIds: [free] })).toEqual([]);

    const prepaid = await launch({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });
    const isProtected = await launch({ DisableApiTermination: true });
    expect(await codeOf(terminateAt([prepaid], utcIn(30 * MINUTE)))).toBe('UnsupportedOperation.NotSupportImportInstancesActionTimer');
    expect(await codeOf(terminateAt([isProtected], utcIn(30 * MINUTE)))).toBe('UnsupportedOperation.NotSupportImportInstancesActionTimer');
    await sdk.StopInstances({ InstanceIds: [free] });
    expect(await codeOf(terminateAt([free], utcIn(30 * MINUTE)))).toBe('UnsupportedOperation.NotSupportImportInstancesActionTimer');
    clock.advance(5_000);
    expect(await codeOf(terminateAt([free], utcIn(30 * MINUTE)))).toBeUndefined();
  });
});

describe('DescribeInstancesActionTimer', () => {
  it('filters by timer, instance, action, status and an ActionTime range, ANDed', async () => {
    const [a, b] = [await launch(), await launch()];
    const [soon] = (await terminateAt([a], utcIn(10 * MINUTE))).ActionTimerIds!;
    const [later] = (await terminateAt([b], utcIn(120 * MINUTE))).ActionTimerIds!;
    const ids = (list: { ActionTimerId?: string }[]) => list.map((t) => t.ActionTimerId);
    expect(ids(await timers({ InstanceIds: [a, b] }))).toEqual([soon, later]);
    expect(ids(await timers({ ActionTimerIds: [later!], InstanceIds: [a, b] }))).toEqual([later]);
    expect(ids(await timers({ InstanceIds: [a, b], TimerAction: 'TerminateInstances', EndActionTime: utcIn(60 * MINUTE) }))).toEqual([soon]);
    expect(ids(await timers({ InstanceIds: [a, b], StartActionTime: utcIn(60 * MINUTE) }))).toEqual([later]);

    clock.advance(15 * MINUTE);
    expect(ids(await timers({ InstanceIds: [a, b], StatusList: ['DONE'] }))).toEqual([soon]);
    expect(ids(await timers({ InstanceIds: [a, b], StatusList: ['UNDO', 'DOING'] }))).toEqual([later]);
    // The whole region's, without filters.
    expect(ids(await timers())).toEqual(expect.arrayContaining([soon, later]));
  });

  it('refuses times in neither form and statuses or actions the cloud does not have', async () => {
    expect(await codeOf(sdk.DescribeInstancesActionTimer({ StartActionTime: '2024/11/06 08:00' }))).toBe('InvalidParameterValue.InvalidTimeFormat');
    expect(await codeOf(sdk.DescribeInstancesActionTimer({ StatusList: ['CANCELLED'] }))).toBe('InvalidParameterValue');
    expect(await codeOf(sdk.DescribeInstancesActionTimer({ TimerAction: 'StopInstances' }))).toBe('InvalidParameterValue');
  });
});

describe('DeleteInstancesActionTimer', () => {
  it('deletes pending timers, which then never run; refuses run and unknown ones', async () => {
    const [kept, gone] = [await launch(), await launch()];
    const [cancelled] = (await terminateAt([kept], utcIn(10 * MINUTE))).ActionTimerIds!;
    const [ran] = (await terminateAt([gone], utcIn(10 * MINUTE))).ActionTimerIds!;
    await sdk.DeleteInstancesActionTimer({ ActionTimerIds: [cancelled!] });
    expect(await timers({ ActionTimerIds: [cancelled!] })).toEqual([]);
    clock.advance(11 * MINUTE);
    expect((await instance(kept))!.InstanceState).toBe('RUNNING');
    expect(await instance(gone)).toBeUndefined();

    expect(await codeOf(sdk.DeleteInstancesActionTimer({ ActionTimerIds: [ran!] }))).toBe('UnsupportedOperation');
    expect(await codeOf(sdk.DeleteInstancesActionTimer({ ActionTimerIds: [cancelled!] }))).toBe('ResourceNotFound');
    // All or none: the pending timer of a refused batch is kept.
    const [pending] = (await terminateAt([kept], utcIn(10 * MINUTE))).ActionTimerIds!;
    expect(await codeOf(sdk.DeleteInstancesActionTimer({ ActionTimerIds: [pending!, ran!] }))).toBe('UnsupportedOperation');
    expect((await timers({ ActionTimerIds: [pending!] }))[0]!.Status).toBe('UNDO');
    expect(await codeOf(sdk.DeleteInstancesActionTimer({ ActionTimerIds: [pending!, pending!] }))).toBe('InvalidParameterValue');
  });
});
