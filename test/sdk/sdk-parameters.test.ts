import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Client as VpcClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client';
import { bypassProxies, codeOf, cvmClientOn, EMULATOR_CREDENTIAL, emulatorProfile } from '../support/sdk-on-emulator.ts';

// Parameters the official SDKs' request models declare that the emulator used to refuse as UnknownParameter (issue 20),
// sent by the SDKs themselves, unmodified: each accepted and honoured where it changes anything.

bypassProxies();

const clock = new ManualClock();
let emulator: RunningEmulator;
let cvm: ReturnType<typeof cvmClientOn>;
let vpc: VpcClient;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  cvm = cvmClientOn(emulator.port);
  const { Client } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client.js');
  vpc = new Client({ credential: EMULATOR_CREDENTIAL, region: 'ap-guangzhou', profile: emulatorProfile(emulator.port) });
});
afterAll(() => emulator.close());

const network = () => emulator.world.region('ap-guangzhou')!.network;

describe('vpc DescribeSecurityGroups OrderField and OrderDirection', () => {
  it('orders by CreatedTime or UpdateTime, ascending by default, and refuses other fields', async () => {
    // A rule added to the last group makes it the most recently updated.
    const groups = network().securityGroups;
    const last = groups.at(-1)!.SecurityGroupId;
    clock.advance(60_000);
    await vpc.CreateSecurityGroupPolicies({
      SecurityGroupId: last,
      SecurityGroupPolicySet: { Ingress: [{ Protocol: 'TCP', Port: '8080', CidrBlock: '10.0.0.0/8', Action: 'ACCEPT' }] },
    });
    const order = async (params: object) => ((await vpc.DescribeSecurityGroups(params)).SecurityGroupSet ?? []).map((g) => g.SecurityGroupId);
    const natural = await order({});
    expect(natural).toEqual(groups.map((g) => g.SecurityGroupId));
    expect((await order({ OrderField: 'UpdateTime' })).at(-1)).toBe(last);
    expect((await order({ OrderField: 'UpdateTime', OrderDirection: 'DESC' }))[0]).toBe(last);
    // Created at the same moment: the region's order, whichever the direction.
    expect(await order({ OrderField: 'CreatedTime', OrderDirection: 'DESC' })).toEqual(natural);
    expect(await codeOf(vpc.DescribeSecurityGroups({ OrderField: 'Name' }))).toBe('InvalidParameterValue');
    expect(await codeOf(vpc.DescribeSecurityGroups({ OrderField: 'CreatedTime', OrderDirection: 'UP' }))).toBe('InvalidParameterValue');
  });
});

describe('vpc DescribeSubnets MaxResults and NextToken', () => {
  it('pages by token until the token is empty, each subnet once, in the order Offset pages', async () => {
    const all = (await vpc.DescribeSubnets({ Limit: '100' })).SubnetSet!.map((s) => s.SubnetId);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await vpc.DescribeSubnets({ MaxResults: 3, ...(token ? { NextToken: token } : {}) });
      expect(page.TotalCount).toBe(all.length);
      expect(page.SubnetSet!.length).toBeLessThanOrEqual(3);
      seen.push(...page.SubnetSet!.map((s) => s.SubnetId!));
      token = page.NextToken;
    } while (token);
    expect(seen).toEqual(all);
    // Offset paging says whether more follow too.
    expect((await vpc.DescribeSubnets({ Limit: '2' })).NextToken).not.toBe('');
    expect((await vpc.DescribeSubnets({ Limit: '100' })).NextToken).toBe('');
  });

  it('holds a token to the query it came from and to a day, and refuses mixing the two kinds of paging', async () => {
    const first = await vpc.DescribeSubnets({ MaxResults: 1, Filters: [{ Name: 'is-default', Values: ['true'] }] });
    const token = first.NextToken!;
    expect(token).not.toBe('');
    const next = await vpc.DescribeSubnets({ MaxResults: 1, NextToken: token, Filters: [{ Name: 'is-default', Values: ['true'] }] });
    expect(next.SubnetSet![0]!.SubnetId).not.toBe(first.SubnetSet![0]!.SubnetId);
    expect(await codeOf(vpc.DescribeSubnets({ MaxResults: 1, NextToken: token }))).toBe('InvalidParameterValue');
    expect(await codeOf(vpc.DescribeSubnets({ NextToken: 'not-a-token' }))).toBe('InvalidParameterValue');
    // A token altered by the client to start before the first subnet is no token of the emulator's.
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(token, 'base64url').toString()), at: -3 })).toString('base64url');
    expect(await codeOf(vpc.DescribeSubnets({ MaxResults: 1, NextToken: forged, Filters: [{ Name: 'is-default', Values: ['true'] }] }))).toBe('InvalidParameterValue');
    expect(await codeOf(vpc.DescribeSubnets({ NextToken: token, Offset: '1', Filters: [{ Name: 'is-default', Values: ['true'] }] }))).toBe('InvalidParameterCoexist');
    expect(await codeOf(vpc.DescribeSubnets({ MaxResults: 2, Limit: '2' }))).toBe('InvalidParameterCoexist');
    expect(await codeOf(vpc.DescribeSubnets({ MaxResults: 101 }))).toBe('InvalidParameterValue.LimitExceeded');
    clock.advance(24 * 3600_000 + 1000);
    expect(await codeOf(vpc.DescribeSubnets({ MaxResults: 1, NextToken: token, Filters: [{ Name: 'is-default', Values: ['true'] }] }))).toBe('InvalidParameterValue');
  });
});

