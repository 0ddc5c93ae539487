import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import * as vpcSdk from 'tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client';
import { bypassProxies, codeOf, cvmClientOn, EMULATOR_CREDENTIAL, emulatorProfile } from '../support/sdk-on-emulator.ts';

// HPC clusters, CHC hosts, ConvertOperatingSystems and ProgramFpgaImage (issue 21) through the official Node SDK,
// unmodified: each action's success and its main refusals, with the reference's lines (shared/seeds/001_*.txt). The
// emulator's clock is manual, so the CHC hosts' OPERATING, READY and PREPARED are each seen before the next lands.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;
let vpc: vpcSdk.Client;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = cvmClientOn(emulator.port);
  vpc = new vpcSdk.Client({ credential: EMULATOR_CREDENTIAL, region: 'ap-guangzhou', profile: emulatorProfile(emulator.port) });
});
afterAll(() => emulator.close());

const PASSWORD = 'Qcloud@TestApi123++';

/** A fresh running instance of its own in ap-guangzhou-6 (where FX4 and HCCPNV4ane are sold). */
async function launch(params: Partial<Parameters<typeof sdk.RunInstances>[0]> = {}): Promise<string> {
  const { InstanceIdSet } = await sdk.RunInstances({
    Placement: { Zone: 'ap-guangzhou-6' },
    ImageId: 'img-l8og963d', // CentOS 7.9
    InstanceType: 'S5.MEDIUM4',
    LoginSettings: { Password: PASSWORD },
    ...params,
  });
  clock.advance(13_000);
  return InstanceIdSet![0]!;
}

const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;
const cluster = async (id: string) => (await sdk.DescribeHpcClusters({ HpcClusterIds: [id] })).HpcClusterSet![0];
const host = async (id: string) => (await sdk.DescribeChcHosts({ ChcIds: [id] })).ChcHostSet![0]!;
const hostNamed = async (name: string) => (await sdk.DescribeChcHosts({ Filters: [{ Name: 'instance-name', Values: [name] }] })).ChcHostSet![0]!;

