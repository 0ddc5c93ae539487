import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Client as VpcClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client';
import type { SecurityGroupPolicy as SdkPolicy } from 'tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_models';
import { EMULATOR_CREDENTIAL, bypassProxies, codeOf } from '../support/sdk-on-emulator.ts';

// Security group rules through the official VPC client (tencentcloud-sdk-nodejs, vpc 2017-03-12), unmodified: the
// seeded rules read, rules added at the top and at the end, replaced and deleted by index, deleted by content, the whole
// set reset; every change counts the Version up and one made from a stale Version is refused; the refusals the pages
// document for a bad port, a bad block, an unknown group and a full direction. Each test works on a group of its own
// region, so their changes do not meet.

bypassProxies();

let emulator: RunningEmulator;
const clients = new Map<string, VpcClient>();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

async function vpcIn(region: string): Promise<VpcClient> {
  const { Client } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client.js');
  if (!clients.has(region)) {
    clients.set(
      region,
      new Client({
        credential: EMULATOR_CREDENTIAL,
        region,
        profile: { httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 } },
      }),
    );
  }
  return clients.get(region)!;
}

/** A seeded group of the region, by name, and the client to change it with. */
async function group(region: string, name = 'default') {
  const sdk = await vpcIn(region);
  const { SecurityGroupSet } = await sdk.DescribeSecurityGroups({ Filters: [{ Name: 'security-group-name', Values: [name] }] });
  const id = SecurityGroupSet!.find((sg) => sg.SecurityGroupName === name)!.SecurityGroupId;
  const read = async () => (await sdk.DescribeSecurityGroupPolicies({ SecurityGroupId: id })).SecurityGroupPolicySet!;
  return { sdk, id, read };
}

/** What a rule matches and does, without its place and time: `ACCEPT TCP 22 0.0.0.0/0`. */
const brief = (p: SdkPolicy) => `${p.Action} ${p.Protocol} ${p.Port} ${p.CidrBlock || p.Ipv6CidrBlock || p.SecurityGroupId}`;

const tcp = (port: string, cidr = '10.0.0.0/8', extra: Partial<SdkPolicy> = {}): SdkPolicy => ({ Protocol: 'TCP', Port: port, CidrBlock: cidr, Action: 'ACCEPT', ...extra });

describe('reading a group’s rules', () => {
  it('answers the seeded rules with their indexes, the Version and the counts; DescribeSecurityGroups is unchanged', async () => {
    const { sdk, id, read } = await group('ap-guangzhou');
    const set = await read();
    expect(set.Version).toBe('1');
    expect(set.Ingress!.map(brief)).toEqual(['ACCEPT TCP 22 0.0.0.0/0', 'ACCEPT TCP 3389 0.0.0.0/0', 'ACCEPT ICMP ALL 0.0.0.0/0', `ACCEPT ALL ALL ${id}`]);
    expect(set.Egress!.map(brief)).toEqual(['ACCEPT ALL ALL 0.0.0.0/0', 'ACCEPT ALL ALL ::/0']);
    expect(set.Ingress!.map((p) => p.PolicyIndex)).toEqual([0, 1, 2, 3]);
    expect(set.PolicyStatistics).toEqual({ IngressIPv4TotalCount: 4, IngressIPv6TotalCount: 0, EgressIPv4TotalCount: 1, EgressIPv6TotalCount: 1 });
    expect(set.Ingress![0]).toEqual({
      PolicyIndex: 0,
      Protocol: 'TCP',
      Port: '22',
      ServiceTemplate: { ServiceId: '', ServiceGroupId: '' },
      CidrBlock: '0.0.0.0/0',
      Ipv6CidrBlock: '',
      SecurityGroupId: '',
      AddressTemplate: { AddressId: '', AddressGroupId: '' },
      Action: 'ACCEPT',
      PolicyDescription: 'SSH (Linux login)',
      ModifyTime: '2024-03-01 10:00:00',
      Priority: 1,
    });
    const { SecurityGroupSet } = await sdk.DescribeSecurityGroups({ SecurityGroupIds: [id] });
    expect(Object.keys(SecurityGroupSet![0]!).sort()).toEqual([
      'CreatedTime',
      'IsDefault',
      'ProjectId',
      'SecurityGroupDesc',
      'SecurityGroupId',
      'SecurityGroupName',
      'TagSet',
      'UpdateTime',
    ]);
  });

  it('seeds a web group with 80 and 443 and an office group that drops SSH from elsewhere', async () => {
    expect((await (await group('ap-guangzhou', 'web-public-80-443')).read()).Ingress!.map(brief)).toEqual(['ACCEPT TCP 80,443 0.0.0.0/0', 'ACCEPT TCP 80,443 ::/0']);
    expect((await (await group('ap-guangzhou', 'ssh-office-only')).read()).Ingress!.map(brief)).toEqual(['ACCEPT TCP 22 203.0.113.0/24', 'DROP TCP 22 0.0.0.0/0']);
  });

  it('narrows by the documented filters, keeping each rule’s index; refuses an unknown filter', async () => {
    const { sdk, id } = await group('ap-guangzhou');
    const filtered = async (Name: string, Values: string[]) =>
      (await sdk.DescribeSecurityGroupPolicies({ SecurityGroupId: id, Filters: [{ Name, Values }] })).SecurityGroupPolicySet!;
    const rdp = await filtered('port', ['3389']);
    expect(rdp.Ingress!.map((p) => [p.PolicyIndex, p.Port])).toEqual([[1, '3389']]);
    expect(rdp.Egress).toEqual([]);
    expect(rdp.PolicyStatistics!.IngressIPv4TotalCount).toBe(4);
    expect((await filtered('direction', ['OUTBOUND'])).Ingress).toEqual([]);
    expect((await filtered('protocol-type', ['icmp'])).Ingress!.map((p) => p.PolicyIndex)).toEqual([2]);
    expect((await filtered('ip', ['::'])).Egress!.map((p) => p.Ipv6CidrBlock)).toEqual(['::/0']);
    expect((await filtered('description', ['Windows'])).Ingress!.map((p) => p.Port)).toEqual(['3389']);
    expect(await codeOf(sdk.DescribeSecurityGroupPolicies({ SecurityGroupId: id, Filters: [{ Name: 'cidr', Values: ['x'] }] }))).toBe('InvalidParameter.FilterInvalidKey');
  });
});

