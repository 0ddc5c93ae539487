import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';

// The official CommonClient (tencentcloud-sdk-nodejs-common), unmodified, calling Batch on the emulator: it signs with
// the endpoint's first label as the service (127), so the emulator finds Batch by the (Action, Version) pair.

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

async function client(region: string) {
  const { CommonClient } = await import('tencentcloud-sdk-nodejs-common');
  return new CommonClient(`127.0.0.1:${emulator.port}`, '2017-03-12', {
    credential: { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
    region,
    profile: { httpProfile: { protocol: 'http://', reqTimeout: 10 } },
  });
}

interface EnvList {
  TotalCount: number;
  ComputeEnvSet: { EnvId: string; EnvName: string; Placement: { Zone: string }; AttachedComputeNodeCount: number }[];
}

describe('official tencentcloud-sdk-nodejs-common CommonClient for Batch', () => {
  it('lists compute environments and adds a running instance to one', async () => {
    const sdk = await client('na-siliconvalley');
    const envs = (await sdk.request('DescribeComputeEnvs', { Limit: 10 })) as EnvList;
    expect(envs.TotalCount).toBe(2);
    const env = envs.ComputeEnvSet.find((e) => e.Placement.Zone === 'na-siliconvalley-1')!;
    expect(env.EnvId).toMatch(/^env-[a-z0-9]{8}$/);

    const run = (await sdk.request('RunInstances', {
      Placement: { Zone: 'na-siliconvalley-1' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    })) as { InstanceIdSet: string[] };
    clock.advance(13_000);
    const id = run.InstanceIdSet[0]!;
    const attach = (await sdk.request('AttachInstances', {
      EnvId: env.EnvId,
      Instances: [{ InstanceId: id, ImageId: 'img-8toqc6s3', LoginSettings: { Password: 'Sdk-batch-2024' } }],
    })) as { RequestId: string };
    expect(attach.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    const after = (await sdk.request('DescribeComputeEnvs', { EnvIds: [env.EnvId] })) as EnvList;
    expect(after.ComputeEnvSet[0]!.AttachedComputeNodeCount).toBe(1);
    const node = (await sdk.request('DescribeComputeEnv', { EnvId: env.EnvId })) as { ComputeNodeSet: { ComputeNodeInstanceId: string; ComputeNodeState: string }[] };
    expect(node.ComputeNodeSet).toEqual([expect.objectContaining({ ComputeNodeInstanceId: id, ComputeNodeState: 'CREATED' })]);
  });

  it('surfaces the refusal of a spot instance as the SDK error with its code', async () => {
    const sdk = await client('na-siliconvalley');
    const spot = (await sdk.request('DescribeInstances', { Filters: [{ Name: 'instance-name', Values: ['sv-spot-render'] }] })) as { InstanceSet: { InstanceId: string }[] };
    const envs = (await sdk.request('DescribeComputeEnvs', { Filters: [{ Name: 'zone', Values: ['na-siliconvalley-1'] }] })) as EnvList;
    const refused = await sdk
      .request('AttachInstances', { EnvId: envs.ComputeEnvSet[0]!.EnvId, Instances: [{ InstanceId: spot.InstanceSet[0]!.InstanceId }] })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'UnsupportedOperation.InstancesNotAllowToAttach' });
    const missing = await sdk.request('DescribeComputeEnv', { EnvId: 'env-nuydksjj' }).catch((error: unknown) => error);
    expect(missing).toMatchObject({ code: 'ResourceNotFound.ComputeEnv' });
  });
});
