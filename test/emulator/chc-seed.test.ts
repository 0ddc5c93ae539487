import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { signedCall } from '../support/signed-call.ts';

// The CHC hosts are seeded the first time a region's HPC or CHC state is read, with addresses from the zone's default
// subnet. A region whose subnets are full (the million generated instances of `--instances` fill ap-guangzhou's) must
// still answer: the hosts are seeded without those networks, never an InternalError.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

const toInt = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

describe('seeded CHC hosts in a region whose subnets are full', () => {
  it('are listed, without the networks there was no address for', async () => {
    const region = emulator.world.region('ap-guangzhou')!;
    for (const subnet of region.network.subnets) {
      const [base, bits] = subnet.info.CidrBlock.split('/') as [string, string];
      for (let n = toInt(base); n < toInt(base) + 2 ** (32 - Number(bits)); n++) subnet.used.add(toIp(n));
    }
    const answer = await signedCall(emulator.url, 'DescribeChcHosts', {});
    expect(answer.Response.Error).toBeUndefined();
    const hosts = answer.Response.ChcHostSet as Array<{ InstanceName: string; BmcIp?: string | null; DeployIp?: string | null }>;
    expect(hosts.map((host) => host.InstanceName).sort()).toEqual(['gpu-b01', 'rack-a01', 'rack-a02', 'rack-a03']);
    expect(hosts.filter((host) => host.BmcIp || host.DeployIp)).toEqual([]);
    // Another region, with room, has its seeded networks.
    const shanghai = await signedCall(emulator.url, 'DescribeChcHosts', {}, { region: 'ap-shanghai' });
    expect((shanghai.Response.ChcHostSet as Array<{ DeployIp?: string | null }>).filter((host) => host.DeployIp)).toHaveLength(1);
  });
});