describe('HPC clusters', () => {
  it('creates a cluster in a zone and lists it (CreateHpcCluster 34906, DescribeHpcClusters 35275)', async () => {
    const { HpcClusterSet } = await sdk.CreateHpcCluster({
      Zone: 'ap-guangzhou-6',
      Name: 'sdk-cluster',
      Remark: 'made by the SDK',
      TagSpecification: [{ ResourceType: 'hpc', Tags: [{ Key: 'team', Value: 'hpc' }] }],
    });
    const made = HpcClusterSet![0]!;
    expect(made.HpcClusterId).toMatch(/^hpc-[a-z0-9]{8}$/);
    expect(made).toMatchObject({
      Name: 'sdk-cluster',
      Remark: 'made by the SDK',
      Zone: 'ap-guangzhou-6',
      CvmQuotaTotal: 50,
      CurrentNum: 0,
      InstanceIds: [],
      HpcClusterType: 'STANDARD',
    });
    expect(made.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(await cluster(made.HpcClusterId!)).toEqual(made);
    const byTag = await sdk.DescribeHpcClusters({ Filters: [{ Name: 'tag:team', Values: ['hpc'] }] });
    expect(byTag.HpcClusterSet!.map((c) => c.HpcClusterId)).toEqual([made.HpcClusterId]);
    const byZone = await sdk.DescribeHpcClusters({ Zone: 'ap-guangzhou-4' });
    expect(byZone.TotalCount).toBe(0);
    // InstanceType: the clusters of zones that sell it (HCCPNV4ane only in ap-guangzhou-6 here).
    expect((await sdk.DescribeHpcClusters({ InstanceType: 'HCCPNV4ane.58XLARGE1929' })).TotalCount).toBe(1);
  });

  it("refuses another region's zone, a zone not on sale, bad names and types (34906's codes)", async () => {
    const create = (params: Partial<Parameters<typeof sdk.CreateHpcCluster>[0]>) => codeOf(sdk.CreateHpcCluster({ Zone: 'ap-guangzhou-3', Name: 'c', ...params }));
    expect(await create({ Zone: 'ap-shanghai-2' })).toBe('InvalidZone.MismatchRegion');
    // ap-guangzhou-1 and -2 are sold out (seed/regions.ts).
    expect(await create({ Zone: 'ap-guangzhou-1' })).toBe('UnsupportedOperation.InvalidZone');
    expect(await create({ Name: '' })).toBe('InvalidParameterValue');
    expect(await create({ Name: 'x'.repeat(61) })).toBe('InvalidParameterValue');
    expect(await create({ HpcClusterType: 'HUGE' })).toBe('InvalidParameterValue');
    expect(await create({ HpcClusterType: 'CDC', HpcClusterBusinessId: 'cluster-ax457mhr' })).toBe('InvalidParameterValue');
    expect(await create({ TagSpecification: [{ ResourceType: 'instance', Tags: [] }] })).toBe('InvalidParameterValue');
    expect(await codeOf(sdk.DescribeHpcClusters({ Zone: 'ap-beijing-1' }))).toBe('InvalidZone.MismatchRegion');
  });

  it('renames a cluster and changes its remark (ModifyHpcClusterAttribute 35595), refusing unknown ones', async () => {
    const id = (await sdk.CreateHpcCluster({ Zone: 'ap-guangzhou-3', Name: 'to-rename' })).HpcClusterSet![0]!.HpcClusterId!;
    await sdk.ModifyHpcClusterAttribute({ HpcClusterId: id, Name: 'renamed', Remark: 'H20' });
    expect(await cluster(id)).toMatchObject({ Name: 'renamed', Remark: 'H20' });
    expect(await codeOf(sdk.ModifyHpcClusterAttribute({ HpcClusterId: 'hpc-00000000', Name: 'x' }))).toBe('ResourceNotFound.HpcCluster');
    expect(await codeOf(sdk.ModifyHpcClusterAttribute({ HpcClusterId: id, Remark: 'x'.repeat(257) }))).toBe('InvalidParameterValue');
    expect(await codeOf(sdk.ModifyHpcClusterAttribute({ HpcClusterId: id }))).toBe('InvalidParameterValue');
  });

  it('buys an HPC instance into a cluster of its zone only, and deletes a cluster once it is empty (8904, 35123)', async () => {
    const id = (await sdk.CreateHpcCluster({ Zone: 'ap-guangzhou-6', Name: 'gpu-training' })).HpcClusterSet![0]!.HpcClusterId!;
    const elsewhere = (await sdk.CreateHpcCluster({ Zone: 'ap-guangzhou-3', Name: 'other-zone' })).HpcClusterSet![0]!.HpcClusterId!;
    const hpc = { InstanceType: 'HCCPNV4ane.58XLARGE1929', ImageId: 'img-eb30mz89' };
    // 9642: an HPC type needs a cluster; 9640: another type takes none; 9628: the cluster is in another zone; 9807: unknown.
    expect(await codeOf(launch(hpc))).toBe('InvalidParameterValue.InstanceTypeRequiredHpcCluster');
    expect(await codeOf(launch({ HpcClusterId: id }))).toBe('InvalidParameterValue.InstanceTypeNotSupportHpcCluster');
    expect(await codeOf(launch({ ...hpc, HpcClusterId: elsewhere }))).toBe('InvalidParameterValue.HpcClusterIdZoneIdNotMatch');
    expect(await codeOf(launch({ ...hpc, HpcClusterId: 'hpc-00000000' }))).toBe('ResourceNotFound.HpcCluster');
    expect(await codeOf(launch({ ...hpc, HpcClusterId: id, InstanceCount: 51 }))).toBe('InvalidParameterValue.LimitExceeded');

    const member = await launch({ ...hpc, HpcClusterId: id });
    const bought = await instance(member);
    expect(bought).toMatchObject({ InstanceState: 'RUNNING', HpcClusterId: id });
    expect(bought.RdmaIpAddresses).toEqual([expect.stringMatching(/^30\.\d+\.\d+\.\d+$/)]);
    expect(await cluster(id)).toMatchObject({ InstanceIds: [member], CurrentNum: 1 });

    // 35123: "当高性能计算集群为空…可以删除该集群".
    expect(await codeOf(sdk.DeleteHpcClusters({ HpcClusterIds: [id] }))).toBe('ResourceInUse.HpcCluster');
    expect(await codeOf(sdk.DeleteHpcClusters({ HpcClusterIds: ['hpc-00000000'] }))).toBe('ResourceNotFound.HpcCluster');
    await sdk.TerminateInstances({ InstanceIds: [member] });
    clock.advance(5_000);
    expect(await cluster(id)).toMatchObject({ InstanceIds: [], CurrentNum: 0 });
    await sdk.DeleteHpcClusters({ HpcClusterIds: [id, elsewhere] });
    expect(await cluster(id)).toBeUndefined();
  });
});

describe('CHC hosts', () => {
  it('lists the seeded servers with their states and networks (DescribeChcHosts 23523, ChcHost 35898)', async () => {
    const { ChcHostSet, TotalCount } = await sdk.DescribeChcHosts({});
    expect(TotalCount).toBe(4);
    const prepared = ChcHostSet!.find((h) => h.InstanceName === 'rack-a03')!;
    expect(prepared).toMatchObject({ InstanceState: 'PREPARED', DeviceType: 'CHCS5', TenantType: 'HOSTING', Placement: { Zone: 'ap-guangzhou-3', ProjectId: 0 } });
    expect(prepared.ChcId).toMatch(/^chc-[a-z0-9]{8}$/);
    expect(prepared.BmcVirtualPrivateCloud!.PrivateIpAddresses).toEqual([prepared.BmcIp]);
    expect(prepared.DeployExtraConfig).toMatchObject({ MiniOsType: 'public', BootType: 'x86_legacy' });
    const bare = ChcHostSet!.find((h) => h.InstanceName === 'rack-a01')!;
    expect(bare).toMatchObject({ InstanceState: 'INIT', BmcVirtualPrivateCloud: null, DeployVirtualPrivateCloud: null, BmcIp: '' });
    const byState = await sdk.DescribeChcHosts({ Filters: [{ Name: 'instance-state', Values: ['PREPARED'] }] });
    expect(byState.ChcHostSet!.map((h) => h.InstanceName)).toEqual(['rack-a03']);
    const bySn = await sdk.DescribeChcHosts({ Filters: [{ Name: 'sn', Values: [bare.SerialNumber!] }] });
    expect(bySn.ChcHostSet!.map((h) => h.ChcId)).toEqual([bare.ChcId]);
    // 23550 "参数不支持同时指定ChcIds和Filters"; 23882 InvalidFilter; 23926/23924 Offset and Limit.
    expect(await codeOf(sdk.DescribeChcHosts({ ChcIds: [bare.ChcId!], Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] }))).toBe('InvalidParameter.AtMostOne');
    expect(await codeOf(sdk.DescribeChcHosts({ Filters: [{ Name: 'color', Values: ['red'] }] }))).toBe('InvalidFilter');
    expect(await codeOf(sdk.DescribeChcHosts({ Filters: [{ Name: 'zone', Values: ['ap-beijing-1'] }] }))).toBe('InvalidZone.MismatchRegion');
    expect(await codeOf(sdk.DescribeChcHosts({ Filters: [{ Name: 'vpc-id', Values: ['vpc-1'] }] }))).toBe('InvalidParameterValue.VpcIdMalformed');
    expect(await codeOf(sdk.DescribeChcHosts({ ChcIds: ['chc-1'] }))).toBe('InvalidParameterValue.IncorrectFormat');
    expect(await codeOf(sdk.DescribeChcHosts({ Limit: 101 }))).toBe('InvalidParameterValueLimit');
    expect(await codeOf(sdk.DescribeChcHosts({ Offset: -1 }))).toBe('InvalidParameterValueOffset');
  });

  it('says what each state forbids (DescribeChcDeniedActions 22852)', async () => {
    const bare = await hostNamed('rack-a01');
    const assisted = await hostNamed('rack-a02');
    const { ChcHostDeniedActionSet } = await sdk.DescribeChcDeniedActions({ ChcIds: [bare.ChcId!, assisted.ChcId!] });
    expect(ChcHostDeniedActionSet).toEqual([
      { ChcId: bare.ChcId, State: 'INIT', DenyActions: ['ConfigureChcDeployVpc', 'RemoveChcAssistVpc', 'RemoveChcDeployVpc', 'RunInstances'] },
      // The reference's example: an INIT host with its out-of-band network denies ConfigureChcAssistVpc and RunInstances (22947).
      { ChcId: assisted.ChcId, State: 'INIT', DenyActions: ['ConfigureChcAssistVpc', 'RemoveChcDeployVpc', 'RunInstances'] },
    ]);
    expect(await codeOf(sdk.DescribeChcDeniedActions({ ChcIds: ['chc-00000000'] }))).toBe('InvalidParameterValue.ChcHostsNotFound');
    expect(await codeOf(sdk.DescribeChcDeniedActions({ ChcIds: ['nope'] }))).toBe('InvalidParameterValue.IncorrectFormat');
  });

  it('configures the out-of-band and deploy networks: OPERATING, READY, then PREPARED (ConfigureChcAssistVpc 22444)', async () => {
    const bare = await hostNamed('rack-a01');
    const { SubnetSet } = await vpc.DescribeSubnets({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });
    const subnet = SubnetSet![0]!;
    const network = { VpcId: subnet.VpcId!, SubnetId: subnet.SubnetId! };
    // 22608: one address per host; 22647: inside the subnet; 22643: a malformed subnet.
    expect(await codeOf(sdk.ConfigureChcAssistVpc({ ChcIds: [bare.ChcId!], BmcVirtualPrivateCloud: { ...network, PrivateIpAddresses: ['10.0.32.9', '10.0.32.10'] } }))).toBe(
      'InvalidParameterValue.AmountNotEqual',
    );
    expect(await codeOf(sdk.ConfigureChcAssistVpc({ ChcIds: [bare.ChcId!], BmcVirtualPrivateCloud: { ...network, PrivateIpAddresses: ['192.168.0.9'] } }))).toBe(
      'VpcAddrNotInSubNet',
    );
    expect(await codeOf(sdk.ConfigureChcAssistVpc({ ChcIds: [bare.ChcId!], BmcVirtualPrivateCloud: { ...network, SubnetId: 'subnet-1' } }))).toBe(
      'InvalidParameterValue.SubnetIdMalformed',
    );
    expect(await codeOf(sdk.ConfigureChcAssistVpc({ ChcIds: ['chc-00000000'], BmcVirtualPrivateCloud: network }))).toBe('InvalidParameterValue.ChcHostsNotFound');
    // A host whose out-of-band network is configured already: its state does not allow it (22602).
    const assisted = await hostNamed('rack-a02');
    expect(await codeOf(sdk.ConfigureChcAssistVpc({ ChcIds: [assisted.ChcId!], BmcVirtualPrivateCloud: network }))).toBe('InvalidHost.NotSupported');

    await sdk.ConfigureChcAssistVpc({
      ChcIds: [bare.ChcId!],
      BmcVirtualPrivateCloud: network,
      DeployVirtualPrivateCloud: network,
      ChcDeployExtraConfig: { MiniOsType: 'public', BootType: 'x86_legacy', BootFile: 'pxelinux.0', NextServerAddress: '169.254.68.10' },
    });
    const operating = await host(bare.ChcId!);
    expect(operating).toMatchObject({ InstanceState: 'OPERATING', LatestOperation: 'ConfigureChcAssistVpc', LatestOperationState: 'OPERATING' });
    expect(operating.BmcIp).not.toBe(operating.DeployIp);
    // Its address is taken: the same one for another host is VpcIpIsUsed (22649).
    const other = await hostNamed('gpu-b01');
    expect(await codeOf(sdk.DescribeChcDeniedActions({ ChcIds: [bare.ChcId!] }))).toBeUndefined();
    expect((await sdk.DescribeChcDeniedActions({ ChcIds: [bare.ChcId!] })).ChcHostDeniedActionSet![0]!.DenyActions).toHaveLength(6);
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: [bare.ChcId!], InstanceName: 'busy' }))).toBe('InvalidHost.NotSupported');
    clock.advance(5_000);
    expect(await host(bare.ChcId!)).toMatchObject({ InstanceState: 'READY', LatestOperation: 'ChcPrepare' });
    clock.advance(10_000);
    const prepared = await host(bare.ChcId!);
    expect(prepared).toMatchObject({ InstanceState: 'PREPARED', LatestOperationState: 'SUCCESS', BmcVirtualPrivateCloud: { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId } });
    expect(other.Placement!.Zone).toBe('ap-guangzhou-6');
    expect(
      await codeOf(sdk.ConfigureChcAssistVpc({ ChcIds: [other.ChcId!], BmcVirtualPrivateCloud: { ...network, PrivateIpAddresses: [prepared.BmcIp!] } })),
      'a subnet of another zone than the host',
    ).toBe('InvalidParameter');
  });

  it('configures and clears the deploy network of a host with its out-of-band network (ConfigureChcDeployVpc 22657, RemoveChcDeployVpc 23377)', async () => {
    const assisted = await hostNamed('rack-a02');
    const deploy = { VpcId: assisted.BmcVirtualPrivateCloud!.VpcId, SubnetId: assisted.BmcVirtualPrivateCloud!.SubnetId };
    // 22647 / 22649: an address outside the subnet, or one a host holds.
    expect(await codeOf(sdk.ConfigureChcDeployVpc({ ChcIds: [assisted.ChcId!], DeployVirtualPrivateCloud: { ...deploy, PrivateIpAddresses: [assisted.BmcIp!] } }))).toBe(
      'VpcIpIsUsed',
    );
    expect(
      await codeOf(sdk.ConfigureChcDeployVpc({ ChcIds: [assisted.ChcId!], DeployVirtualPrivateCloud: deploy, ChcDeployExtraConfig: { MiniOsType: 'public', BootType: 'ppc' } })),
    ).toBe('InvalidParameterValue.IncorrectFormat');
    // A host without its out-of-band network cannot take a deploy network.
    const bare = await hostNamed('gpu-b01');
    expect(await codeOf(sdk.ConfigureChcDeployVpc({ ChcIds: [bare.ChcId!], DeployVirtualPrivateCloud: deploy }))).toBe('InvalidHost.NotSupported');

    await sdk.ConfigureChcDeployVpc({ ChcIds: [assisted.ChcId!], DeployVirtualPrivateCloud: deploy, DeploySecurityGroupIds: assisted.BmcSecurityGroupIds });
    expect(await host(assisted.ChcId!)).toMatchObject({ InstanceState: 'OPERATING', LatestOperation: 'ConfigureChcDeployVpc' });
    clock.advance(15_000);
    const prepared = await host(assisted.ChcId!);
    expect(prepared).toMatchObject({ InstanceState: 'PREPARED', DeploySecurityGroupIds: assisted.BmcSecurityGroupIds });
    expect(prepared.DeployIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    // 22813: a deploy network exists already.
    expect(await codeOf(sdk.ConfigureChcDeployVpc({ ChcIds: [assisted.ChcId!], DeployVirtualPrivateCloud: deploy }))).toBe('InvalidParameterValue.DeployVpcAlreadyExists');

    await sdk.RemoveChcDeployVpc({ ChcIds: [assisted.ChcId!] });
    expect((await host(assisted.ChcId!)).InstanceState).toBe('OPERATING');
    clock.advance(5_000);
    const cleared = await host(assisted.ChcId!);
    expect(cleared).toMatchObject({ InstanceState: 'INIT', DeployVirtualPrivateCloud: null, DeployIp: '', BmcIp: assisted.BmcIp, LatestOperation: 'RemoveChcDeployVpc' });
    // Nothing left to clear.
    expect(await codeOf(sdk.RemoveChcDeployVpc({ ChcIds: [assisted.ChcId!] }))).toBe('InvalidHost.NotSupported');
    expect(await codeOf(sdk.RemoveChcDeployVpc({ ChcIds: ['chc-00000000'] }))).toBe('InvalidParameterValue.ChcHostsNotFound');
  });

  it('clears both networks, and a failed clearing leaves the host CLEAR_NETWORK_FAILED (RemoveChcAssistVpc 23233, 35934)', async () => {
    const prepared = await hostNamed('rack-a03');
    emulator.faults.failNext('cvm.RemoveChcAssistVpc', { message: 'The BMC did not answer.' });
    await sdk.RemoveChcAssistVpc({ ChcIds: [prepared.ChcId!] });
    clock.advance(5_000);
    const failed = await host(prepared.ChcId!);
    expect(failed).toMatchObject({
      InstanceState: 'CLEAR_NETWORK_FAILED',
      LatestOperation: 'RemoveChcAssistVpc',
      LatestOperationState: 'FAILED',
      LatestOperationErrorMsg: 'The BMC did not answer.',
      LatestOperationErrorCode: 'ClearNetworkFailed',
    });
    expect(failed.BmcVirtualPrivateCloud).not.toBeNull();
    await sdk.RemoveChcAssistVpc({ ChcIds: [prepared.ChcId!] });
    clock.advance(5_000);
    expect(await host(prepared.ChcId!)).toMatchObject({ InstanceState: 'INIT', BmcVirtualPrivateCloud: null, DeployVirtualPrivateCloud: null, LatestOperationState: 'SUCCESS' });
    // The address it held is free again: another host may take it.
    const bare = await hostNamed('gpu-b01');
    expect(bare.InstanceState).toBe('INIT');
    expect(await codeOf(sdk.RemoveChcAssistVpc({ ChcIds: [bare.ChcId!] }))).toBe('InvalidHost.NotSupported');
  });

  it('renames hosts and sets their BMC login and security groups (ModifyChcAttribute 23048)', async () => {
    const assisted = await hostNamed('rack-a02');
    const bare = await hostNamed('gpu-b01');
    const groups = (await vpc.DescribeSecurityGroups({})).SecurityGroupSet!.map((g) => g.SecurityGroupId!);
    await sdk.ModifyChcAttribute({
      ChcIds: [assisted.ChcId!],
      InstanceName: 'rack-a02-renamed',
      DeviceType: 'CHC_HS1',
      BmcUser: 'albert',
      Password: 'Test@1234',
      BmcSecurityGroupIds: [groups[1]!],
    });
    expect(await host(assisted.ChcId!)).toMatchObject({ InstanceName: 'rack-a02-renamed', DeviceType: 'CHC_HS1', BmcSecurityGroupIds: [groups[1]] });
    await sdk.ModifyChcAttribute({ ChcIds: [assisted.ChcId!], InstanceName: 'rack-a02' });
    // 23208 InvalidPassword, 23200 ChcNetworkEmpty, 23210 InvalidSecurityGroupId.NotFound, 23206 NotEmpty.
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: [assisted.ChcId!], Password: 'short' }))).toBe('InvalidPassword');
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: [bare.ChcId!], BmcSecurityGroupIds: [groups[0]!] }))).toBe('InvalidParameterValue.ChcNetworkEmpty');
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: [assisted.ChcId!], BmcSecurityGroupIds: ['sg-00000000'] }))).toBe('InvalidSecurityGroupId.NotFound');
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: [assisted.ChcId!], InstanceName: '' }))).toBe('InvalidParameterValue.NotEmpty');
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: [assisted.ChcId!], BmcUser: 'al bert' }))).toBe('InvalidParameterValue.IncorrectFormat');
    expect(await codeOf(sdk.ModifyChcAttribute({ ChcIds: ['chc-00000000'], InstanceName: 'x' }))).toBe('InvalidParameterValue.ChcHostsNotFound');
  });
});

