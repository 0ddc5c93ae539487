import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { EMULATOR_CREDENTIAL, bypassProxies, codeOf } from '../support/sdk-on-emulator.ts';

// An instance's everyday settings through the official Node SDK, unmodified: security groups bound and unbound, its
// project, the medium of its local disks and its place on the network, and the reads that go with them (bandwidth
// configurations, operation limits, families, bandwidth billing methods). The emulator's clock is manual, so the
// changes' passing states are seen and then landed.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;

const client = (language?: 'zh-CN' | 'en-US') =>
  new CvmClient({
    credential: EMULATOR_CREDENTIAL,
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 }, language },
  });

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = client();
});
afterAll(() => emulator.close());

const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;
const byName = async (name: string) => (await sdk.DescribeInstances({ Filters: [{ Name: 'instance-name', Values: [name] }] })).InstanceSet![0]!;
const network = () => emulator.world.region('ap-guangzhou')!.network;
const groupId = (name: string) => network().securityGroups.find((sg) => sg.SecurityGroupName === name)!.SecurityGroupId;

/** A fresh instance of its own, RUNNING or, with stop, STOPPED. */
async function launch({
  stop = false,
  zone = 'ap-guangzhou-4',
  prepaid = false,
  dataDisk = false,
  projectId,
}: {
  stop?: boolean;
  zone?: string;
  prepaid?: boolean;
  dataDisk?: boolean;
  projectId?: number;
} = {}) {
  const { InstanceIdSet } = await sdk.RunInstances({
    Placement: { Zone: zone, ProjectId: projectId },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.LARGE8',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    DataDisks: dataDisk ? [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }] : undefined,
    LoginSettings: { Password: 'Qcloud@TestApi123++' },
    ...(prepaid ? { InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } } : {}),
  });
  const id = InstanceIdSet![0]!;
  clock.advance(13_000);
  if (stop) {
    await sdk.StopInstances({ InstanceIds: [id] });
    clock.advance(6_000);
  }
  expect((await instance(id)).InstanceState).toBe(stop ? 'STOPPED' : 'RUNNING');
  return id;
}

