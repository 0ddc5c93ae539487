import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance, NetworkInterface } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Every VPC instance's primary network interface (seed 004 line 101: "One CVM can be bound with multiple ENIs, but only
// one can be the primary ENI"), created and destroyed with the instance and counted in its limit; RunInstances'
// NetworkInterfaces (the SDK's RunInstancesRequest); ResetInstancesType's LimitExceeded.EniNumLimit (001 lines 13797,
// 20062).

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const cvm = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const vpc = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou', service: 'vpc' });

let defaultVpc: string;
let prodVpc: string;
let groups: string[];
const subnetIn = async (vpcId: string, zone: string) =>
  (
    await vpc('DescribeSubnets', {
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'zone', Values: [zone] },
      ],
    })
  ).Response.SubnetSet[0]?.SubnetId as string;

beforeAll(async () => {
  const vpcs = (await vpc('DescribeVpcs', {})).Response.VpcSet as { VpcId: string; IsDefault: boolean }[];
  defaultVpc = vpcs.find((v) => v.IsDefault)!.VpcId;
  prodVpc = vpcs.find((v) => !v.IsDefault)!.VpcId;
  groups = ((await vpc('DescribeSecurityGroups', {})).Response.SecurityGroupSet as { SecurityGroupId: string }[]).map((g) => g.SecurityGroupId);
});

const buy = (zone: string, overrides: object = {}) => ({ Placement: { Zone: zone }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...overrides });

async function launch(zone: string, overrides: object = {}): Promise<string> {
  const run = await cvm('RunInstances', buy(zone, overrides));
  expect(errorCode(run)).toBeUndefined();
  clock.advance(13_000);
  return run.Response.InstanceIdSet[0];
}

const instance = async (id: string) => (await cvm('DescribeInstances', { InstanceIds: [id] })).Response.InstanceSet[0] as Instance;
const interfaces = async (filters: { Name: string; Values: string[] }[], extra: object = {}) =>
  (await vpc('DescribeNetworkInterfaces', { Filters: filters, Limit: 100, ...extra })).Response as unknown as { TotalCount: number; NetworkInterfaceSet: NetworkInterface[] };
const ofInstance = async (id: string) => (await interfaces([{ Name: 'attachment.instance-id', Values: [id] }])).NetworkInterfaceSet;
const primaryOf = async (id: string) => (await ofInstance(id)).find((eni) => eni.Primary)!;

async function createEni(zone: string, overrides: object = {}): Promise<NetworkInterface> {
  const response = await vpc('CreateNetworkInterface', {
    VpcId: defaultVpc,
    SubnetId: await subnetIn(defaultVpc, zone),
    NetworkInterfaceName: `eni-${zone}`,
    SecurityGroupIds: [groups[0]],
    ...overrides,
  });
  expect(errorCode(response)).toBeUndefined();
  return response.Response.NetworkInterface;
}

async function bind(eniId: string, instanceId: string): Promise<void> {
  expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: eniId, InstanceId: instanceId }))).toBeUndefined();
  clock.advance(2_500);
}

