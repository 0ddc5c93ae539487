import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { ComputeEnvDetail, ComputeEnvView, Instance } from '@cvm/shared';
import { errorCode, signedCall, type Envelope } from '../support/signed-call.ts';

// Batch (batch 2017-03-12): the seeded compute environments, AttachInstances' rules and codes (seed 000), the reinstall
// it starts on each instance, DetachInstances, and nodes that leave with their terminated instance.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const batch = (action: string, params: object, region = 'ap-guangzhou') => signedCall(emulator.url, action, params, { service: 'batch', region });
const cvm = (action: string, params: object, region = 'ap-guangzhou') => signedCall(emulator.url, action, params, { region });

const ok = (envelope: Envelope) => {
  expect(envelope.Response.Error, JSON.stringify(envelope.Response.Error)).toBeUndefined();
  return envelope.Response;
};

async function envNamed(name: string, region = 'ap-guangzhou'): Promise<ComputeEnvView> {
  const { ComputeEnvSet } = ok(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'env-name', Values: [name] }] }, region));
  expect(ComputeEnvSet).toHaveLength(1);
  return ComputeEnvSet[0];
}

const detail = async (envId: string, region = 'ap-guangzhou') => ok(await batch('DescribeComputeEnv', { EnvId: envId }, region)) as unknown as ComputeEnvDetail;
const instance = async (id: string, region = 'ap-guangzhou') => ok(await cvm('DescribeInstances', { InstanceIds: [id] }, region)).InstanceSet[0] as Instance | undefined;
const idOf = async (name: string, region = 'ap-guangzhou') =>
  (ok(await cvm('DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] }, region)).InstanceSet[0] as Instance).InstanceId;
const nodeOf = async (envId: string, instanceId: string) => (await detail(envId)).ComputeNodeSet.find((n) => n.ComputeNodeInstanceId === instanceId);
const recordOf = (id: string, region = 'ap-guangzhou') => emulator.world.region(region)!.instances.get(id)!;

/** A pay-as-you-go S5.MEDIUM4 of the test's own, RUNNING (the clock is moved past its launch). */
async function launch(zone: string, extra: object = {}): Promise<string> {
  const region = zone.replace(/-\d+$/, '');
  const run = ok(
    await cvm(
      'RunInstances',
      { Placement: { Zone: zone }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 }, ...extra },
      region,
    ),
  );
  clock.advance(13_000);
  const id = run.InstanceIdSet[0] as string;
  expect((await instance(id, region))?.InstanceState).toBe('RUNNING');
  return id;
}

const attach = (envId: string, instances: object[], region = 'ap-guangzhou') => batch('AttachInstances', { EnvId: envId, Instances: instances }, region);

describe('DescribeComputeEnvs and DescribeComputeEnv', () => {
  it('lists the seeded environments of a region with their zone, type and node metrics', async () => {
    const { ComputeEnvSet, TotalCount } = ok(await batch('DescribeComputeEnvs', {}));
    expect(TotalCount).toBe(3);
    const envs = ComputeEnvSet as ComputeEnvView[];
    expect(envs.map((e) => e.EnvName).sort()).toEqual(['analytics-batch', 'hpc-bare-metal', 'render-farm']);
    for (const env of envs) {
      expect(env.EnvId).toMatch(/^env-[a-z0-9]{8}$/);
      expect(env).toMatchObject({ EnvType: 'MANAGED', NextAction: 'NONE', Placement: { Zone: expect.stringMatching(/^ap-guangzhou-\d$/), ProjectId: 0 } });
      expect(env.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    // Newest first.
    expect(envs.map((e) => Date.parse(e.CreateTime))).toEqual(envs.map((e) => Date.parse(e.CreateTime)).sort((a, b) => b - a));
    const analytics = envs.find((e) => e.EnvName === 'analytics-batch')!;
    const render = envs.find((e) => e.EnvName === 'render-farm')!;
    expect(analytics.Placement.Zone).not.toBe(render.Placement.Zone);
    expect(analytics).toMatchObject({ ResourceType: 'CVM', DesiredComputeNodeCount: 2, AttachedComputeNodeCount: 0, Tags: [{ Key: 'team', Value: 'analytics' }] });
    // batch-worker-1 runs; batch-worker-2 is being stopped, so its node is abnormal.
    expect(analytics.ComputeNodeMetrics).toEqual({
      SubmittedCount: 0,
      CreatingCount: 0,
      CreationFailedCount: 0,
      CreatedCount: 0,
      RunningCount: 1,
      DeletingCount: 0,
      AbnormalCount: 1,
    });
    expect(envs.find((e) => e.EnvName === 'hpc-bare-metal')!.ResourceType).toBe('CPM');
    expect(ok(await batch('DescribeComputeEnvs', {}, 'na-siliconvalley')).TotalCount).toBe(2);
    expect(ok(await batch('DescribeComputeEnvs', {}, 'eu-frankfurt')).TotalCount).toBe(0);
  });

  it('filters, pages and looks up by ID, with the documented codes for bad input', async () => {
    const render = await envNamed('render-farm');
    const byZone = ok(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'zone', Values: [render.Placement.Zone] }] }));
    expect(byZone.ComputeEnvSet.map((e: ComputeEnvView) => e.EnvId)).toEqual([render.EnvId]);
    expect(ok(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'resource-type', Values: ['CPM'] }] })).TotalCount).toBe(1);
    expect(ok(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'tag:team', Values: ['media'] }] })).ComputeEnvSet[0].EnvName).toBe('render-farm');
    expect(ok(await batch('DescribeComputeEnvs', { EnvIds: [render.EnvId] })).ComputeEnvSet[0].EnvName).toBe('render-farm');
    const page = ok(await batch('DescribeComputeEnvs', { Offset: 1, Limit: 1 }));
    expect(page).toMatchObject({ TotalCount: 3, ComputeEnvSet: [expect.any(Object)] });

    expect(errorCode(await batch('DescribeComputeEnvs', { EnvIds: [render.EnvId], Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] }))).toBe(
      'InvalidParameter.InvalidParameterCombination',
    );
    expect(errorCode(await batch('DescribeComputeEnvs', { EnvIds: ['env-1'] }))).toBe('InvalidParameter.EnvIdMalformed');
    expect(errorCode(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'colour', Values: ['red'] }] }))).toBe('InvalidFilter');
    expect(errorCode(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'zone', Values: ['ap-shanghai-2'] }] }))).toBe('InvalidZone.MismatchRegion');
    expect(errorCode(await batch('DescribeComputeEnvs', { Filters: [{ Name: 'resource-type', Values: ['GPU'] }] }))).toBe('InvalidParameterValue.ResourceType');
    expect(errorCode(await batch('DescribeComputeEnvs', { Limit: 101 }))).toBe('InvalidParameterValue.LimitExceeded');
  });

  it('shows one environment with its nodes, the instances Batch created for it', async () => {
    const analytics = await envNamed('analytics-batch');
    const env = await detail(analytics.EnvId);
    expect(env).toMatchObject({ EnvId: analytics.EnvId, EnvName: 'analytics-batch', ComputeNodeMetrics: analytics.ComputeNodeMetrics });
    const worker = await idOf('batch-worker-1');
    const node = env.ComputeNodeSet.find((n) => n.ComputeNodeInstanceId === worker)!;
    expect(node).toMatchObject({ ComputeNodeState: 'RUNNING', ResourceOrigin: 'BATCH_CREATED', ResourceType: 'CVM', Cpu: 16, Mem: 32, TaskInstanceNumAvailable: 1 });
    expect(node.ComputeNodeId).toMatch(/^node-[a-z0-9]{8}$/);
    expect(node.PrivateIpAddresses[0]).toMatch(/^10\./);
    expect(errorCode(await batch('DescribeComputeEnv', { EnvId: 'env-TOOLONG1' }))).toBe('InvalidParameter.EnvIdMalformed');
    expect(errorCode(await batch('DescribeComputeEnv', { EnvId: 'env-00000000' }))).toBe('ResourceNotFound.ComputeEnv');
    expect(errorCode(await batch('DescribeComputeEnv', { EnvId: analytics.EnvId }, 'ap-shanghai'))).toBe('ResourceNotFound.ComputeEnv');
    expect(errorCode(await batch('DescribeComputeEnv', {}))).toBe('MissingParameter');
  });
});