describe('AssociateSecurityGroups and DisassociateSecurityGroups (cvm)', () => {
  it('binds a group after the ones it has, a moment later, the instance running throughout; unbinds it again', async () => {
    const id = await launch();
    const [first, web] = [groupId('default'), groupId('web-public-80-443')];
    expect((await instance(id)).SecurityGroupIds).toEqual([first]);
    const { RequestId } = await sdk.AssociateSecurityGroups({ InstanceIds: [id], SecurityGroupIds: [web] });
    expect(await instance(id)).toMatchObject({
      InstanceState: 'RUNNING',
      SecurityGroupIds: [first],
      LatestOperation: 'AssociateSecurityGroups',
      LatestOperationState: 'OPERATING',
      LatestOperationRequestId: RequestId,
    });
    expect(await codeOf(sdk.AssociateSecurityGroups({ InstanceIds: [id], SecurityGroupIds: [groupId('ssh-office-only')] }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(1_500);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', SecurityGroupIds: [first, web], LatestOperationState: 'SUCCESS' });

    await sdk.DisassociateSecurityGroups({ InstanceIds: [id], SecurityGroupIds: [first] });
    clock.advance(1_500);
    expect(await instance(id)).toMatchObject({ SecurityGroupIds: [web], LatestOperation: 'DisassociateSecurityGroups', LatestOperationState: 'SUCCESS' });
  });

  it('refuses a sixth group, two at once, malformed and unknown groups, and a launch still under way', async () => {
    const id = await launch({ stop: true });
    const web = groupId('web-public-80-443');
    const associate = (SecurityGroupIds: string[], InstanceIds = [id]) => codeOf(sdk.AssociateSecurityGroups({ InstanceIds, SecurityGroupIds }));
    expect(await associate([web, groupId('ssh-office-only')])).toBe('InvalidParameterValue.LimitExceeded');
    expect(await associate(['sg-1122'])).toBe('InvalidSgId.Malformed');
    expect(await associate(['sg-zzzzzzzz'])).toBe('InvalidSecurityGroupId.NotFound');
    expect(await associate([web], ['ins-zzzzzzzz'])).toBe('InvalidInstanceId.NotFound');
    // An instance that already has five groups (the cap the console and ModifyInstancesAttribute share) takes no sixth.
    emulator.world.region('ap-guangzhou')!.instances.get(id)!.instance.SecurityGroupIds = ['sg-aaaaaaa1', 'sg-aaaaaaa2', 'sg-aaaaaaa3', 'sg-aaaaaaa4', 'sg-aaaaaaa5'];
    expect(await associate([web])).toBe('LimitExceeded.AssociateUSGLimitExceeded');

    const { InstanceIdSet } = await sdk.RunInstances({ Placement: { Zone: 'ap-guangzhou-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.LARGE8' });
    expect(await associate([web], InstanceIdSet)).toBe('UnsupportedOperation.InstanceStatePending');
    clock.advance(13_000);
  });

  it('refuses to unbind a group the instance does not have, or its last one', async () => {
    const id = await launch({ stop: true });
    const disassociate = (group: string) => codeOf(sdk.DisassociateSecurityGroups({ InstanceIds: [id], SecurityGroupIds: [group] }));
    expect(await disassociate(groupId('ssh-office-only'))).toBe('FailedOperation.SecurityGroupActionFailed');
    expect(await disassociate(groupId('default'))).toBe('UnsupportedOperation');
    expect((await instance(id)).SecurityGroupIds).toEqual([groupId('default')]);
  });
});

describe('ModifyInstancesProject', () => {
  it("moves instances into one of the account's projects at once, where the project-id filter finds them", async () => {
    const [a, b] = [await launch(), await launch({ stop: true })];
    const { RequestId } = await sdk.ModifyInstancesProject({ InstanceIds: [a, b], ProjectId: 1045 });
    for (const id of [a, b]) {
      expect(await instance(id)).toMatchObject({
        Placement: { Zone: 'ap-guangzhou-4', ProjectId: 1045 },
        LatestOperation: 'ModifyInstancesProject',
        LatestOperationState: 'SUCCESS',
        LatestOperationRequestId: RequestId,
      });
    }
    const inProject = await sdk.DescribeInstances({ Filters: [{ Name: 'project-id', Values: ['1045'] }] });
    expect(inProject.InstanceSet!.map((i) => i.InstanceId).sort()).toEqual([a, b].sort());
    // The same projects are there to buy into.
    const bought = await launch({ projectId: 1046 });
    expect((await instance(bought)).Placement!.ProjectId).toBe(1046);
  });

  it('refuses a project the account does not have, and instances it does not own', async () => {
    const id = await launch();
    expect(await codeOf(sdk.ModifyInstancesProject({ InstanceIds: [id], ProjectId: 1002 }))).toBe('InvalidProjectId.NotFound');
    expect(await codeOf(sdk.ModifyInstancesProject({ InstanceIds: ['ins-1122'], ProjectId: 0 }))).toBe('InvalidInstanceId.Malformed');
    expect((await instance(id)).Placement!.ProjectId).toBe(0);
  });
});

describe('ModifyInstanceDiskType', () => {
  /** A stopped instance with a local system disk and a local data disk (the emulator sells none: set on the world). */
  async function withLocalDisks(stop = true) {
    const id = await launch({ stop, dataDisk: true });
    const record = emulator.world.region('ap-guangzhou')!.instances.get(id)!;
    record.instance.SystemDisk.DiskType = 'LOCAL_BASIC';
    record.instance.DataDisks[0]!.DiskType = 'LOCAL_SSD';
    return id;
  }

  it('turns the local disks of a stopped instance into cloud disks while it stays stopped', async () => {
    const id = await withLocalDisks();
    const dataDiskId = (await instance(id)).DataDisks![0]!.DiskId;
    await sdk.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: 'CLOUD_PREMIUM' }, DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100 }] });
    expect(await instance(id)).toMatchObject({
      InstanceState: 'STOPPED',
      SystemDisk: { DiskType: 'LOCAL_BASIC' },
      LatestOperation: 'ModifyInstanceDiskType',
      LatestOperationState: 'OPERATING',
    });
    expect(await codeOf(sdk.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: 'CLOUD_SSD' }, DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100 }] }))).toBe(
      'OperationDenied.InstanceOperationInProgress',
    );
    clock.advance(11_000);
    const changed = await instance(id);
    expect(changed).toMatchObject({ InstanceState: 'STOPPED', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 }, LatestOperationState: 'SUCCESS' });
    expect(changed.DataDisks).toMatchObject([{ DiskId: dataDiskId, DiskType: 'CLOUD_SSD', DiskSize: 100 }]);
    // Nothing local is left to convert.
    expect(await codeOf(sdk.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: 'CLOUD_SSD' } }))).toBe('InvalidParameter.InvalidInstanceNotSupported');
  });

  it('refuses a running instance, one disk of two local kinds, a local target medium and an empty request', async () => {
    const running = await withLocalDisks(false);
    expect(
      await codeOf(sdk.ModifyInstanceDiskType({ InstanceId: running, SystemDisk: { DiskType: 'CLOUD_PREMIUM' }, DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }] })),
    ).toBe('UnsupportedOperation.InstanceStateRunning');
    const id = await withLocalDisks();
    expect(await codeOf(sdk.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: 'CLOUD_PREMIUM' } }))).toBe('InvalidParameter');
    expect(await codeOf(sdk.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: 'LOCAL_SSD' }, DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }] }))).toBe(
      'InvalidParameterValue',
    );
    expect(await codeOf(sdk.ModifyInstanceDiskType({ InstanceId: id }))).toBe('MissingParameter');
    expect((await instance(id)).SystemDisk!.DiskType).toBe('LOCAL_BASIC');
  });
});