describe('vpc CreateNetworkInterface ClientToken, TrunkingFlag and IsRdma', () => {
  const subnet = () => network().subnets.find((s) => s.info.Zone === 'ap-guangzhou-4' && s.info.IsDefault)!.info;
  const create = (params: object = {}) =>
    vpc.CreateNetworkInterface({
      VpcId: subnet().VpcId,
      SubnetId: subnet().SubnetId,
      NetworkInterfaceName: 'sdk-eni',
      SecurityGroupIds: [network().securityGroups[0]!.SecurityGroupId],
      ...params,
    });

  it('answers the same token with the same interface, once, and refuses the token for another request', async () => {
    const first = await create({ ClientToken: 'eni-once' });
    const again = await create({ ClientToken: 'eni-once' });
    expect(again.NetworkInterface).toEqual(first.NetworkInterface);
    expect(network().networkInterfaces.filter((e) => e.NetworkInterfaceName === 'sdk-eni')).toHaveLength(1);
    expect(await codeOf(create({ ClientToken: 'eni-once', NetworkInterfaceName: 'other-eni' }))).toBe('UnsupportedOperation.IdempotentParameterMismatch');
    expect(await codeOf(create({ ClientToken: 'x'.repeat(65) }))).toBe('InvalidParameterValue.TooLong');
  });

  it('makes a trunking interface with TrunkingFlag Enable, and an RDMA one no emulated family takes', async () => {
    expect((await create({ TrunkingFlag: 'Enable' })).NetworkInterface!.EniType).toBe(2);
    expect((await create({ TrunkingFlag: 'Disable' })).NetworkInterface!.EniType).toBe(0);
    expect(await codeOf(create({ TrunkingFlag: 'On' }))).toBe('InvalidParameterValue');
    const rdma = (await create({ IsRdma: true })).NetworkInterface!;
    const { InstanceIdSet } = await cvm.RunInstances({ Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4' });
    clock.advance(13_000);
    expect(await codeOf(vpc.AttachNetworkInterface({ NetworkInterfaceId: rdma.NetworkInterfaceId!, InstanceId: InstanceIdSet![0]! }))).toBe(
      'UnsupportedOperation.UnsupportedInstanceFamily',
    );
  });
});

describe('cvm RunInstances MinCount and PartitionNumber', () => {
  const buy = (client: ReturnType<typeof cvmClientOn>, params: object) =>
    client.RunInstances({ Placement: { Zone: 'ap-singapore-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...params });

  it('buys as many as the quota allows when that is at least MinCount, and refuses as before when it is not', async () => {
    // ap-singapore-4 allows two pay-as-you-go instances (the README's tight zone).
    const singapore = cvmClientOn(emulator.port, 'ap-singapore');
    expect(await codeOf(buy(singapore, { InstanceCount: 5 }))).toBe('InstancesQuotaLimitExceeded');
    expect(await codeOf(buy(singapore, { InstanceCount: 5, MinCount: 3 }))).toBe('InstancesQuotaLimitExceeded');
    expect(await codeOf(buy(singapore, { InstanceCount: 5, MinCount: 2, DryRun: true }))).toBe('DryRunOperation');
    const { InstanceIdSet } = await buy(singapore, { InstanceCount: 5, MinCount: 2, InstanceName: 'partial' });
    expect(InstanceIdSet).toHaveLength(2);
    const names = (await singapore.DescribeInstances({ InstanceIds: InstanceIdSet })).InstanceSet!.map((i) => i.InstanceName).sort();
    expect(names).toEqual(['partial1', 'partial2']);
    expect(await codeOf(buy(singapore, { InstanceCount: 2, MinCount: 1 }))).toBe('InstancesQuotaLimitExceeded');
    expect(await codeOf(buy(singapore, { InstanceCount: 2, MinCount: 3 }))).toBe('InvalidParameterValue.Range');
    // Room enough: InstanceCount, MinCount or not.
    expect(
      (await cvm.RunInstances({ Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', InstanceCount: 3, MinCount: 1 })).InstanceIdSet,
    ).toHaveLength(3);
  });

  it('takes PartitionNumber (1–10) only with a placement group, which the emulator has none of', async () => {
    const params = { Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4' };
    expect(await codeOf(cvm.RunInstances({ ...params, PartitionNumber: 2 }))).toBe('InvalidParameterCombination');
    expect(await codeOf(cvm.RunInstances({ ...params, PartitionNumber: 2, DisasterRecoverGroupIds: ['ps-abcd1234'] }))).toBe('FailedOperation.DisasterRecoverGroupNotFound');
    expect(await codeOf(cvm.RunInstances({ ...params, PartitionNumber: 11, DisasterRecoverGroupIds: ['ps-abcd1234'] }))).toBe('InvalidParameterValue.LimitExceeded');
  });
});

describe('cvm EnableJumboFrame', () => {
  const launch = async (InstanceType: string, params: object = {}) => {
    const { InstanceIdSet } = await cvm.RunInstances({ Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType, ...params });
    clock.advance(13_000);
    return InstanceIdSet![0]!;
  };
  const instance = async (id: string) => (await cvm.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;

  it('buys with jumbo frames only a type that has them', async () => {
    // UnsupportedOperation.InstanceTypeNotSupportJumboFrame: RunInstances reference 9836.
    const params = { Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', EnableJumboFrame: true };
    expect(await codeOf(cvm.RunInstances({ ...params, InstanceType: 'S5.MEDIUM4' }))).toBe('UnsupportedOperation.InstanceTypeNotSupportJumboFrame');
    expect(await codeOf(cvm.RunInstances({ ...params, InstanceType: 'S5.MEDIUM4', EnableJumboFrame: false }))).toBe('UnsupportedOperation.InstanceTypeNotSupportJumboFrame');
    expect((await instance(await launch('S6.MEDIUM4', { EnableJumboFrame: true }))).EnableJumboFrame).toBe(true);
  });

  it('turns them on and off by ModifyInstancesAttribute: a running instance reboots, unless AutoReboot is false, which is refused', async () => {
    // Reference 15992 (InstanceTypeNotSupportJumboFrame) and 15994 (InstancesEnableJumboWithoutReboot: "不支持不重启情况下修改Jumbo Frame状态").
    const id = await launch('S6.MEDIUM4');
    expect((await instance(id)).EnableJumboFrame).toBe(false);
    expect(await codeOf(cvm.ModifyInstancesAttribute({ InstanceIds: [id], EnableJumboFrame: true, AutoReboot: false }))).toBe(
      'UnsupportedOperation.InstancesEnableJumboWithoutReboot',
    );
    await cvm.ModifyInstancesAttribute({ InstanceIds: [id], EnableJumboFrame: true });
    expect(await instance(id)).toMatchObject({ EnableJumboFrame: true, InstanceState: 'REBOOTING', LatestOperation: 'ModifyInstancesAttribute' });
    clock.advance(7_000);
    expect(await instance(id)).toMatchObject({ EnableJumboFrame: true, InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS' });
    // Already on: nothing to reboot for.
    await cvm.ModifyInstancesAttribute({ InstanceIds: [id], EnableJumboFrame: true, AutoReboot: false });
    expect((await instance(id)).InstanceState).toBe('RUNNING');
    await cvm.StopInstances({ InstanceIds: [id] });
    clock.advance(6_000);
    await cvm.ModifyInstancesAttribute({ InstanceIds: [id], EnableJumboFrame: false, AutoReboot: false });
    expect(await instance(id)).toMatchObject({ EnableJumboFrame: false, InstanceState: 'STOPPED' });
    const s5 = await launch('S5.MEDIUM4');
    expect(await codeOf(cvm.ModifyInstancesAttribute({ InstanceIds: [s5], EnableJumboFrame: false }))).toBe('UnsupportedOperation.InstanceTypeNotSupportJumboFrame');
    expect(await codeOf(cvm.ModifyInstancesAttribute({ InstanceIds: [s5], EnableJumboFrame: false, InstanceName: 'x' }))).toBe('InvalidParameterCombination');
  });
});

describe('every field of the SDK structures a request carries', () => {
  it('keeps what a purchase asks of its system disk, and the description of an interface address', async () => {
    const { InstanceIdSet } = await cvm.RunInstances({
      Placement: { Zone: 'ap-guangzhou-4', DedicatedResourcePackTenancy: 'ResourcePool', RackId: 'rack-1' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50, DiskName: 'root', Encrypt: true, KmsKeyId: 'kms-1', DiskId: 'disk-ignored' },
      InternetAccessible: { InternetMaxBandwidthOut: 1, InternetServiceProvider: 'BGP', IPv4AddressType: 'WanIP' },
    });
    const bought = (await cvm.DescribeInstances({ InstanceIds: InstanceIdSet })).InstanceSet![0]!;
    expect(bought.SystemDisk).toMatchObject({ DiskName: 'root', Encrypt: true, KmsKeyId: 'kms-1' });
    expect(bought.SystemDisk!.DiskId).not.toBe('disk-ignored');
    expect(await codeOf(cvm.RunInstances({ Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', SystemDisk: { KmsKeyId: 'kms-1' } }))).toBe(
      'InvalidParameterCombination',
    );
    const subnet = network().subnets.find((s) => s.info.Zone === 'ap-guangzhou-4' && s.info.IsDefault)!.info;
    const address = subnet.CidrBlock.replace(/\.0\/\d+$/, '.200');
    const { NetworkInterface } = await vpc.CreateNetworkInterface({
      VpcId: subnet.VpcId,
      SubnetId: subnet.SubnetId,
      NetworkInterfaceName: 'described',
      PrivateIpAddresses: [{ PrivateIpAddress: address, Primary: true, Description: 'database', State: 'AVAILABLE', IsWanIpBlocked: false }],
    });
    expect(NetworkInterface!.PrivateIpAddressSet![0]).toMatchObject({ PrivateIpAddress: address, Description: 'database' });
  });

  it('takes back what an answer gave, where the action does not apply it', async () => {
    const { InstanceIdSet } = await cvm.RunInstances({
      Placement: { Zone: 'ap-guangzhou-4' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      InternetAccessible: { InternetMaxBandwidthOut: 1 },
    });
    clock.advance(13_000);
    const id = InstanceIdSet![0]!;
    const read = (await cvm.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;
    // The whole InternetAccessible as DescribeInstances answers it, with a new bandwidth.
    await cvm.ResetInstancesInternetMaxBandwidth({ InstanceIds: [id], InternetAccessible: { ...read.InternetAccessible, InternetMaxBandwidthOut: 2 } });
    expect((await cvm.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!.InternetAccessible!.InternetMaxBandwidthOut).toBe(2);
    // The system disk as answered, grown.
    const systemDisk = { ...read.SystemDisk!, DiskSize: read.SystemDisk!.DiskSize! + 10 };
    expect(await codeOf(cvm.InquiryPriceResizeInstanceDisks({ InstanceId: id, SystemDisk: systemDisk, ForceStop: true }))).toBeUndefined();
    // A timer with the fields DescribeInstancesActionTimer answers (the emulator's clock has moved on by then).
    const inAnHour = new Date(emulator.world.clock.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const timer = { TimerAction: 'TerminateInstances', ActionTime: inAnHour, ActionTimerId: 'x', Status: 'UNDO', InstanceId: id };
    expect(await codeOf(cvm.ImportInstancesActionTimer({ InstanceIds: [id], ActionTimer: timer }))).toBeUndefined();
  });
});