describe('a cloud host on a CHC host (RunInstances ChcIds, 8919)', () => {
  it('makes one on a PREPARED host, which is ONLINE until the instance is gone; refuses hosts that are not ready', async () => {
    const prepared = await hostNamed('rack-a01');
    const assisted = await hostNamed('rack-a02');
    expect(prepared.InstanceState).toBe('PREPARED');
    const zone3 = { Placement: { Zone: 'ap-guangzhou-3' } };
    // 9610 unknown or of another zone; 9791 no deploy network; the count is one per host.
    expect(await codeOf(launch({ ...zone3, ChcIds: ['chc-00000000'] }))).toBe('InvalidParameterValue.ChcHostsNotFound');
    expect(await codeOf(launch({ ChcIds: [prepared.ChcId!] }))).toBe('InvalidParameterValue.ChcHostsNotFound');
    expect(await codeOf(launch({ ...zone3, ChcIds: [assisted.ChcId!] }))).toBe('OperationDenied.ChcInstallCloudImageWithoutDeployNetwork');
    expect(await codeOf(launch({ ...zone3, ChcIds: [prepared.ChcId!], InstanceCount: 2 }))).toBe('InvalidParameterValue');

    const id = await launch({ ...zone3, ChcIds: [prepared.ChcId!] });
    expect(await host(prepared.ChcId!)).toMatchObject({ InstanceState: 'ONLINE', CvmInstanceId: id });
    const { ChcHostDeniedActionSet } = await sdk.DescribeChcDeniedActions({ ChcIds: [prepared.ChcId!] });
    expect(ChcHostDeniedActionSet![0]!.DenyActions).toEqual(['ConfigureChcAssistVpc', 'ConfigureChcDeployVpc', 'RemoveChcAssistVpc', 'RemoveChcDeployVpc', 'RunInstances']);
    // 9566: a host holding a cloud host takes no other.
    expect(await codeOf(launch({ ...zone3, ChcIds: [prepared.ChcId!] }))).toBe('InvalidParameter.HostIdStatusNotSupport');
    expect(await codeOf(sdk.RemoveChcAssistVpc({ ChcIds: [prepared.ChcId!] }))).toBe('InvalidHost.NotSupported');

    await sdk.TerminateInstances({ InstanceIds: [id] });
    clock.advance(5_000);
    expect(await host(prepared.ChcId!)).toMatchObject({ InstanceState: 'PREPARED', CvmInstanceId: '' });
  });
});

