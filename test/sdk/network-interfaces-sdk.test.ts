import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';

// The official SDK's RunInstances and InquiryPriceRunInstances with NetworkInterfaces (its NetworkInterfaces model: one
// PRIMARY, SECONDARY ones), and the instance's interfaces as DescribeNetworkInterfaces lists them: the primary one
// (seed 004 line 101) and the secondary one bought with it.

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const profile = () => ({ httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 } });
const credential = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };

describe('NetworkInterfaces through the official SDK', () => {
  it('prices and buys an instance with a primary and a secondary interface, then lists both', async () => {
    const cvm = new tencentcloud.cvm.v20170312.Client({ credential, region: 'ap-guangzhou', profile: profile() });
    const { CommonClient } = await import('tencentcloud-sdk-nodejs-common');
    const vpc = new CommonClient(`127.0.0.1:${emulator.port}`, '2017-03-12', {
      credential,
      region: 'ap-guangzhou',
      profile: { httpProfile: { protocol: 'http://', reqTimeout: 10 } },
    });
    const subnets = (await vpc.request('DescribeSubnets', {
      Filters: [
        { Name: 'zone', Values: ['ap-guangzhou-3'] },
        { Name: 'is-default', Values: ['true'] },
      ],
    })) as { SubnetSet: { SubnetId: string; VpcId: string }[] };
    const { SubnetId, VpcId } = subnets.SubnetSet[0]!;
    const purchase = {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      NetworkInterfaces: [
        { InterfaceType: 'PRIMARY', VpcId, SubnetId, PrivateIpv4AddressCount: 1 },
        { InterfaceType: 'SECONDARY', VpcId, SubnetId, PrivateIpv4AddressCount: 2, DeleteWithInstance: true },
      ],
    };
    const price = await cvm.InquiryPriceRunInstances(purchase);
    expect(price.Price?.InstancePrice).toBeDefined();
    const { InstanceIdSet } = await cvm.RunInstances(purchase);
    const id = InstanceIdSet![0]!;
    clock.advance(13_000);
    const listed = (await vpc.request('DescribeNetworkInterfaces', { Filters: [{ Name: 'attachment.instance-id', Values: [id] }] })) as {
      TotalCount: number;
      NetworkInterfaceSet: { Primary: boolean; Attachment: { DeviceIndex: number }; PrivateIpAddressSet: unknown[] }[];
    };
    expect(listed.TotalCount).toBe(2);
    expect(listed.NetworkInterfaceSet.map((eni) => [eni.Primary, eni.Attachment.DeviceIndex, eni.PrivateIpAddressSet.length]).sort()).toEqual([
      [false, 1, 2],
      [true, 0, 1],
    ]);
    const refused = await cvm.RunInstances({ ...purchase, VirtualPrivateCloud: { VpcId, SubnetId } }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'InvalidParameterCombination' });
  });
});