describe('changing rules, one version at a time', () => {
  it('adds a rule at the top with PolicyIndex 0, after the last without one, and counts the version up each time', async () => {
    const { sdk, id, read } = await group('ap-shanghai');
    const before = await read();
    await sdk.CreateSecurityGroupPolicies({
      SecurityGroupId: id,
      SecurityGroupPolicySet: { Version: before.Version, Ingress: [{ ...tcp('8080'), PolicyIndex: 0, Protocol: 'tcp' }] },
    });
    const top = await read();
    expect(top.Version).toBe(String(Number(before.Version) + 1));
    expect(top.Ingress![0]).toMatchObject({ PolicyIndex: 0, Protocol: 'TCP', Port: '8080', CidrBlock: '10.0.0.0/8', Action: 'ACCEPT' });
    expect(top.Ingress![0]!.ModifyTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(top.Ingress!.slice(1).map(brief)).toEqual(before.Ingress!.map(brief));
    expect(top.Ingress!.map((p) => p.PolicyIndex)).toEqual([0, 1, 2, 3, 4]);

    // Two rules at the end, in the order sent; no Version: not checked, still counted up.
    await sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Egress: [tcp('53', '10.0.0.0/8', { Protocol: 'UDP' }), tcp('3306-3310')] } });
    const end = await read();
    expect(end.Version).toBe(String(Number(top.Version) + 1));
    expect(end.Egress!.slice(-2).map(brief)).toEqual(['ACCEPT UDP 53 10.0.0.0/8', 'ACCEPT TCP 3306-3310 10.0.0.0/8']);
  });

  it('refuses a change made from a stale Version, and changes nothing', async () => {
    const { sdk, id, read } = await group('ap-beijing');
    const stale = (await read()).Version!;
    await sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Version: stale, Ingress: [tcp('9000')] } });
    const current = await read();
    const change = { Version: stale, Ingress: [tcp('9001')] };
    expect(await codeOf(sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: change }))).toBe('UnsupportedOperation.VersionMismatch');
    expect(await codeOf(sdk.DeleteSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Version: stale, Ingress: [{ PolicyIndex: 0 }] } }))).toBe(
      'UnsupportedOperation.VersionMismatch',
    );
    expect(await codeOf(sdk.ReplaceSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Version: stale, Ingress: [{ ...tcp('9002'), PolicyIndex: 0 }] } }))).toBe(
      'UnsupportedOperation.VersionMismatch',
    );
    expect(await read()).toEqual(current);
  });

  it('replaces rules by index in place, one (ReplaceSecurityGroupPolicy) or several (ReplaceSecurityGroupPolicies)', async () => {
    const { sdk, id, read } = await group('ap-singapore');
    const before = await read();
    await sdk.ReplaceSecurityGroupPolicies({
      SecurityGroupId: id,
      SecurityGroupPolicySet: { Version: before.Version, Ingress: [{ ...tcp('2222', '192.168.0.0/16'), PolicyIndex: 0, PolicyDescription: 'SSH on 2222' }] },
    });
    const after = await read();
    expect(after.Version).toBe(String(Number(before.Version) + 1));
    expect(after.Ingress!.map(brief)).toEqual(['ACCEPT TCP 2222 192.168.0.0/16', ...before.Ingress!.slice(1).map(brief)]);
    expect(after.Ingress![0]!.PolicyDescription).toBe('SSH on 2222');

    await sdk.ReplaceSecurityGroupPolicy({
      SecurityGroupId: id,
      SecurityGroupPolicySet: { Version: after.Version, Egress: [{ PolicyIndex: 1, Protocol: 'ALL', Ipv6CidrBlock: '::/0', Action: 'DROP' }] },
    });
    expect((await read()).Egress!.map(brief)).toEqual(['ACCEPT ALL ALL 0.0.0.0/0', 'DROP ALL ALL ::/0']);

    const two = {
      Ingress: [
        { ...tcp('1'), PolicyIndex: 0 },
        { ...tcp('2'), PolicyIndex: 1 },
      ],
    };
    expect(await codeOf(sdk.ReplaceSecurityGroupPolicy({ SecurityGroupId: id, SecurityGroupPolicySet: two }))).toBe('InvalidParameterValue.LimitExceeded');
    expect(await codeOf(sdk.ReplaceSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: [{ ...tcp('1'), PolicyIndex: 9 }] } }))).toBe(
      'InvalidParameterValue.Range',
    );
    expect(await codeOf(sdk.ReplaceSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: [tcp('1')] } }))).toBe('InvalidParameterValue.Empty');
    // The rule at 1 made the same as the rule at 2: one rule twice.
    const copy = { ...(await read()).Ingress![2]!, PolicyIndex: 1 };
    expect(await codeOf(sdk.ReplaceSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: [copy] } }))).toBe('UnsupportedOperation.DuplicatePolicy');
  });

  it('deletes by index (the indexes as read, all at once) and by content', async () => {
    const { sdk, id, read } = await group('ap-guangzhou', 'web-public-80-443');
    await sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: [tcp('8443'), tcp('9443')] } });
    const before = await read();
    expect(before.Ingress!.map((p) => p.Port)).toEqual(['80,443', '80,443', '8443', '9443']);
    await sdk.DeleteSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Version: before.Version, Ingress: [{ PolicyIndex: 1 }, { PolicyIndex: 2 }] } });
    const byIndex = await read();
    expect(byIndex.Version).toBe(String(Number(before.Version) + 1));
    expect(byIndex.Ingress!.map(brief)).toEqual(['ACCEPT TCP 80,443 0.0.0.0/0', 'ACCEPT TCP 9443 10.0.0.0/8']);

    await sdk.DeleteSecurityGroupPolicies({
      SecurityGroupId: id,
      SecurityGroupPolicySet: { Ingress: [{ Action: 'accept', Protocol: 'tcp', Port: '9443', CidrBlock: '10.0.0.0/8' }] },
    });
    expect((await read()).Ingress!.map(brief)).toEqual(['ACCEPT TCP 80,443 0.0.0.0/0']);

    const absent = { Ingress: [{ Action: 'ACCEPT', Protocol: 'TCP', Port: '9443', CidrBlock: '10.0.0.0/8' }] };
    expect(await codeOf(sdk.DeleteSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: absent }))).toBe('ResourceNotFound');
    expect(await codeOf(sdk.DeleteSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: [{ PolicyIndex: 5 }] } }))).toBe('InvalidParameterValue.Range');
    const mixed = { Ingress: [{ PolicyIndex: 0 }, { Action: 'ACCEPT', Protocol: 'TCP', Port: '80,443', CidrBlock: '0.0.0.0/0' }] };
    expect(await codeOf(sdk.DeleteSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: mixed }))).toBe('InvalidParameter.Coexist');
  });

  it('resets the whole set (ModifySecurityGroupPolicies), in the order sent with SortPolicys; Version "0" empties it', async () => {
    const { sdk, id, read } = await group('ap-shanghai', 'ssh-office-only');
    const before = await read();
    const office = before.Ingress![0]!;
    const drop = before.Ingress![1]!;
    // Sent back as read (PolicyIndex and ModifyTime included) in the other order, with a new rule before them.
    await sdk.ModifySecurityGroupPolicies({
      SecurityGroupId: id,
      SecurityGroupPolicySet: { Ingress: [tcp('443', '0.0.0.0/0'), drop, office], Egress: [tcp('443', '0.0.0.0/0')] },
    });
    const unsorted = await read();
    expect(unsorted.Version).toBe(String(Number(before.Version) + 1));
    // Without SortPolicys the rules the group kept keep their order; the new one follows.
    expect(unsorted.Ingress!.map(brief)).toEqual([brief(office), brief(drop), 'ACCEPT TCP 443 0.0.0.0/0']);
    expect(unsorted.Ingress![0]!.ModifyTime).toBe(office.ModifyTime);
    expect(unsorted.Egress!.map(brief)).toEqual(['ACCEPT TCP 443 0.0.0.0/0']);

    await sdk.ModifySecurityGroupPolicies({ SecurityGroupId: id, SortPolicys: true, SecurityGroupPolicySet: { Ingress: [drop, office], Egress: [] } });
    const sorted = await read();
    expect(sorted.Ingress!.map(brief)).toEqual([brief(drop), brief(office)]);
    expect(sorted.Egress).toEqual([]);

    await sdk.ModifySecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Version: '0', Ingress: [tcp('22')] } });
    const cleared = await read();
    expect([cleared.Ingress, cleared.Egress]).toEqual([[], []]);
    expect(cleared.Version).toBe(String(Number(sorted.Version) + 1));

    const twice = { Ingress: [tcp('22'), { ...tcp('22'), PolicyDescription: 'again' }] };
    expect(await codeOf(sdk.ModifySecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: twice }))).toBe('UnsupportedOperation.DuplicatePolicy');
  });
});