describe('the primary network interface', () => {
  it('comes with every VPC instance: its primary private IP, security groups, subnet, VPC and zone, device 0, Primary', async () => {
    const id = await launch('ap-guangzhou-3');
    const listed = await ofInstance(id);
    expect(listed).toHaveLength(1);
    const ins = await instance(id);
    const [eni] = listed;
    expect(eni).toMatchObject({
      Primary: true,
      EniType: 1,
      State: 'AVAILABLE',
      VpcId: ins.VirtualPrivateCloud.VpcId,
      SubnetId: ins.VirtualPrivateCloud.SubnetId,
      Zone: 'ap-guangzhou-3',
      GroupSet: ins.SecurityGroupIds,
      CreatedTime: ins.CreatedTime,
      Attachment: { InstanceId: id, DeviceIndex: 0 },
      PrivateIpAddressSet: [{ PrivateIpAddress: ins.PrivateIpAddresses[0], Primary: true }],
    });
    expect(eni!.NetworkInterfaceId).toMatch(/^eni-[a-z0-9]{8}$/);
    expect(eni!.MacAddress).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
    // The same interface on every read.
    expect(await primaryOf(id)).toEqual(eni);
  });

  it('is found by every filter and by its ID', async () => {
    const id = await launch('ap-guangzhou-4');
    const eni = await primaryOf(id);
    const ins = await instance(id);
    const finds = async (name: string, values: string[]) =>
      (await interfaces([{ Name: name, Values: values }])).NetworkInterfaceSet.some((e) => e.NetworkInterfaceId === eni.NetworkInterfaceId);
    expect(await finds('network-interface-id', [eni.NetworkInterfaceId])).toBe(true);
    expect(await finds('mac-address', [eni.MacAddress.toLowerCase()])).toBe(true);
    expect(await finds('address-ip', [ins.PrivateIpAddresses[0]!])).toBe(true);
    expect(await finds('subnet-id', [ins.VirtualPrivateCloud.SubnetId])).toBe(true);
    expect(await finds('groups.security-group-id', [ins.SecurityGroupIds[0]!])).toBe(true);
    expect(await finds('network-interface-name', ['主网卡'])).toBe(true);
    // The SDK's filters for primary interfaces: is-primary (true only primary ones, false only secondary ones) and
    // eni-type ("0" secondary, "1" primary, "2" trunk).
    expect(await finds('is-primary', ['true'])).toBe(true);
    expect(await finds('is-primary', ['false'])).toBe(false);
    expect(await finds('eni-type', ['1'])).toBe(true);
    expect(await finds('eni-type', ['0'])).toBe(false);
    expect(await finds('tag-key', ['env'])).toBe(false);
    const byVpc = await interfaces([
      { Name: 'vpc-id', Values: [ins.VirtualPrivateCloud.VpcId] },
      { Name: 'attachment.instance-id', Values: [id] },
    ]);
    expect(byVpc.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId)).toEqual([eni.NetworkInterfaceId]);
    const byId = (await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [eni.NetworkInterfaceId] })).Response;
    expect(byId).toMatchObject({ TotalCount: 1, NetworkInterfaceSet: [eni] });
    // An elastic interface's MAC is found in any case too.
    const elastic = await createEni('ap-guangzhou-4');
    const byMac = await interfaces([{ Name: 'mac-address', Values: [elastic.MacAddress.toLowerCase()] }]);
    expect(byMac.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId)).toEqual([elastic.NetworkInterfaceId]);
  });

  it('is one for each instance of the region, seeded ones included, and pages after the elastic interfaces', async () => {
    const withAddress = (await cvm('DescribeInstances', { Limit: 100 })).Response as unknown as { TotalCount: number; InstanceSet: Instance[] };
    const all = (await cvm('DescribeInstances', { Limit: 100, Offset: 100 })).Response.InstanceSet as Instance[];
    const instances = [...withAddress.InstanceSet, ...all].filter((i) => i.PrivateIpAddresses.length > 0);
    const primaries = await interfaces([{ Name: 'is-primary', Values: ['true'] }]);
    expect(primaries.TotalCount).toBe(instances.length);
    const web = withAddress.InstanceSet.find((i) => i.InstanceName === 'web-prod-01')!;
    expect((await ofInstance(web.InstanceId)).filter((e) => e.Primary)).toHaveLength(1);
    // A seeded instance that never launched has no address, and so no interface.
    const broken = [...withAddress.InstanceSet, ...all].find((i) => i.InstanceName === 'broken-launch')!;
    expect(broken.PrivateIpAddresses).toEqual([]);
    expect(await ofInstance(broken.InstanceId)).toEqual([]);
    // Every interface once across pages, in one order: the elastic ones first, then the primary ones, newest instance
    // first (the instances' own order).
    const everything = await interfaces([]);
    const paged: NetworkInterface[] = [];
    for (let offset = 0; offset < everything.TotalCount; offset += 7) {
      paged.push(...((await vpc('DescribeNetworkInterfaces', { Offset: offset, Limit: 7 })).Response.NetworkInterfaceSet as NetworkInterface[]));
    }
    expect(new Set(paged.map((e) => e.NetworkInterfaceId)).size).toBe(everything.TotalCount);
    const owners = paged.filter((e) => e.Primary).map((e) => e.Attachment!.InstanceId);
    expect(owners).toEqual(instances.map((i) => i.InstanceId));
    expect(paged.findIndex((e) => e.Primary)).toBe(paged.filter((e) => !e.Primary).length);
  });

  it('cannot be unbound, deleted, or bound to another instance', async () => {
    const id = await launch('ap-guangzhou-3');
    const other = await launch('ap-guangzhou-3');
    const eni = await primaryOf(id);
    expect(errorCode(await vpc('DetachNetworkInterface', { NetworkInterfaceId: eni.NetworkInterfaceId, InstanceId: id }))).toBe('UnsupportedOperation');
    expect(errorCode(await vpc('DeleteNetworkInterface', { NetworkInterfaceId: eni.NetworkInterfaceId }))).toBe('UnsupportedOperation.ResourceIsInvalidState');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: eni.NetworkInterfaceId, InstanceId: other }))).toBe('UnsupportedOperation.AttachmentAlreadyExists');
    expect(await primaryOf(id)).toEqual(eni);
  });

  it('is counted in the instance limit: 1 vCPU takes 2 interfaces, the primary one included, numbered from device 0', async () => {
    const small = await launch('ap-guangzhou-6', { InstanceType: 'S5.SMALL2' });
    const [one, two] = [await createEni('ap-guangzhou-6'), await createEni('ap-guangzhou-6')];
    await bind(one.NetworkInterfaceId, small);
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: two.NetworkInterfaceId, InstanceId: small }))).toBe('LimitExceeded');
    const listed = await ofInstance(small);
    expect(listed.map((e) => [e.Primary, e.Attachment?.DeviceIndex]).sort()).toEqual([
      [false, 1],
      [true, 0],
    ]);
  });

  it('shows the instance security group and private IP changes', async () => {
    const id = await launch('ap-guangzhou-3');
    const before = await primaryOf(id);
    expect(errorCode(await cvm('AssociateSecurityGroups', { InstanceIds: [id], SecurityGroupIds: [groups[1]] }))).toBeUndefined();
    clock.advance(10_000);
    expect((await primaryOf(id)).GroupSet).toEqual([...before.GroupSet, groups[1]]);
    expect(errorCode(await cvm('DisassociateSecurityGroups', { InstanceIds: [id], SecurityGroupIds: [before.GroupSet[0]] }))).toBeUndefined();
    clock.advance(10_000);
    expect((await primaryOf(id)).GroupSet).toEqual([groups[1]]);
    expect(errorCode(await cvm('ModifyInstancesAttribute', { InstanceIds: [id], SecurityGroups: [groups[0], groups[2]] }))).toBeUndefined();
    clock.advance(10_000);
    expect((await primaryOf(id)).GroupSet).toEqual([groups[0], groups[2]]);

    const subnet = before.SubnetId;
    expect(errorCode(await cvm('ModifyInstancesVpcAttribute', { InstanceIds: [id], VirtualPrivateCloud: { VpcId: before.VpcId, SubnetId: subnet } }))).toBeUndefined();
    clock.advance(120_000);
    const ins = await instance(id);
    const after = await primaryOf(id);
    expect(after.PrivateIpAddressSet.map((a) => a.PrivateIpAddress)).toEqual(ins.PrivateIpAddresses);
    expect(after.PrivateIpAddressSet[0]!.PrivateIpAddress).not.toBe(before.PrivateIpAddressSet[0]!.PrivateIpAddress);
    // Same ID and MAC: the interface is the instance's, whatever its address.
    expect(after).toMatchObject({ NetworkInterfaceId: before.NetworkInterfaceId, MacAddress: before.MacAddress });
  });

  it('is destroyed with its instance', async () => {
    const id = await launch('ap-guangzhou-7');
    const eni = await primaryOf(id);
    expect(errorCode(await cvm('TerminateInstances', { InstanceIds: [id] }))).toBeUndefined();
    clock.advance(10_000);
    expect(await ofInstance(id)).toEqual([]);
    expect((await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [eni.NetworkInterfaceId] })).Response.TotalCount).toBe(0);
    expect(errorCode(await vpc('DeleteNetworkInterface', { NetworkInterfaceId: eni.NetworkInterfaceId }))).toBe('ResourceNotFound');
  });
});

