import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// Placement groups and dedicated hosts through the official Node SDK, unmodified: each of the eleven actions succeeding
// and refused with its main code from the reference (shared/seeds/001_*.txt; the line of the code's row is given), and
// RunInstances putting instances into a group up to its spread limit and onto a host within its CPUs and memory. The
// emulator's clock is manual, so a host being made is seen PENDING, then RUNNING.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = cvmClientOn(emulator.port);
});
afterAll(() => emulator.close());

const PASSWORD = 'Qcloud@TestApi123++';
const buy = (params: Record<string, unknown> = {}) =>
  sdk.RunInstances({
    Placement: { Zone: 'ap-guangzhou-4' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.MEDIUM4',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    LoginSettings: { Password: PASSWORD },
    ...params,
  });

/** Fresh instances of their own, RUNNING. */
async function launch(count = 1, params: Record<string, unknown> = {}): Promise<string[]> {
  const { InstanceIdSet } = await buy({ InstanceCount: count, ...params });
  clock.advance(13_000);
  return InstanceIdSet!;
}

const group = async (id: string) => (await sdk.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: [id] })).DisasterRecoverGroupSet![0]!;
const host = async (id: string) => (await sdk.DescribeHosts({ Filters: [{ Name: 'host-id', Values: [id] }] })).HostSet![0]!;
const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;