describe('AttachInstances refuses, naming the instance and the reason, and changes nothing', () => {
  it('checks the environment: malformed, unknown, or bare metal', async () => {
    const id = await idOf('web-prod-01');
    expect(errorCode(await attach('env-nuydksj', [{ InstanceId: id }]))).toBe('InvalidParameter.EnvIdMalformed');
    expect(errorCode(await attach('env-nuydksjj', [{ InstanceId: id }]))).toBe('ResourceNotFound.ComputeEnv');
    const bareMetal = await attach((await envNamed('hpc-bare-metal')).EnvId, [{ InstanceId: id }]);
    expect(errorCode(bareMetal)).toBe('UnsupportedOperation');
    expect(bareMetal.Response.Error!.Message).toContain('CPM');
    expect(errorCode(await attach((await envNamed('render-farm')).EnvId, []))).toBe('InvalidParameterValue');
  });

  it('refuses the same instance twice in one call', async () => {
    const id = await idOf('web-prod-01');
    expect(errorCode(await attach((await envNamed('render-farm')).EnvId, [{ InstanceId: id }, { InstanceId: id }]))).toBe('InvalidParameterValue.InstanceIdDuplicated');
  });

  it('answers InternalError.CallCvm when CVM refuses: unknown or malformed instances, an unusable image or password', async () => {
    const env = (await envNamed('render-farm')).EnvId;
    const unknown = await attach(env, [{ InstanceId: 'ins-00000000' }]);
    expect(errorCode(unknown)).toBe('InternalError.CallCvm');
    expect(unknown.Response.Error!.Message).toContain('InvalidInstanceId.NotFound');
    expect(unknown.Response.Error!.Message).toContain('ins-00000000');
    expect(errorCode(await attach(env, [{ InstanceId: 'i-123' }]))).toBe('InternalError.CallCvm');
    const id = await idOf('web-prod-01');
    const image = await attach(env, [{ InstanceId: id, ImageId: 'img-zzzzzzzz' }]);
    expect(errorCode(image)).toBe('InternalError.CallCvm');
    expect(image.Response.Error!.Message).toContain('InvalidImageId.NotFound');
    const password = await attach(env, [{ InstanceId: id, LoginSettings: { Password: 'short' } }]);
    expect(errorCode(password)).toBe('InternalError.CallCvm');
    expect(password.Response.Error!.Message).toContain('InvalidPassword');
    expect((await instance(id))!.LatestOperation).not.toBe('ResetInstance');
  });

  it('refuses instances that are not RUNNING, spot, already in Batch, busy or in another zone', async () => {
    const render = await envNamed('render-farm');
    const refusal = async (name: string, envId: string, region = 'ap-guangzhou') => {
      const response = await attach(envId, [{ InstanceId: await idOf(name, region) }], region);
      expect(errorCode(response)).toBe('UnsupportedOperation.InstancesNotAllowToAttach');
      expect(response.Response.Error!.Message).toContain(name);
      return response.Response.Error!.Message;
    };
    expect(await refusal('staging-app', render.EnvId)).toContain('STOPPED');
    expect(await refusal('sv-spot-render', (await envNamed('sv-batch', 'na-siliconvalley')).EnvId, 'na-siliconvalley')).toContain('spot instance (SPOTPAID)');
    expect(await refusal('batch-worker-1', render.EnvId)).toContain(`compute environment ${(await envNamed('analytics-batch')).EnvId}`);
    expect(await refusal('web-prod-02', render.EnvId)).toContain(`it is in ap-guangzhou-4 and the compute environment is in ${render.Placement.Zone}`);

    // RUNNING but busy: a data disk growing online.
    const busy = await launch('ap-guangzhou-3', { DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }] });
    const disk = (await instance(busy))!.DataDisks[0]!.DiskId;
    ok(await cvm('ResizeInstanceDisks', { InstanceId: busy, DataDisks: [{ DiskId: disk, DiskSize: 200 }], ResizeOnline: true }));
    const response = await attach(render.EnvId, [{ InstanceId: busy }]);
    expect(errorCode(response)).toBe('UnsupportedOperation.InstancesNotAllowToAttach');
    expect(response.Response.Error!.Message).toContain('busy with ResizeInstanceDisks');
    clock.advance(10_000);
  });

  it('is all or nothing: one refused instance keeps the others as they were', async () => {
    const render = await envNamed('render-farm');
    const fine = await launch('ap-guangzhou-3');
    const before = await instance(fine);
    const response = await attach(render.EnvId, [{ InstanceId: fine }, { InstanceId: await idOf('staging-app') }]);
    expect(errorCode(response)).toBe('UnsupportedOperation.InstancesNotAllowToAttach');
    expect(await instance(fine)).toEqual(before);
    expect((await detail(render.EnvId)).ComputeNodeSet).toEqual([]);
    expect((await envNamed('render-farm')).AttachedComputeNodeCount).toBe(0);
  });
});