describe("RunInstances' NetworkInterfaces", () => {
  const primary = (subnet: string, more: object = {}) => ({ InterfaceType: 'PRIMARY', VpcId: defaultVpc, SubnetId: subnet, PrivateIpv4AddressCount: 1, ...more });
  const secondary = (subnet: string, more: object = {}) => ({ InterfaceType: 'SECONDARY', VpcId: defaultVpc, SubnetId: subnet, PrivateIpv4AddressCount: 1, ...more });

  it('buys the instance in the PRIMARY network and binds a new SECONDARY interface with it', async () => {
    const subnet = await subnetIn(defaultVpc, 'ap-guangzhou-3');
    const run = await cvm(
      'RunInstances',
      buy('ap-guangzhou-3', {
        NetworkInterfaces: [primary(subnet, { PrivateIpv4AddressCount: 2, SecurityGroupIds: [groups[1]] }), secondary(subnet, { PrivateIpv4AddressCount: 3 })],
      }),
    );
    expect(errorCode(run)).toBeUndefined();
    const id = run.Response.InstanceIdSet[0] as string;
    clock.advance(13_000);
    const ins = await instance(id);
    expect(ins).toMatchObject({ VirtualPrivateCloud: { VpcId: defaultVpc, SubnetId: subnet }, SecurityGroupIds: [groups[1]] });
    expect(ins.PrivateIpAddresses).toHaveLength(2);
    const listed = await ofInstance(id);
    const primaryEni = listed.find((e) => e.Primary)!;
    const secondaryEni = listed.find((e) => !e.Primary)!;
    expect(primaryEni.PrivateIpAddressSet.map((a) => [a.PrivateIpAddress, a.Primary])).toEqual([
      [ins.PrivateIpAddresses[0], true],
      [ins.PrivateIpAddresses[1], false],
    ]);
    expect(secondaryEni).toMatchObject({ SubnetId: subnet, GroupSet: [groups[0]], State: 'AVAILABLE', Attachment: { InstanceId: id, DeviceIndex: 1 }, EniType: 0 });
    expect(secondaryEni.PrivateIpAddressSet).toHaveLength(3);
    // Kept when the instance goes (DeleteWithInstance false by default), unbound.
    await cvm('TerminateInstances', { InstanceIds: [id] });
    clock.advance(10_000);
    expect((await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [secondaryEni.NetworkInterfaceId] })).Response.NetworkInterfaceSet[0]).toMatchObject({
      Attachment: null,
      State: 'AVAILABLE',
    });
  });

  it('binds an existing free interface, and deletes one with DeleteWithInstance with its instance', async () => {
    const subnet = await subnetIn(defaultVpc, 'ap-guangzhou-4');
    const free = await createEni('ap-guangzhou-4');
    const run = await cvm(
      'RunInstances',
      buy('ap-guangzhou-4', { NetworkInterfaces: [primary(subnet), secondary(subnet, { NetworkInterfaceId: free.NetworkInterfaceId, DeleteWithInstance: true })] }),
    );
    expect(errorCode(run)).toBeUndefined();
    const id = run.Response.InstanceIdSet[0] as string;
    clock.advance(13_000);
    expect((await ofInstance(id)).find((e) => !e.Primary)).toMatchObject({ NetworkInterfaceId: free.NetworkInterfaceId, Attachment: { InstanceId: id, DeviceIndex: 1 } });
    const freeBefore = (await vpc('DescribeSubnets', { SubnetIds: [subnet] })).Response.SubnetSet[0].AvailableIpAddressCount as number;
    await cvm('TerminateInstances', { InstanceIds: [id] });
    clock.advance(10_000);
    expect((await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [free.NetworkInterfaceId] })).Response.TotalCount).toBe(0);
    expect((await vpc('DescribeSubnets', { SubnetIds: [subnet] })).Response.SubnetSet[0].AvailableIpAddressCount).toBe(freeBefore + 1);
  });

  it('refuses what the SDK and the reference rule out, with the reference codes', async () => {
    const subnet = await subnetIn(defaultVpc, 'ap-guangzhou-3');
    const refusal = async (overrides: object, zone = 'ap-guangzhou-3') => errorCode(await cvm('RunInstances', buy(zone, overrides)));
    // 001 line 9586: with VirtualPrivateCloud.
    expect(await refusal({ NetworkInterfaces: [primary(subnet)], VirtualPrivateCloud: { VpcId: defaultVpc, SubnetId: subnet } })).toBe('InvalidParameterCombination');
    // 9592: no PRIMARY, two, or another InterfaceType.
    expect(await refusal({ NetworkInterfaces: [secondary(subnet)] })).toBe('InvalidParameterValue');
    expect(await refusal({ NetworkInterfaces: [primary(subnet), primary(subnet)] })).toBe('InvalidParameterValue');
    expect(await refusal({ NetworkInterfaces: [primary(subnet, { InterfaceType: 'primary' })] })).toBe('InvalidParameterValue');
    // 9701: PrivateIpv4AddressCount in [1, 50].
    expect(await refusal({ NetworkInterfaces: [primary(subnet, { PrivateIpv4AddressCount: 0 })] })).toBe('InvalidParameterValue.Range');
    expect(await refusal({ NetworkInterfaces: [primary(subnet), secondary(subnet, { PrivateIpv4AddressCount: 51 })] })).toBe('InvalidParameterValue.Range');
    // 9767: S5.MEDIUM4 (2 vCPU) takes 4 interfaces, the primary one included.
    const five = [primary(subnet), ...Array.from({ length: 4 }, () => secondary(subnet))];
    expect(await refusal({ NetworkInterfaces: five })).toBe('LimitExceeded.InstanceEniNumLimit');
    expect(await refusal({ NetworkInterfaces: five.slice(0, 4) })).toBeUndefined();
    // 9638: a family without elastic interfaces.
    const it5Subnet = await subnetIn(defaultVpc, 'ap-guangzhou-4');
    expect(await refusal({ InstanceType: 'IT5.4XLARGE64', NetworkInterfaces: [primary(it5Subnet), secondary(it5Subnet)] }, 'ap-guangzhou-4')).toBe(
      'InvalidParameterValue.InstanceTypeNotSupportElasticNetworks',
    );
    // 9674, 9732, 9713: an unknown subnet, one of another VPC, one of another zone.
    expect(await refusal({ NetworkInterfaces: [primary('subnet-00000000')] })).toBe('InvalidParameterValue.InvalidVpcIdSubnetIdNotFound');
    const prodSubnet = await subnetIn(prodVpc, 'ap-guangzhou-3');
    expect(await refusal({ NetworkInterfaces: [primary(prodSubnet)] })).toBe('InvalidParameterValue.VpcIdSubnetIdNotMatch');
    expect(await refusal({ NetworkInterfaces: [primary(it5Subnet)] })).toBe('InvalidParameterValue.SubnetIdZoneIdNotMatch');
    // 9624: a SECONDARY in another VPC than the PRIMARY.
    expect(await refusal({ NetworkInterfaces: [primary(subnet), secondary(prodSubnet, { VpcId: prodVpc })] })).toBe('InvalidParameterValue.ElasticNetworkVpcSubnetMismatch');
    // 9622: an interface that does not exist; 9823: one that is bound (another instance's primary one); the SDK: not
    // for the PRIMARY, and InstanceCount 1 with an existing one.
    expect(await refusal({ NetworkInterfaces: [primary(subnet), secondary(subnet, { NetworkInterfaceId: 'eni-zzzzzzzz' })] })).toBe('InvalidParameterValue.ElasticNetworkNotExist');
    const taken = await primaryOf(await launch('ap-guangzhou-3'));
    expect(await refusal({ NetworkInterfaces: [primary(subnet), secondary(subnet, { NetworkInterfaceId: taken.NetworkInterfaceId })] })).toBe('UnsupportedOperation');
    const free = await createEni('ap-guangzhou-3');
    expect(await refusal({ NetworkInterfaces: [primary(subnet, { NetworkInterfaceId: free.NetworkInterfaceId })] })).toBe('InvalidParameterValue');
    expect(await refusal({ InstanceCount: 2, NetworkInterfaces: [primary(subnet), secondary(subnet, { NetworkInterfaceId: free.NetworkInterfaceId })] })).toBe(
      'InvalidParameterCombination',
    );
    // Nothing was bought or bound by a refused call.
    expect((await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [free.NetworkInterfaceId] })).Response.NetworkInterfaceSet[0].Attachment).toBeNull();
  });

  it('is priced as the same purchase without it (interfaces are free), and refused by the same rules', async () => {
    const subnet = await subnetIn(defaultVpc, 'ap-guangzhou-3');
    const plain = await cvm('InquiryPriceRunInstances', buy('ap-guangzhou-3'));
    const withInterfaces = await cvm('InquiryPriceRunInstances', buy('ap-guangzhou-3', { NetworkInterfaces: [primary(subnet), secondary(subnet)] }));
    expect(errorCode(withInterfaces)).toBeUndefined();
    expect(withInterfaces.Response.Price).toEqual(plain.Response.Price);
    // 001 line 12962.
    const five = [primary(subnet), ...Array.from({ length: 4 }, () => secondary(subnet))];
    expect(errorCode(await cvm('InquiryPriceRunInstances', buy('ap-guangzhou-3', { NetworkInterfaces: five })))).toBe('LimitExceeded.InstanceEniNumLimit');
  });
});