describe('placement groups', () => {
  it('CreateDisasterRecoverGroup makes a group with its type’s spread limit; an unknown type is InvalidParameterValue.Range (24555)', async () => {
    const made = await sdk.CreateDisasterRecoverGroup({ Name: '物理机容灾组', Type: 'HOST' });
    expect(made).toMatchObject({ Type: 'HOST', Name: '物理机容灾组', CvmQuotaTotal: 50, CurrentNum: 0, Strategy: 'SPREAD' });
    expect(made.DisasterRecoverGroupId).toMatch(/^ps-[a-z0-9]{8}$/);
    expect((await sdk.CreateDisasterRecoverGroup({ Name: 'racks', Type: 'RACK' })).CvmQuotaTotal).toBe(30);
    expect(await codeOf(sdk.CreateDisasterRecoverGroup({ Name: 'bad', Type: 'ROOM' }))).toBe('InvalidParameterValue.Range');
    expect(await codeOf(sdk.CreateDisasterRecoverGroup({ Name: 'x'.repeat(61), Type: 'SW' }))).toBe('InvalidParameterValue.TooLong');
    // The same ClientToken answers the same group.
    const first = await sdk.CreateDisasterRecoverGroup({ Name: 'once', Type: 'SW', ClientToken: 'token-1' });
    expect((await sdk.CreateDisasterRecoverGroup({ Name: 'once', Type: 'SW', ClientToken: 'token-1' })).DisasterRecoverGroupId).toBe(first.DisasterRecoverGroupId);
  });

  it('a region holds ten groups (GroupQuota, 24256): the eleventh is ResourceInsufficient.InsufficientGroupQuota (24559)', async () => {
    const region = cvmClientOn(emulator.port, 'ap-chengdu');
    for (let i = 0; i < 10; i++) await region.CreateDisasterRecoverGroup({ Name: `g${i}`, Type: 'SW' });
    expect(await codeOf(region.CreateDisasterRecoverGroup({ Name: 'one too many', Type: 'SW' }))).toBe('ResourceInsufficient.InsufficientGroupQuota');
    expect(await region.DescribeDisasterRecoverGroupQuota()).toMatchObject({
      GroupQuota: 10,
      CurrentNum: 10,
      CvmInHostGroupQuota: 50,
      CvmInSwitchGroupQuota: 20,
      CvmInRackGroupQuota: 30,
    });
    // The page documents no business code (24308): a region the cloud does not have is refused before the action.
    expect(await codeOf(cvmClientOn(emulator.port, 'ap-nowhere').DescribeDisasterRecoverGroupQuota())).toBe('UnsupportedRegion');
  });

  it('DescribeDisasterRecoverGroups lists by ID, name and tag; more than ten IDs is InvalidParameterValue.LimitExceeded (24156)', async () => {
    const { DisasterRecoverGroupId: id } = await sdk.CreateDisasterRecoverGroup({
      Name: 'Database tier',
      Type: 'RACK',
      TagSpecification: [{ ResourceType: 'ps', Tags: [{ Key: 'team', Value: 'data' }] }],
    });
    expect((await group(id!)).Tags).toEqual([{ Key: 'team', Value: 'data' }]);
    const byName = await sdk.DescribeDisasterRecoverGroups({ Name: 'database' });
    expect(byName.DisasterRecoverGroupSet!.map((g) => g.DisasterRecoverGroupId)).toEqual([id]);
    const byTag = await sdk.DescribeDisasterRecoverGroups({ Filters: [{ Name: 'tag:team', Values: ['data'] }] });
    expect(byTag.TotalCount).toBe(1);
    const ids = Array.from({ length: 11 }, (_, i) => `ps-0000000${i % 10}`);
    expect(await codeOf(sdk.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: ids }))).toBe('InvalidParameterValue.LimitExceeded');
    expect(await codeOf(sdk.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: ['ps-1'] }))).toBe('InvalidParameterValue.DisasterRecoverGroupIdMalformed');
  });

  it('ModifyDisasterRecoverGroupAttribute renames a group; an unknown one is ResourceNotFound.InvalidPlacementSet (24693)', async () => {
    const { DisasterRecoverGroupId: id } = await sdk.CreateDisasterRecoverGroup({ Name: 'old', Type: 'HOST' });
    await sdk.ModifyDisasterRecoverGroupAttribute({ DisasterRecoverGroupId: id!, Name: '物理机容灾组1', Affinity: 3 });
    expect(await group(id!)).toMatchObject({ Name: '物理机容灾组1', Affinity: 3 });
    expect(await codeOf(sdk.ModifyDisasterRecoverGroupAttribute({ DisasterRecoverGroupId: 'ps-00000000', Name: 'x' }))).toBe('ResourceNotFound.InvalidPlacementSet');
  });

  it('RunInstances puts instances into a group up to its spread limit; beyond it ResourceInsufficient.DisasterRecoverGroupCvmQuota (9803)', async () => {
    const { DisasterRecoverGroupId: id } = await sdk.CreateDisasterRecoverGroup({ Name: 'web', Type: 'SW' });
    const ids = await launch(18, { DisasterRecoverGroupIds: [id] });
    expect((await instance(ids[0]!)).DisasterRecoverGroupId).toBe(id);
    expect(await group(id!)).toMatchObject({ CurrentNum: 18, CvmQuotaTotal: 20 });
    // Three more would make 21 of the switch group's 20.
    expect(await codeOf(buy({ InstanceCount: 3, DisasterRecoverGroupIds: [id] }))).toBe('ResourceInsufficient.DisasterRecoverGroupCvmQuota');
    expect(await codeOf(buy({ DisasterRecoverGroupIds: ['ps-00000000'] }))).toBe('FailedOperation.DisasterRecoverGroupNotFound');
    await launch(2, { DisasterRecoverGroupIds: [id] });
    expect((await group(id!)).CurrentNum).toBe(20);
    // A terminated instance leaves its group.
    await sdk.TerminateInstances({ InstanceIds: [ids[0]!] });
    clock.advance(5_000);
    expect((await group(id!)).CurrentNum).toBe(19);
  });

  it('ModifyInstancesDisasterRecoverGroup moves instances in and out; one already in the group is FailedOperation.AlreadyInDisasterRecoverGroup (18668)', async () => {
    const { DisasterRecoverGroupId: id } = await sdk.CreateDisasterRecoverGroup({ Name: 'moved', Type: 'HOST' });
    const [a, b] = await launch(2);
    await sdk.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a!, b!], DisasterRecoverGroupId: id });
    expect((await group(id!)).InstanceIds!.sort()).toEqual([a, b].sort());
    expect(await codeOf(sdk.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a!], DisasterRecoverGroupIds: [id!] }))).toBe('FailedOperation.AlreadyInDisasterRecoverGroup');
    expect(await codeOf(sdk.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a!], DisasterRecoverGroupId: 'ps-00000000' }))).toBe(
      'FailedOperation.DisasterRecoverGroupNotFound',
    );
    // A stopping instance answers its state's code (18734).
    await sdk.StopInstances({ InstanceIds: [b!] });
    expect(await codeOf(sdk.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [b!] }))).toBe('UnsupportedOperation.InstanceStateStopping');
    clock.advance(6_000);
    // Without a group, they leave theirs.
    await sdk.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a!, b!] });
    expect((await group(id!)).CurrentNum).toBe(0);
    expect((await instance(a!)).DisasterRecoverGroupId).toBe('');
  });

  it('DeleteDisasterRecoverGroups deletes empty groups only: FailedOperation.PlacementSetNotEmpty (24841)', async () => {
    const { DisasterRecoverGroupId: id } = await sdk.CreateDisasterRecoverGroup({ Name: 'busy', Type: 'RACK' });
    const [member] = await launch(1, { DisasterRecoverGroupIds: [id] });
    expect(await codeOf(sdk.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [id!] }))).toBe('FailedOperation.PlacementSetNotEmpty');
    await sdk.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [member!] });
    await sdk.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [id!] });
    expect((await sdk.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: [id!] })).TotalCount).toBe(0);
    expect(await codeOf(sdk.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [id!] }))).toBe('ResourceNotFound.InvalidPlacementSet');
  });
});