describe('AttachInstances adds the instance and reinstalls it', () => {
  it('reinstalls onto the given image, wipes UserData and login keys, and the node turns RUNNING with the instance', async () => {
    const render = await envNamed('render-farm');
    const keyId = ok(await cvm('DescribeKeyPairs', {})).KeyPairSet[0].KeyId as string;
    const id = await launch('ap-guangzhou-3', { UserData: Buffer.from('#!/bin/sh\necho hello').toString('base64'), LoginSettings: { KeyIds: [keyId] } });
    expect(recordOf(id).userData).toBeDefined();
    expect((await instance(id))!.LoginSettings.KeyIds).toEqual([keyId]);

    const response = await attach(render.EnvId, [{ InstanceId: id, ImageId: 'img-487zeit5', LoginSettings: { Password: 'Batch-node-2024' } }]);
    const requestId = ok(response).RequestId;
    // Accepted at once: the instance is on its way through a reinstall, under this call's RequestId.
    expect(await instance(id)).toMatchObject({
      InstanceState: 'STOPPING',
      LatestOperation: 'ResetInstance',
      LatestOperationState: 'OPERATING',
      LatestOperationRequestId: requestId,
    });
    let node = (await nodeOf(render.EnvId, id))!;
    expect(node).toMatchObject({ ComputeNodeState: 'CREATED', ResourceOrigin: 'USER_ATTACHED', TaskInstanceNumAvailable: 0 });
    expect(node.ComputeNodeId).toMatch(/^node-[a-z0-9]{8}$/);
    expect((await envNamed('render-farm')).ComputeNodeMetrics).toMatchObject({ CreatedCount: 1, RunningCount: 0 });
    expect((await envNamed('render-farm')).AttachedComputeNodeCount).toBe(1);

    clock.advance(5_000);
    expect((await instance(id))!.InstanceState).toBe('STOPPED');
    expect(recordOf(id).userData).toBeDefined();
    clock.advance(8_000);
    // The system disk is rewritten: the new image, no UserData, no key pairs; the instance boots.
    expect(await instance(id)).toMatchObject({
      InstanceState: 'STARTING',
      ImageId: 'img-487zeit5',
      OsName: 'Ubuntu Server 22.04 LTS 64bit',
      DefaultLoginUser: 'ubuntu',
      LoginSettings: { KeyIds: null },
    });
    expect(recordOf(id).userData).toBeUndefined();
    expect((await nodeOf(render.EnvId, id))!.ComputeNodeState).toBe('CREATED');
    clock.advance(4_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS' });
    node = (await nodeOf(render.EnvId, id))!;
    expect(node).toMatchObject({ ComputeNodeState: 'RUNNING', TaskInstanceNumAvailable: 1, Cpu: 2, Mem: 4 });
    expect((await envNamed('render-farm')).ComputeNodeMetrics).toMatchObject({ CreatedCount: 0, RunningCount: 1 });

    // It is in Batch now: neither this environment nor another takes it again.
    const again = await attach(render.EnvId, [{ InstanceId: id }]);
    expect(errorCode(again)).toBe('UnsupportedOperation.InstancesNotAllowToAttach');
    expect(again.Response.Error!.Message).toContain(node.ComputeNodeId);
    ok(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id] }));
  });

  it("keeps the instance's own image when none is given, and attaches several at once", async () => {
    const render = await envNamed('render-farm');
    const [a, b] = [await launch('ap-guangzhou-3'), await launch('ap-guangzhou-3')];
    ok(await attach(render.EnvId, [{ InstanceId: a }, { InstanceId: b }]));
    expect((await envNamed('render-farm')).ComputeNodeMetrics.CreatedCount).toBe(2);
    clock.advance(17_000);
    expect((await instance(a))!.ImageId).toBe('img-eb30mz89');
    expect((await envNamed('render-farm')).ComputeNodeMetrics.RunningCount).toBe(2);
    ok(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [a, b] }));
  });

  it('marks the node CREATION_FAILED when the reinstall fails', async () => {
    const render = await envNamed('render-farm');
    const id = await launch('ap-guangzhou-3');
    recordOf(id).instance.Tags.push({ Key: 'emulator:fail-next-operation', Value: 'The host did not answer.' });
    ok(await attach(render.EnvId, [{ InstanceId: id }]));
    clock.advance(5_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'FAILED', LatestOperationErrorMsg: 'The host did not answer.' });
    expect((await nodeOf(render.EnvId, id))!.ComputeNodeState).toBe('CREATION_FAILED');
    expect((await envNamed('render-farm')).ComputeNodeMetrics.CreationFailedCount).toBe(1);
    ok(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id] }));
    expect((await envNamed('render-farm')).ComputeNodeMetrics.CreationFailedCount).toBe(0);
  });
});