describe('ConvertOperatingSystems (28270)', () => {
  it('converts a running CentOS 7 instance to TencentOS 2.4, listing the target; DryRun only checks', async () => {
    const id = await launch();
    const dry = await sdk.ConvertOperatingSystems({ InstanceIds: [id], DryRun: true });
    expect(dry.SupportTargetOSList).toEqual([{ TargetOSType: 'TencentOS', TargetOSVersion: '2.4' }]);
    expect((await instance(id)).OsName).toBe('CentOS 7.9 64bit');

    const { TaskId, SupportTargetOSList } = await sdk.ConvertOperatingSystems({ InstanceIds: [id], TargetOSType: 'TencentOS', MinimalConversion: true });
    expect(TaskId).toMatch(/^\d{8}$/);
    expect(SupportTargetOSList).toEqual([{ TargetOSType: 'TencentOS', TargetOSVersion: '2.4' }]);
    expect(await instance(id)).toMatchObject({
      InstanceState: 'RUNNING',
      LatestOperation: 'ConvertOperatingSystems',
      LatestOperationState: 'OPERATING',
      OsName: 'CentOS 7.9 64bit',
    });
    expect(await codeOf(sdk.ConvertOperatingSystems({ InstanceIds: [id] }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(30_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS', OsName: 'TencentOS Server 2.4 (TK4)' });
    // Converted: no longer CentOS.
    expect(await codeOf(sdk.ConvertOperatingSystems({ InstanceIds: [id] }))).toBe('UnsupportedOperation.InstanceOsConvertOsNotSupport');
  });

  it('refuses other systems, stopped instances, special types, other targets and bad IDs (28453–28506)', async () => {
    const convert = (InstanceIds: string[], TargetOSType?: string) => codeOf(sdk.ConvertOperatingSystems({ InstanceIds, TargetOSType }));
    expect(await convert(['ins-1'])).toBe('InvalidParameterValue.InstanceIdMalformed');
    expect(await convert(['ins-00000000'])).toBe('InvalidInstanceId.NotFound');
    const centos = await launch();
    expect(await convert([centos], 'Ubuntu')).toBe('InvalidParameter.InvalidTargetOSType');
    expect(await convert([await launch({ ImageId: 'img-1eckiyjb' })])).toBe('UnsupportedOperation.InstanceOsWindows');
    expect(await convert([await launch({ ImageId: 'img-487zeit5' })])).toBe('UnsupportedOperation.InstanceOsConvertOsNotSupport');
    expect(await convert([await launch({ InstanceType: 'FX4.4XLARGE64' })])).toBe('UnsupportedOperation.SpecialInstanceType');
    await sdk.StopInstances({ InstanceIds: [centos] });
    clock.advance(6_000);
    expect(await convert([centos])).toBe('UnsupportedOperation.InstanceStateNotRunning');
  });
});

describe('ProgramFpgaImage (18748)', () => {
  const url = 'fpga-test-1250000000.cos.ap-guangzhou.myqcloud.com/test.xclbin';

  it('programs all the cards of an FX4 instance, or those DBDFs name; DryRun programs nothing', async () => {
    const types = await sdk.DescribeInstanceTypeConfigs({ Filters: [{ Name: 'instance-family', Values: ['FX4'] }] });
    expect(types.InstanceTypeConfigSet!.map((t) => [t.InstanceType, t.FPGA])).toContainEqual(['FX4.8XLARGE128', 2]);
    const id = await launch({ InstanceType: 'FX4.8XLARGE128', ImageId: 'img-eb30mz89' });
    await sdk.ProgramFpgaImage({ InstanceId: id, FPGAUrl: url, DryRun: true });
    expect((await instance(id)).LatestOperation).toBe('RunInstances');
    // The reference's example's two cards (18817).
    await sdk.ProgramFpgaImage({ InstanceId: id, FPGAUrl: url, DBDFs: ['0000:00:08.0', '0000:00:09.0'] });
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'ProgramFpgaImage', LatestOperationState: 'OPERATING' });
    // 18897: busy programming, the same request again included.
    expect(await codeOf(sdk.ProgramFpgaImage({ InstanceId: id, FPGAUrl: url, DBDFs: ['0000:00:08.0', '0000:00:09.0'] }))).toBe('OperationDenied.InstanceOperationInProgress');
    expect(await codeOf(sdk.ProgramFpgaImage({ InstanceId: id, FPGAUrl: `${url}.v2` }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(8_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS' });
    await sdk.ProgramFpgaImage({ InstanceId: id, FPGAUrl: url });
    clock.advance(8_000);

    const program = (params: Partial<Parameters<typeof sdk.ProgramFpgaImage>[0]>) => codeOf(sdk.ProgramFpgaImage({ InstanceId: id, FPGAUrl: url, ...params }));
    expect(await program({ DBDFs: ['0000:00:0a.0'] })).toBe('InvalidParameterValue.IncorrectFormat');
    expect(await program({ DBDFs: ['card-1'] })).toBe('InvalidParameterValue.IncorrectFormat');
    expect(await program({ DBDFs: ['0000:00:08.0', '0000:00:09.0', '0000:00:0a.0'] })).toBe('InvalidParameterValue.LimitExceeded');
    expect(await program({ FPGAUrl: 'https://example.com/image.bin' })).toBe('InvalidParameterValue.IncorrectFormat');
    expect(await program({ InstanceId: 'ins-1' })).toBe('InvalidInstanceId.Malformed');
    expect(await program({ InstanceId: 'ins-00000000' })).toBe('InvalidInstanceId.NotFound');
    // 18899: not an FPGA type.
    expect(await program({ InstanceId: await launch() })).toBe('UnsupportedOperation.NotFpgaInstance');
  });
});