describe('ModifyInstancesVpcAttribute', () => {
  const subnetOf = (name: string) => network().subnets.find((s) => s.info.SubnetName === name)!.info;

  it('gives a running instance a new private IP: shut down (HARD), changed, started again; the old address is free', async () => {
    const id = await launch();
    const before = await instance(id);
    const subnet = before.VirtualPrivateCloud!;
    const base = before.PrivateIpAddresses![0]!.split('.').slice(0, 3).join('.');
    const wanted = `${base}.200`;
    await sdk.ModifyInstancesVpcAttribute({ InstanceIds: [id], VirtualPrivateCloud: { VpcId: subnet.VpcId!, SubnetId: subnet.SubnetId!, PrivateIpAddresses: [wanted] } });
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPING', LatestOperation: 'ModifyInstancesVpcAttribute', LatestOperationState: 'OPERATING' });
    clock.advance(2_500);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', PrivateIpAddresses: before.PrivateIpAddresses });
    clock.advance(4_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STARTING', PrivateIpAddresses: [wanted], VirtualPrivateCloud: { PrivateIpAddresses: [wanted] } });
    clock.advance(4_500);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', PrivateIpAddresses: [wanted], LatestOperationState: 'SUCCESS' });

    // The address it left can be asked for again; the one it took cannot.
    const other = await launch({ stop: true });
    const move = (ip: string) =>
      codeOf(sdk.ModifyInstancesVpcAttribute({ InstanceIds: [other], VirtualPrivateCloud: { VpcId: subnet.VpcId!, SubnetId: subnet.SubnetId!, PrivateIpAddresses: [ip] } }));
    expect(await move(wanted)).toBe('VpcIpIsUsed');
    expect(await move(before.PrivateIpAddresses![0]!)).toBeUndefined();
    expect((await instance(other)).InstanceState).toBe('STOPPED');
    clock.advance(5_000);
    expect(await instance(other)).toMatchObject({ InstanceState: 'STOPPED', PrivateIpAddresses: before.PrivateIpAddresses, LatestOperationState: 'SUCCESS' });
  });

  it("moves a stopped instance to another VPC's subnet in its zone, taking an address there", async () => {
    const prod = subnetOf('prod-a');
    const id = await launch({ stop: true, zone: prod.Zone });
    await sdk.ModifyInstancesVpcAttribute({ InstanceIds: [id], VirtualPrivateCloud: { VpcId: prod.VpcId, SubnetId: prod.SubnetId } });
    expect((await instance(id)).InstanceState).toBe('STOPPED');
    clock.advance(5_000);
    const moved = await instance(id);
    expect(moved.VirtualPrivateCloud).toMatchObject({ VpcId: prod.VpcId, SubnetId: prod.SubnetId });
    expect(moved.PrivateIpAddresses![0]).toMatch(new RegExp(`^${prod.CidrBlock.split('.').slice(0, 3).join('\\.')}\\.`));
    expect(moved.VirtualPrivateCloud!.PrivateIpAddresses).toEqual(moved.PrivateIpAddresses);
  });

  it('refuses an address outside the subnet, a subnet in another zone, malformed IDs and a count that does not match', async () => {
    const id = await launch({ stop: true });
    const { VpcId, SubnetId } = (await instance(id)).VirtualPrivateCloud!;
    const modify = (vpc: { VpcId: string; SubnetId: string; PrivateIpAddresses?: string[] }, InstanceIds = [id]) =>
      codeOf(sdk.ModifyInstancesVpcAttribute({ InstanceIds, VirtualPrivateCloud: vpc }));
    expect(await modify({ VpcId: VpcId!, SubnetId: SubnetId!, PrivateIpAddresses: ['192.168.77.5'] })).toBe('VpcAddrNotInSubNet');
    expect(await modify({ VpcId: VpcId!, SubnetId: SubnetId!, PrivateIpAddresses: ['10.0.300.1'] })).toBe('InvalidParameterValue.IPAddressMalformed');
    expect(await modify({ VpcId: VpcId!, SubnetId: SubnetId!, PrivateIpAddresses: ['10.0.0.10', '10.0.0.11'] })).toBe('InvalidParameterValue');
    const elsewhere = network().subnets.find((s) => s.info.VpcId === VpcId && s.info.Zone !== 'ap-guangzhou-4')!.info;
    expect(await modify({ VpcId: VpcId!, SubnetId: elsewhere.SubnetId })).toBe('InvalidParameterValue');
    expect(await modify({ VpcId: 'vpc-1', SubnetId: SubnetId! })).toBe('InvalidParameterValue.VpcIdMalformed');
    expect(await modify({ VpcId: VpcId!, SubnetId: 'subnet-1' })).toBe('InvalidParameterValue.SubnetIdMalformed');
    expect(await modify({ VpcId: VpcId!, SubnetId: SubnetId! }, ['ins-zzzzzzzz'])).toBe('InvalidInstanceId.NotFound');
  });
});

describe('DescribeInstanceInternetBandwidthConfigs', () => {
  it("answers a prepaid-bandwidth instance's configurations, a change adding the next", async () => {
    const jump = await byName('jump-host');
    const configs = async () => (await sdk.DescribeInstanceInternetBandwidthConfigs({ InstanceId: jump.InstanceId! })).InternetBandwidthConfigSet!;
    expect(await configs()).toEqual([
      {
        StartTime: jump.CreatedTime,
        EndTime: jump.ExpiredTime,
        InternetAccessible: expect.objectContaining({ InternetChargeType: 'BANDWIDTH_PREPAID', InternetMaxBandwidthOut: 2 }),
      },
    ]);
    await sdk.ResetInstancesInternetMaxBandwidth({ InstanceIds: [jump.InstanceId!], InternetAccessible: { InternetMaxBandwidthOut: 5 } });
    const [before, now] = await configs();
    expect(before).toMatchObject({ StartTime: jump.CreatedTime, InternetAccessible: { InternetMaxBandwidthOut: 2 } });
    expect(now).toMatchObject({ StartTime: before!.EndTime, EndTime: jump.ExpiredTime, InternetAccessible: { InternetMaxBandwidthOut: 5 } });
  });

  it('refuses an instance whose bandwidth is not prepaid, and one without a public IP', async () => {
    const configsOf = async (name: string) => codeOf(sdk.DescribeInstanceInternetBandwidthConfigs({ InstanceId: (await byName(name)).InstanceId! }));
    expect(await configsOf('web-prod-01')).toBe('InvalidInstance.NotSupported');
    expect(await configsOf('mysql-primary')).toBe('FailedOperation.NotFoundEIP');
    expect(await codeOf(sdk.DescribeInstanceInternetBandwidthConfigs({ InstanceId: 'ins-zzzzzzzz' }))).toBe('InvalidInstanceId.NotFound');
  });
});

describe('DescribeInstancesOperationLimit', () => {
  it("counts a subscription's downgrades against its five; pay-as-you-go instances have no limit", async () => {
    const prepaid = await launch({ stop: true, prepaid: true });
    const postpaid = await launch();
    const limits = async () => (await sdk.DescribeInstancesOperationLimit({ InstanceIds: [prepaid, postpaid], Operation: 'INSTANCE_DEGRADE' })).InstanceOperationLimitSet;
    expect(await limits()).toEqual([
      { Operation: 'INSTANCE_DEGRADE', InstanceId: prepaid, CurrentCount: 0, LimitCount: 5 },
      { Operation: 'INSTANCE_DEGRADE', InstanceId: postpaid, CurrentCount: -1, LimitCount: -1 },
    ]);
    await sdk.ResetInstancesType({ InstanceIds: [prepaid], InstanceType: 'S5.MEDIUM4' });
    clock.advance(7_000);
    expect((await instance(prepaid)).InstanceType).toBe('S5.MEDIUM4');
    expect((await limits())![0]).toMatchObject({ CurrentCount: 1, LimitCount: 5 });
    const charge = await sdk.DescribeInstancesOperationLimit({ InstanceIds: [prepaid], Operation: 'INTERNET_CHARGE_TYPE_CHANGE' });
    expect(charge.InstanceOperationLimitSet).toEqual([{ Operation: 'INTERNET_CHARGE_TYPE_CHANGE', InstanceId: prepaid, CurrentCount: -1, LimitCount: -1 }]);
  });

  it('refuses an unknown operation and unknown or malformed instances', async () => {
    const id = (await byName('web-prod-01')).InstanceId!;
    expect(await codeOf(sdk.DescribeInstancesOperationLimit({ InstanceIds: [id], Operation: 'INSTANCE_UPGRADE' }))).toBe('InvalidParameterValue');
    expect(await codeOf(sdk.DescribeInstancesOperationLimit({ InstanceIds: ['ins-zzzzzzzz'], Operation: 'INSTANCE_DEGRADE' }))).toBe('InvalidInstanceId.NotFound');
    expect(await codeOf(sdk.DescribeInstancesOperationLimit({ InstanceIds: ['ins-1122'], Operation: 'INSTANCE_DEGRADE' }))).toBe('InvalidInstanceId.Malformed');
  });
});

describe('DescribeInstanceFamilyConfigs and DescribeInternetChargeTypeConfigs', () => {
  it("lists the region's families, named in the caller's language", async () => {
    const en = (await sdk.DescribeInstanceFamilyConfigs()).InstanceFamilyConfigSet!;
    expect(en).toContainEqual({ InstanceFamily: 'S5', InstanceFamilyName: 'Standard S5' });
    const families = (await sdk.DescribeInstanceTypeConfigs({})).InstanceTypeConfigSet!.map((c) => c.InstanceFamily);
    expect(en.map((f) => f.InstanceFamily).sort()).toEqual([...new Set(families)].sort());
    const zh = (await client('zh-CN').DescribeInstanceFamilyConfigs()).InstanceFamilyConfigSet!;
    expect(zh).toContainEqual({ InstanceFamily: 'S5', InstanceFamilyName: '标准型S5' });
  });

  it('lists the four ways to pay for public bandwidth', async () => {
    const zh = (await client('zh-CN').DescribeInternetChargeTypeConfigs()).InternetChargeTypeConfigSet!;
    expect(zh).toEqual([
      { InternetChargeType: 'BANDWIDTH_PREPAID', Description: '按带宽包年包月计费' },
      { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', Description: '按流量计费' },
      { InternetChargeType: 'BANDWIDTH_POSTPAID_BY_HOUR', Description: '按带宽使用时长计费' },
      { InternetChargeType: 'BANDWIDTH_PACKAGE', Description: '带宽包计费' },
    ]);
    const en = (await sdk.DescribeInternetChargeTypeConfigs()).InternetChargeTypeConfigSet!;
    expect(en.map((c) => c.InternetChargeType)).toEqual(zh.map((c) => c.InternetChargeType));
  });

  it('refuses parameters neither action has', async () => {
    expect(await codeOf(sdk.DescribeInstanceFamilyConfigs({ Zone: 'ap-guangzhou-3' } as never))).toBe('UnknownParameter');
    expect(await codeOf(sdk.DescribeInternetChargeTypeConfigs({ Limit: 1 } as never))).toBe('UnknownParameter');
  });
});
