import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';

// The official CommonClient (tencentcloud-sdk-nodejs-common), unmodified, calling HAI on the emulator. It signs with
// the endpoint's first label ("127"), so the emulator finds HAI by the (Action, Version) pair alone.

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

const haiClient = async () => {
  const { CommonClient } = await import('tencentcloud-sdk-nodejs-common');
  return new CommonClient(`127.0.0.1:${emulator.port}`, '2023-08-12', {
    credential: { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { protocol: 'http://', reqTimeout: 10 } },
  });
};

describe('official CommonClient for HAI', () => {
  it('quotes, buys and lists an HAI instance; a repeated ClientToken buys nothing more', async () => {
    const client = await haiClient();
    const apps = (await client.request('DescribeApplications', { Filters: [{ Name: 'application-name', Values: ['StableDiffusion'] }] })) as {
      ApplicationSet: { ApplicationId: string; MinSystemDiskSize: number }[];
    };
    const app = apps.ApplicationSet[0]!;
    const request = {
      ApplicationId: app.ApplicationId,
      BundleType: 'XL',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: app.MinSystemDiskSize },
      InstanceName: 'sdk-hai',
      ClientToken: 'hai-sdk-0001',
    };
    const quote = (await client.request('InquirePriceRunInstances', request)) as { Price: { InstancePrice: { UnitPrice: number; ChargeUnit: string } } };
    expect(quote.Price.InstancePrice).toMatchObject({ ChargeUnit: 'HOUR' });
    expect(quote.Price.InstancePrice.UnitPrice).toBeGreaterThan(0);

    const bought = (await client.request('RunInstances', request)) as { InstanceIdSet: string[]; RequestId: string };
    expect(bought.InstanceIdSet).toHaveLength(1);
    expect(bought.InstanceIdSet[0]).toMatch(/^hai-[a-z0-9]{8}$/);
    const again = (await client.request('RunInstances', request)) as { InstanceIdSet: string[] };
    expect(again.InstanceIdSet).toEqual(bought.InstanceIdSet);

    const listed = (await client.request('DescribeInstances', { InstanceIds: bought.InstanceIdSet })) as {
      TotalCount: number;
      InstanceSet: { InstanceId: string; InstanceName: string; InstanceState: string }[];
    };
    expect(listed.TotalCount).toBe(1);
    expect(listed.InstanceSet[0]).toMatchObject({ InstanceId: bought.InstanceIdSet[0], InstanceName: 'sdk-hai', InstanceState: 'RUNNING' });
  });

  it("gets the seed's codes as SDK errors with their RequestId", async () => {
    const client = await haiClient();
    const failure = await client.request('RunInstances', { ApplicationId: 'app-jknfna', BundleType: 'S' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'InvalidParameterValue.BundleTypeNotFound' });
    expect((failure as { requestId?: string }).requestId).toBeTruthy();
  });
});
