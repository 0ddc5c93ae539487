import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Start, stop, reboot, terminate: preconditions with their documented codes, and transitions on the emulator's clock.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock, bulkInstances: 40 });
});
afterAll(() => emulator.close());

const call = (action: string, params: object, region = 'ap-guangzhou') => signedCall(emulator.url, action, params, { region });
const byName = async (name: string, region = 'ap-guangzhou'): Promise<Instance | undefined> =>
  (await call('DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] }, region)).Response.InstanceSet[0];
const state = async (id: string, region = 'ap-guangzhou') => (await call('DescribeInstancesStatus', { InstanceIds: [id] }, region)).Response.InstanceStatusSet[0]?.InstanceState;
const find = async (filters: object[]) => (await call('DescribeInstances', { Filters: filters, Limit: 100 })).Response.InstanceSet as Instance[];

describe('StopInstances and StartInstances', () => {
  it('stops a running instance through STOPPING, keeping the operation record, then starts it again', async () => {
    const web = (await byName('web-prod-02'))!;
    const stop = await call('StopInstances', { InstanceIds: [web.InstanceId] });
    expect(errorCode(stop)).toBeUndefined();
    const stopping = (await byName('web-prod-02'))!;
    expect(stopping).toMatchObject({
      InstanceState: 'STOPPING',
      LatestOperation: 'StopInstances',
      LatestOperationState: 'OPERATING',
      LatestOperationRequestId: stop.Response.RequestId,
    });
    clock.advance(4_000);
    expect(await state(web.InstanceId)).toBe('STOPPING');
    clock.advance(1_500);
    expect(await byName('web-prod-02')).toMatchObject({ InstanceState: 'STOPPED', LatestOperationState: 'SUCCESS', StopChargingMode: 'KEEP_CHARGING' });

    expect(errorCode(await call('StopInstances', { InstanceIds: [web.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateStopped');
    const start = await call('StartInstances', { InstanceIds: [web.InstanceId] });
    expect(errorCode(start)).toBeUndefined();
    expect(await state(web.InstanceId)).toBe('STARTING');
    expect(errorCode(await call('StartInstances', { InstanceIds: [web.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateStarting');
    clock.advance(5_000);
    expect(await byName('web-prod-02')).toMatchObject({
      InstanceState: 'RUNNING',
      LatestOperation: 'StartInstances',
      LatestOperationState: 'SUCCESS',
      StopChargingMode: 'NOT_APPLICABLE',
    });
  });

  it('stops hard faster than soft, and stops billing (and the public IP) only for pay-as-you-go when asked', async () => {
    const running = await find([
      { Name: 'instance-state', Values: ['RUNNING'] },
      { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] },
      { Name: 'tag:role', Values: ['web', 'api', 'worker', 'cache', 'db'] },
    ]);
    const hard = running.find((i) => (i.PublicIpAddresses ?? []).length > 0);
    const soft = running.find((i) => i !== hard);
    expect(hard && soft).toBeTruthy();
    await call('StopInstances', { InstanceIds: [soft!.InstanceId], StopType: 'SOFT' });
    await call('StopInstances', { InstanceIds: [hard!.InstanceId], StopType: 'HARD', StoppedMode: 'STOP_CHARGING' });
    clock.advance(2_500);
    expect(await state(soft!.InstanceId)).toBe('STOPPING');
    expect(await state(hard!.InstanceId)).toBe('STOPPED');
    const stopped = (await call('DescribeInstances', { InstanceIds: [hard!.InstanceId] })).Response.InstanceSet[0] as Instance;
    expect(stopped.StopChargingMode).toBe('STOP_CHARGING');
    expect(stopped.PublicIpAddresses ?? []).toEqual([]);

    const prepaid = (await byName('mysql-replica'))!;
    await call('StopInstances', { InstanceIds: [prepaid.InstanceId], StoppedMode: 'STOP_CHARGING' });
    clock.advance(6_000);
    expect((await byName('mysql-replica'))!.StopChargingMode).toBe('NOT_APPLICABLE');
  });

  it('refuses the whole batch when one instance is in the wrong state, changing none', async () => {
    const running = (await find([{ Name: 'instance-state', Values: ['RUNNING'] }])).slice(0, 3);
    const stopped = (await find([{ Name: 'instance-state', Values: ['STOPPED'] }]))[0]!;
    const batch = await call('StopInstances', { InstanceIds: [...running.map((i) => i.InstanceId), stopped.InstanceId] });
    expect(errorCode(batch)).toBe('UnsupportedOperation.InstanceStateStopped');
    expect(batch.Response.Error!.Message).toContain(stopped.InstanceId);
    for (const instance of running) expect(await state(instance.InstanceId)).toBe('RUNNING');
  });

  it('answers bad IDs and too many IDs with their codes', async () => {
    expect(errorCode(await call('StopInstances', { InstanceIds: ['ins-1'] }))).toBe('InvalidInstanceId.Malformed');
    expect(errorCode(await call('StopInstances', { InstanceIds: ['ins-00000000'] }))).toBe('InvalidInstanceId.NotFound');
    expect(errorCode(await call('StopInstances', {}))).toBe('MissingParameter');
    expect(errorCode(await call('StopInstances', { InstanceIds: [] }))).toBe('InvalidParameterValue');
    const tooMany = Array.from({ length: 101 }, (_, n) => `ins-${String(n).padStart(8, '0')}`);
    expect(errorCode(await call('StartInstances', { InstanceIds: tooMany }))).toBe('InvalidParameterValue.LimitExceeded');
    expect(errorCode(await call('StopInstances', { InstanceIds: ['ins-00000000'], StopType: 'GENTLE' }))).toBe('InvalidParameterValue');
    const web = (await byName('web-prod-01'))!;
    expect(errorCode(await call('StopInstances', { InstanceIds: [web.InstanceId], ForceStop: true, StopType: 'HARD' }))).toBe('InvalidParameterCombination');
  });
});

describe('RebootInstances', () => {
  it('reboots through REBOOTING back to RUNNING, and refuses stopped instances', async () => {
    const api = (await byName('api-gateway'))!;
    expect(errorCode(await call('RebootInstances', { InstanceIds: [api.InstanceId], StopType: 'HARD' }))).toBeUndefined();
    expect(await state(api.InstanceId)).toBe('REBOOTING');
    expect(errorCode(await call('RebootInstances', { InstanceIds: [api.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateRebooting');
    clock.advance(6_000);
    expect(await state(api.InstanceId)).toBe('RUNNING');
    const staging = (await byName('staging-app'))!;
    expect(errorCode(await call('RebootInstances', { InstanceIds: [staging.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateStopped');
  });
});

describe('TerminateInstances', () => {
  it('destroys a pay-as-you-go instance through TERMINATING', async () => {
    const worker = (await byName('batch-worker-1'))!;
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [worker.InstanceId] }))).toBeUndefined();
    expect(await state(worker.InstanceId)).toBe('TERMINATING');
    clock.advance(3_000);
    expect(await state(worker.InstanceId)).toBeUndefined();
    expect(await byName('batch-worker-1')).toBeUndefined();
    // The cloud still knows it a while: "不支持已销毁的实例" (reference 19396).
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [worker.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateTerminated');
  });

  it('sends a prepaid instance to the recycle bin first, with a refund quote, and destroys it on the second call', async () => {
    const db = (await byName('mysql-primary'))!;
    const quote = await call('InquiryPriceTerminateInstances', { InstanceIds: [db.InstanceId] });
    const refund = quote.Response.InstanceRefundsSet[0];
    expect(refund.InstanceId).toBe(db.InstanceId);
    expect(refund.Refunds).toBeGreaterThan(0);
    expect(refund.PriceDetail).toContain(String(refund.Refunds));

    expect(errorCode(await call('TerminateInstances', { InstanceIds: [db.InstanceId] }))).toBeUndefined();
    expect(await byName('mysql-primary')).toMatchObject({
      InstanceState: 'SHUTDOWN',
      IsolatedSource: 'MANMADE',
      LatestOperation: 'TerminateInstances',
      LatestOperationState: 'SUCCESS',
    });
    expect((await call('InquiryPriceTerminateInstances', { InstanceIds: [db.InstanceId] })).Response.InstanceRefundsSet[0].Refunds).toBe(0);
    expect(errorCode(await call('StartInstances', { InstanceIds: [db.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateShutdown');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [db.InstanceId] }))).toBeUndefined();
    expect(await state(db.InstanceId)).toBe('TERMINATING');
    clock.advance(3_000);
    expect(await byName('mysql-primary')).toBeUndefined();
  });

  it('refuses protected instances, mixed charge types and launching instances', async () => {
    const jump = (await byName('jump-host'))!;
    const protectedCall = await call('TerminateInstances', { InstanceIds: [jump.InstanceId] });
    expect(errorCode(protectedCall)).toBe('UnsupportedOperation.InstancesProtected');
    const prepaid = (
      await find([
        { Name: 'instance-charge-type', Values: ['PREPAID'] },
        { Name: 'instance-state', Values: ['RUNNING'] },
      ])
    ).find((i) => !i.DisableApiTermination)!;
    const postpaid = (
      await find([
        { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] },
        { Name: 'instance-state', Values: ['RUNNING'] },
      ])
    )[0]!;
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [prepaid.InstanceId, postpaid.InstanceId] }))).toBe('UnsupportedOperation.InstanceMixedPricingModel');
    const failed = (await byName('broken-launch'))!;
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [failed.InstanceId] }))).toBe('UnsupportedOperation.InstanceStateLaunchFailed');
  });
});

describe('failure injection', () => {
  it('fails the next operation of a tagged instance when it lands, reverting its state and recording why', async () => {
    const flaky = (await byName('bj-flaky-worker', 'ap-beijing'))!;
    expect(flaky.Tags.map((t) => t.Key)).toContain('emulator:fail-next-operation');
    const stop = await call('StopInstances', { InstanceIds: [flaky.InstanceId] }, 'ap-beijing');
    expect(errorCode(stop)).toBeUndefined();
    expect(await state(flaky.InstanceId, 'ap-beijing')).toBe('STOPPING');
    clock.advance(6_000);
    const after = (await byName('bj-flaky-worker', 'ap-beijing'))!;
    expect(after).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'StopInstances', LatestOperationState: 'FAILED', LatestOperationRequestId: stop.Response.RequestId });
    expect(after.LatestOperationErrorMsg).toContain('rolled back');
    // Only the next operation: the one after succeeds.
    await call('StopInstances', { InstanceIds: [flaky.InstanceId] }, 'ap-beijing');
    clock.advance(6_000);
    expect(await state(flaky.InstanceId, 'ap-beijing')).toBe('STOPPED');
  });
});