describe('dedicated hosts', () => {
  it('DescribeHosts lists the seed’s hosts with their resources; a malformed host-id is InvalidHostId.Malformed (22423)', async () => {
    const { HostSet, TotalCount } = await sdk.DescribeHosts({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });
    expect(TotalCount).toBe(1);
    expect(HostSet![0]).toMatchObject({
      HostType: 'HS50',
      HostChargeType: 'PREPAID',
      HostState: 'RUNNING',
      InstanceIds: [],
      HostResource: { CpuTotal: 126, CpuAvailable: 126, MemTotal: 320, MemAvailable: 320 },
    });
    expect(await codeOf(sdk.DescribeHosts({ Filters: [{ Name: 'host-id', Values: ['host-1122'] }] }))).toBe('InvalidHostId.Malformed');
    expect(await codeOf(sdk.DescribeHosts({ Filters: [{ Name: 'zone', Values: ['ap-shanghai-2'] }] }))).toBe('InvalidZone.MismatchRegion');
  });

  it('AllocateHosts buys hosts by the month, PENDING then RUNNING; a period of 13 months is InvalidPeriod (21565)', async () => {
    const { HostIdSet } = await sdk.AllocateHosts({
      Placement: { Zone: 'ap-guangzhou-6' },
      HostType: 'HS1',
      HostCount: 2,
      HostChargePrepaid: { Period: 1, RenewFlag: 'NOTIFY_AND_AUTO_RENEW' },
      TagSpecification: [{ ResourceType: 'host', Tags: [{ Key: 'team', Value: 'db' }] }],
    });
    expect(HostIdSet).toHaveLength(2);
    expect((await host(HostIdSet![0]!)).HostState).toBe('PENDING');
    clock.advance(25_000);
    expect(await host(HostIdSet![0]!)).toMatchObject({ HostState: 'RUNNING', HostType: 'HS1', RenewFlag: 'NOTIFY_AND_AUTO_RENEW', Tags: [{ Key: 'team', Value: 'db' }] });
    expect(await codeOf(sdk.AllocateHosts({ Placement: { Zone: 'ap-guangzhou-6' }, HostChargePrepaid: { Period: 13 } }))).toBe('InvalidPeriod');
    // HM50 is sold out in zones numbered 3 (21573); an unavailable zone is not sold (21563).
    expect(await codeOf(sdk.AllocateHosts({ Placement: { Zone: 'ap-guangzhou-3' }, HostType: 'HM50', HostChargePrepaid: { Period: 1 } }))).toBe(
      'ResourceInsufficient.ZoneSoldOutForSpecifiedInstance',
    );
    expect(await codeOf(sdk.AllocateHosts({ Placement: { Zone: 'ap-guangzhou-1' }, HostChargePrepaid: { Period: 1 } }))).toBe('InvalidParameterValue.ZoneNotSupported');
  });

  it('a ClientToken of a deleted group makes a new group', async () => {
    const make = () => sdk.CreateDisasterRecoverGroup({ Name: 'tokened', Type: 'HOST', ClientToken: 'review-token-1' });
    const first = await make();
    expect((await make()).DisasterRecoverGroupId).toBe(first.DisasterRecoverGroupId);
    await sdk.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [first.DisasterRecoverGroupId!] });
    const second = await make();
    expect(second.DisasterRecoverGroupId).not.toBe(first.DisasterRecoverGroupId);
    await sdk.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [second.DisasterRecoverGroupId!] });
  });

  it('ModifyHostsAttribute renames hosts or changes their renewal flag; an unknown host is InvalidHostId.NotFound (21732)', async () => {
    const { HostId: id } = (await sdk.DescribeHosts({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-4'] }] })).HostSet![0]!;
    await sdk.ModifyHostsAttribute({ HostIds: [id!], HostName: 'webserver' });
    await sdk.ModifyHostsAttribute({ HostIds: [id!], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' });
    expect(await host(id!)).toMatchObject({ HostName: 'webserver', RenewFlag: 'NOTIFY_AND_AUTO_RENEW' });
    expect(await codeOf(sdk.ModifyHostsAttribute({ HostIds: ['host-00000000'], HostName: 'x' }))).toBe('InvalidHostId.NotFound');
    expect(await codeOf(sdk.ModifyHostsAttribute({ HostIds: [id!], HostName: 'x', RenewFlag: 'NOTIFY_AND_AUTO_RENEW' }))).toBe('InvalidParameterCombination');
  });

  it('InquiryPriceRenewHosts prices a renewal and RenewHosts adds it to the term; a host still being made is InvalidHost.NotSupported (21891)', async () => {
    const { HostId: id, ExpiredTime: before } = (await sdk.DescribeHosts({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] })).HostSet![0]!;
    const { Price } = await sdk.InquiryPriceRenewHosts({ HostIds: [id!], HostChargePrepaid: { Period: 1 } });
    // An HS50 host's month is the reference's example figure (22024).
    expect(Price!.HostPrice).toMatchObject({ OriginalPrice: 37050, DiscountPrice: 37050 });
    expect((await sdk.InquiryPriceRenewHosts({ HostIds: [id!], HostChargePrepaid: { Period: 12 } })).Price!.HostPrice!.DiscountPrice).toBeLessThan(37050 * 12);
    await sdk.RenewHosts({ HostIds: [id!], HostChargePrepaid: { Period: 2 } });
    const after = new Date((await host(id!)).ExpiredTime!);
    const expected = new Date(before!);
    expected.setUTCMonth(expected.getUTCMonth() + 2);
    expect(after.getTime()).toBe(expected.getTime());
    const { HostIdSet } = await sdk.AllocateHosts({ Placement: { Zone: 'ap-guangzhou-7' }, HostChargePrepaid: { Period: 1 } });
    expect(await codeOf(sdk.RenewHosts({ HostIds: HostIdSet!, HostChargePrepaid: { Period: 1 } }))).toBe('InvalidHost.NotSupported');
    expect(await codeOf(sdk.InquiryPriceRenewHosts({ HostIds: [id!], HostChargePrepaid: { Period: 14 } }))).toBe('InvalidPeriod');
    expect(await codeOf(sdk.RenewHosts({ HostIds: ['host-1122'], HostChargePrepaid: { Period: 1 } }))).toBe('InvalidHostId.Malformed');
  });

  it('RunInstances buys CDHPAID instances onto a host within its CPUs and memory: beyond them InvalidParameter.InstanceTypeSupportedHostNotFound (9570)', async () => {
    const [hs1] = (await sdk.DescribeHosts({ Filters: [{ Name: 'host-name', Values: ['cdh-custom-gz6'] }] })).HostSet!;
    const onHost = (type: string, count = 1) =>
      buy({ Placement: { Zone: 'ap-guangzhou-6', HostIds: [hs1!.HostId] }, InstanceChargeType: 'CDHPAID', InstanceType: type, InstanceCount: count });
    // The reference's own CDH purchase: a custom configuration, CDH_1C1G (9057).
    const { InstanceIdSet } = await onHost('CDH_1C1G');
    clock.advance(13_000);
    expect(await instance(InstanceIdSet![0]!)).toMatchObject({
      InstanceChargeType: 'CDHPAID',
      InstanceType: 'CDH_1C1G',
      CPU: 1,
      Memory: 1,
      InstanceState: 'RUNNING',
      Placement: { Zone: 'ap-guangzhou-6', HostId: hs1!.HostId },
    });
    await onHost('CDH_8C16G', 3);
    // 32 vCPU: 1 + 24 taken, 7 left.
    expect((await host(hs1!.HostId!)).HostResource).toMatchObject({ CpuTotal: 32, CpuAvailable: 7, MemTotal: 96, MemAvailable: 47 });
    expect(await codeOf(onHost('CDH_8C16G'))).toBe('InvalidParameter.InstanceTypeSupportedHostNotFound');
    // An HS1 host takes custom configurations only (9564).
    expect(await codeOf(onHost('S5.MEDIUM4'))).toBe('InvalidParameter.HostIdStandardInstanceTypeNotSupport');
    expect(await codeOf(buy({ Placement: { Zone: 'ap-guangzhou-6', HostIds: ['host-00000000'] }, InstanceChargeType: 'CDHPAID', InstanceType: 'CDH_1C1G' }))).toBe(
      'InvalidHostId.NotFound',
    );
    // The host's instances and what they leave of it.
    expect((await host(hs1!.HostId!)).InstanceIds).toHaveLength(4);
    const listed = await sdk.DescribeInstances({ Filters: [{ Name: 'host-id', Values: [hs1!.HostId!] }] });
    expect(listed.TotalCount).toBe(4);
  });

  it('a zone sells the account 50 hosts at most (hosts are never released): past them it is sold out, and nothing is bought', async () => {
    const inZone = async () => (await sdk.DescribeHosts({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-7'] }] })).TotalCount;
    const buyHosts = (HostCount: number) => sdk.AllocateHosts({ Placement: { Zone: 'ap-guangzhou-7' }, HostCount, HostChargePrepaid: { Period: 1 } });
    // The zone holds hosts of the other tests already (zones 6 and 7 take them): fill it up to 50.
    for (let held = (await inZone())!; held < 50; held += Math.min(10, 50 - held)) await buyHosts(Math.min(10, 50 - held));
    expect(await inZone()).toBe(50);
    expect(await codeOf(buyHosts(1))).toBe('ResourceInsufficient.ZoneSoldOutForSpecifiedInstance');
    expect(await inZone()).toBe(50);
  });
});