describe('DetachInstances', () => {
  it('takes an attached instance out; it keeps running, and may join again', async () => {
    const render = await envNamed('render-farm');
    const id = await launch('ap-guangzhou-3');
    ok(await attach(render.EnvId, [{ InstanceId: id }]));
    const busy = await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id] });
    expect(errorCode(busy)).toBe('UnsupportedOperation');
    expect(busy.Response.Error!.Message).toContain('still being added');
    clock.advance(17_000);
    ok(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id] }));
    expect(await nodeOf(render.EnvId, id)).toBeUndefined();
    expect((await envNamed('render-farm')).AttachedComputeNodeCount).toBe(0);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'ResetInstance', LatestOperationState: 'SUCCESS' });
    ok(await attach(render.EnvId, [{ InstanceId: id }]));
    clock.advance(17_000);
    ok(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id] }));
  });

  it('refuses nodes Batch created, instances not in the environment, repeats and bad environments, all or nothing', async () => {
    const analytics = await envNamed('analytics-batch');
    const render = await envNamed('render-farm');
    const worker = await idOf('batch-worker-1');
    const created = await batch('DetachInstances', { EnvId: analytics.EnvId, InstanceIds: [worker] });
    expect(errorCode(created)).toBe('UnsupportedOperation');
    expect(created.Response.Error!.Message).toContain('created by Batch');
    const id = await launch('ap-guangzhou-3');
    ok(await attach(render.EnvId, [{ InstanceId: id }]));
    clock.advance(17_000);
    const stranger = await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id, await idOf('web-prod-01')] });
    expect(errorCode(stranger)).toBe('UnsupportedOperation');
    expect(stranger.Response.Error!.Message).toContain('is not a node');
    expect(await nodeOf(render.EnvId, id)).toBeDefined();
    expect(errorCode(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id, id] }))).toBe('InvalidParameterValue.InstanceIdDuplicated');
    expect(errorCode(await batch('DetachInstances', { EnvId: 'env-x', InstanceIds: [id] }))).toBe('InvalidParameter.EnvIdMalformed');
    expect(errorCode(await batch('DetachInstances', { EnvId: 'env-00000000', InstanceIds: [id] }))).toBe('ResourceNotFound.ComputeEnv');
    ok(await batch('DetachInstances', { EnvId: render.EnvId, InstanceIds: [id] }));
  });
});