describe('the documented refusals', () => {
  it('a bad port, a port where the protocol takes none, a bad IPv4 or IPv6 block, and what excludes what', async () => {
    const { sdk, id, read } = await group('ap-beijing', 'web-public-80-443');
    const before = await read();
    const create = (rule: SdkPolicy) => codeOf(sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: [rule] } }));
    expect(await create(tcp('70000'))).toBe('InvalidParameterValue.Range');
    expect(await create(tcp('3310-3306'))).toBe('InvalidParameterValue.Range');
    expect(await create(tcp('http'))).toBe('InvalidParameterValue.Malformed');
    expect(await create({ Protocol: 'ICMP', Port: '22', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT' })).toBe('InvalidParameter.Coexist');
    expect(await create(tcp('22', '10.0.0.300/8'))).toBe('InvalidParameterValue.Malformed');
    expect(await create(tcp('22', '10.0.0.0/33'))).toBe('InvalidParameterValue.Malformed');
    expect(await create({ ...tcp('22', ''), Ipv6CidrBlock: '2402:4e00::g/32' })).toBe('InvalidParameterValue.Malformed');
    expect(await create({ Protocol: 'ICMP', Ipv6CidrBlock: '::/0', Action: 'ACCEPT' })).toBe('InvalidParameter.Coexist');
    expect(await create({ ...tcp('22'), Ipv6CidrBlock: '::/0' })).toBe('InvalidParameter.Coexist');
    expect(await create({ Protocol: 'SCTP', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT' })).toBe('InvalidParameterValue.Range');
    expect(await create({ ...tcp('22'), Action: 'ALLOW' })).toBe('InvalidParameterValue.Range');
    expect(await create({ Protocol: 'TCP', Port: '22', CidrBlock: '0.0.0.0/0' })).toBe('InvalidParameterValue.Empty');
    expect(await create({ ...tcp('22'), PolicyDescription: 'x'.repeat(101) })).toBe('InvalidParameterValue.TooLong');
    expect(await create({ ...tcp('22'), PolicyIndex: 99 })).toBe('InvalidParameterValue.Range');
    expect(await create({ ...tcp('22', ''), SecurityGroupId: 'sg-zzzzzzzz' })).toBe('ResourceNotFound');
    expect(await create({ ...tcp('', ''), ServiceTemplate: { ServiceId: 'ppm-f5n1f8da' }, Protocol: undefined, Port: undefined, CidrBlock: '0.0.0.0/0' })).toBe('ResourceNotFound');
    expect(await create(tcp('80,443', '0.0.0.0/0'))).toBe('UnsupportedOperation.DuplicatePolicy');
    const both = { Ingress: [tcp('22')], Egress: [tcp('22')] };
    expect(await codeOf(sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: both }))).toBe('InvalidParameter.Coexist');
    expect(await read()).toEqual(before);
  });

  it('an unknown group, a malformed one', async () => {
    const sdk = await vpcIn('ap-guangzhou');
    const set = { Ingress: [tcp('22')] };
    expect(await codeOf(sdk.DescribeSecurityGroupPolicies({ SecurityGroupId: 'sg-zzzzzzzz' }))).toBe('ResourceNotFound');
    expect(await codeOf(sdk.CreateSecurityGroupPolicies({ SecurityGroupId: 'sg-zzzzzzzz', SecurityGroupPolicySet: set }))).toBe('ResourceNotFound');
    expect(await codeOf(sdk.ModifySecurityGroupPolicies({ SecurityGroupId: 'sg-zzzzzzzz', SecurityGroupPolicySet: set }))).toBe('ResourceNotFound');
    expect(await codeOf(sdk.DeleteSecurityGroupPolicies({ SecurityGroupId: 'security', SecurityGroupPolicySet: set }))).toBe('InvalidParameterValue.Malformed');
  });

  it('a direction past its limit of 100 rules, all or nothing', async () => {
    const { sdk, id, read } = await group('ap-singapore', 'web-public-80-443');
    const held = (await read()).Ingress!.length;
    const rules = (n: number, from: number) => Array.from({ length: n }, (_, i) => tcp(String(from + i)));
    await sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: rules(100 - held - 1, 10_000) } });
    expect((await read()).Ingress).toHaveLength(99);
    const over = { Ingress: rules(2, 20_000) };
    expect(await codeOf(sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: over }))).toBe('LimitExceeded.SecurityGroupPolicySet');
    expect((await read()).Ingress).toHaveLength(99);
    await sdk.CreateSecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: { Ingress: rules(1, 30_000) } });
    expect((await read()).PolicyStatistics!.IngressIPv4TotalCount + (await read()).PolicyStatistics!.IngressIPv6TotalCount).toBe(100);
    // More than a direction can hold in one request is refused before the group is looked at.
    const tooMany = { Ingress: rules(101, 40_000) };
    expect(await codeOf(sdk.ModifySecurityGroupPolicies({ SecurityGroupId: id, SecurityGroupPolicySet: tooMany }))).toBe('InvalidParameterValue.LimitExceeded');
  });
});