describe('ResetInstancesType and the interfaces an instance has', () => {
  it('refuses a type that takes fewer interfaces than the instance has, the primary one included (LimitExceeded.EniNumLimit)', async () => {
    // S5.LARGE8 (4 vCPU) takes 4; S5.SMALL2 (1 vCPU) takes 2.
    const id = await launch('ap-guangzhou-6', { InstanceType: 'S5.LARGE8' });
    const [one, two] = [await createEni('ap-guangzhou-6'), await createEni('ap-guangzhou-6')];
    await bind(one.NetworkInterfaceId, id);
    await bind(two.NetworkInterfaceId, id);
    // 001 line 13797 (the quote) and 20062 (the change).
    expect(errorCode(await cvm('InquiryPriceResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.SMALL2' }))).toBe('LimitExceeded.EniNumLimit');
    expect(errorCode(await cvm('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.SMALL2', ForceStop: true }))).toBe('LimitExceeded.EniNumLimit');
    // Three interfaces fit a type that takes four.
    expect(errorCode(await cvm('InquiryPriceResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.MEDIUM4' }))).toBeUndefined();
    // One unbound: two fit the small type.
    expect(errorCode(await vpc('DetachNetworkInterface', { NetworkInterfaceId: two.NetworkInterfaceId, InstanceId: id }))).toBeUndefined();
    clock.advance(2_500);
    expect(errorCode(await cvm('InquiryPriceResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.SMALL2' }))).toBeUndefined();
  });
});