describe('a terminated instance leaves its environment', () => {
  it('shows the node DELETING while the instance terminates, then drops it', async () => {
    const render = await envNamed('render-farm');
    const id = await launch('ap-guangzhou-3');
    ok(await attach(render.EnvId, [{ InstanceId: id }]));
    clock.advance(17_000);
    ok(await cvm('TerminateInstances', { InstanceIds: [id] }));
    expect((await nodeOf(render.EnvId, id))!.ComputeNodeState).toBe('DELETING');
    expect((await envNamed('render-farm')).ComputeNodeMetrics.DeletingCount).toBe(1);
    clock.advance(3_000);
    expect(await instance(id)).toBeUndefined();
    expect(await nodeOf(render.EnvId, id)).toBeUndefined();
    expect((await envNamed('render-farm')).ComputeNodeMetrics).toMatchObject({ DeletingCount: 0, RunningCount: 0 });
  });

  it('turns a Batch-created node ABNORMAL once its instance stops', async () => {
    clock.advance(21_000);
    const node = await nodeOf((await envNamed('analytics-batch')).EnvId, await idOf('batch-worker-2'));
    expect(node).toMatchObject({ ComputeNodeState: 'ABNORMAL', ResourceOrigin: 'BATCH_CREATED' });
  });
});

describe('rate limit', () => {
  it('answers callers past the documented 20/s of AttachInstances with RequestLimitExceeded', async () => {
    const limited = await startEmulator({ rateLimits: { nowMs: () => Date.parse('2026-01-01T00:00:00.250Z') } });
    try {
      const codes = await Promise.all(
        Array.from({ length: 22 }, () => signedCall(limited.url, 'AttachInstances', { EnvId: 'env-00000000', Instances: [{ InstanceId: 'ins-00000000' }] }, { service: 'batch' })),
      );
      expect(codes.map(errorCode).filter((c) => c === 'RequestLimitExceeded')).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});