describe('DescribeSecurityGroupAssociationStatistics', () => {
  it('counts the instances bound to a group and the groups whose rules name it', async () => {
    const { sdk, id } = await group('ap-beijing');
    const office = await group('ap-beijing', 'ssh-office-only');
    const stats = async () => (await sdk.DescribeSecurityGroupAssociationStatistics({ SecurityGroupIds: [id, office.id] })).SecurityGroupAssociationStatisticsSet!;
    const bound = [...emulator.world.region('ap-beijing')!.instances.values()].filter((r) => r.instance.SecurityGroupIds.includes(id)).length;
    const [first, second] = await stats();
    expect(first).toMatchObject({ SecurityGroupId: id, CVM: bound, ENI: 0, SG: 0, CDB: 0, CLB: 0, TotalCount: bound });
    expect(first!.InstanceStatistics).toEqual(bound ? [{ InstanceType: 'CVM', InstanceCount: bound }] : []);
    expect(second!.SecurityGroupId).toBe(office.id);
    await sdk.CreateSecurityGroupPolicies({ SecurityGroupId: office.id, SecurityGroupPolicySet: { Ingress: [{ Protocol: 'ALL', SecurityGroupId: id, Action: 'ACCEPT' }] } });
    expect((await stats())[0]!.SG).toBe(1);
    expect(await codeOf(sdk.DescribeSecurityGroupAssociationStatistics({ SecurityGroupIds: ['sg-zzzzzzzz'] }))).toBe('ResourceNotFound');
  });
});
