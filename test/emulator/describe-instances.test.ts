import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Paging, every filter, the AND/OR rule and parameter errors, checked against the emulator's own world over HTTP.

let emulator: RunningEmulator;
let all: Instance[];

const describeInstances = (params: object) => signedCall(emulator.url, 'DescribeInstances', params);
const ids = (set: Instance[]) => set.map((i) => i.InstanceId).sort();

beforeAll(async () => {
  // Transitions settle at once, so the snapshot below cannot go stale while the tests run.
  emulator = await startEmulator({ rateLimits: false, bulkInstances: 250, transitionScale: 0 });
  const pages = await Promise.all([0, 100, 200].map((Offset) => describeInstances({ Offset, Limit: 100 })));
  all = pages.flatMap((p) => p.Response.InstanceSet as Instance[]);
});
afterAll(() => emulator.close());

describe('DescribeInstances paging', () => {
  it('returns 20 by default with the full TotalCount', async () => {
    const { Response } = await describeInstances({});
    expect(Response.TotalCount).toBe(265);
    expect(Response.InstanceSet).toHaveLength(20);
    expect(all).toHaveLength(265);
    expect(new Set(ids(all)).size).toBe(265);
  });

  it('pages by Offset and Limit without overlap, newest first', async () => {
    const first = (await describeInstances({ Offset: 0, Limit: 10 })).Response.InstanceSet as Instance[];
    const second = (await describeInstances({ Offset: 10, Limit: 10 })).Response.InstanceSet as Instance[];
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
    const times = [...first, ...second].map((i) => Date.parse(i.CreatedTime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('handles the edges: Limit 100, Limit 1, Offset at and past the end', async () => {
    expect((await describeInstances({ Limit: 100 })).Response.InstanceSet).toHaveLength(100);
    expect((await describeInstances({ Limit: 1 })).Response.InstanceSet).toHaveLength(1);
    const last = await describeInstances({ Offset: 264, Limit: 100 });
    expect(last.Response.InstanceSet).toHaveLength(1);
    expect(last.Response.TotalCount).toBe(265);
    const past = await describeInstances({ Offset: 265 });
    expect(past.Response.InstanceSet).toEqual([]);
    expect(past.Response.TotalCount).toBe(265);
  });

  it('refuses Limit above 100, Limit 0, and a negative Offset, naming the parameter', async () => {
    const tooBig = await describeInstances({ Limit: 101 });
    expect(errorCode(tooBig)).toBe('InvalidParameterValue.LimitExceeded');
    expect(tooBig.Response.Error!.Message).toContain('`Limit`');
    expect(errorCode(await describeInstances({ Limit: 0 }))).toBe('InvalidParameterValue');
    const negative = await describeInstances({ Offset: -1 });
    expect(errorCode(negative)).toBe('InvalidParameterValue');
    expect(negative.Response.Error!.Message).toContain('`Offset`');
  });
});

describe('DescribeInstances filters', () => {
  const filtered = async (...filters: { Name: string; Values: string[] }[]) => {
    const { Response } = await describeInstances({ Filters: filters, Limit: 100 });
    expect(Response.Error).toBeUndefined();
    return { total: Response.TotalCount as number, set: Response.InstanceSet as Instance[] };
  };
  // `all` is newest first, as the emulator lists; a filtered page must be the first 100 matches in that order.
  const expectSame = (got: Instance[], want: Instance[]) => expect(got.map((i) => i.InstanceId)).toEqual(want.slice(0, 100).map((i) => i.InstanceId));

  const sample = () => all.find((i) => i.InstanceName === 'web-prod-01')!;

  const cases: [string, (i: Instance) => string, (i: Instance, v: string) => boolean][] = [
    ['zone', (i) => i.Placement.Zone, (i, v) => i.Placement.Zone === v],
    ['instance-id', (i) => i.InstanceId, (i, v) => i.InstanceId === v],
    ['instance-state', () => 'STOPPED', (i, v) => i.InstanceState === v],
    ['instance-charge-type', () => 'PREPAID', (i, v) => i.InstanceChargeType === v],
    ['private-ip-address', (i) => i.PrivateIpAddresses[0]!, (i, v) => i.PrivateIpAddresses.includes(v)],
    ['public-ip-address', (i) => i.PublicIpAddresses![0]!, (i, v) => (i.PublicIpAddresses ?? []).includes(v)],
    ['vpc-id', (i) => i.VirtualPrivateCloud.VpcId, (i, v) => i.VirtualPrivateCloud.VpcId === v],
    ['subnet-id', (i) => i.VirtualPrivateCloud.SubnetId, (i, v) => i.VirtualPrivateCloud.SubnetId === v],
    ['instance-type', (i) => i.InstanceType, (i, v) => i.InstanceType === v],
    ['security-group-id', (i) => i.SecurityGroupIds[0]!, (i, v) => i.SecurityGroupIds.includes(v)],
    ['uuid', (i) => i.Uuid, (i, v) => i.Uuid === v],
    ['project-id', () => '0', (i, v) => String(i.Placement.ProjectId) === v],
    ['tag-key', () => 'team', (i, v) => i.Tags.some((t) => t.Key === v)],
    ['tag-value', () => 'prod', (i, v) => i.Tags.some((t) => t.Value === v)],
    ['tag:team', () => 'web', (i, v) => i.Tags.some((t) => t.Key === 'team' && t.Value === v)],
    ['instance-name', () => 'web-prod', (i, v) => i.InstanceName.includes(v)],
  ];

  for (const [name, valueOf, predicate] of cases) {
    it(`filters by ${name}`, async () => {
      const value = valueOf(sample());
      const want = all.filter((i) => predicate(i, value));
      expect(want.length).toBeGreaterThan(0);
      const { total, set } = await filtered({ Name: name, Values: [value] });
      expect(total).toBe(want.length);
      expectSame(set, want);
    });
  }

  it('filters by creation time, in Beijing time', async () => {
    const newest = all[0]!;
    const created = new Date(Date.parse(newest.CreatedTime) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    const { set } = await filtered({ Name: 'creation-start-time', Values: [created] });
    expect(set.map((i) => i.InstanceId)).toContain(newest.InstanceId);
    expect(set.every((i) => Date.parse(i.CreatedTime) >= Date.parse(newest.CreatedTime) - 1000)).toBe(true);
    const { total } = await filtered({ Name: 'creation-end-time', Values: [created] });
    expect(total).toBe(all.filter((i) => Date.parse(i.CreatedTime) <= Date.parse(newest.CreatedTime)).length);
  });

  it('ORs the values inside one filter', async () => {
    const { total } = await filtered({ Name: 'instance-state', Values: ['RUNNING', 'STOPPED'] });
    expect(total).toBe(all.filter((i) => i.InstanceState === 'RUNNING' || i.InstanceState === 'STOPPED').length);
  });

  it('ANDs separate filters', async () => {
    const zone = 'ap-guangzhou-3';
    const { total, set } = await filtered({ Name: 'zone', Values: [zone] }, { Name: 'instance-state', Values: ['RUNNING'] }, { Name: 'tag:env', Values: ['prod', 'staging'] });
    const want = all.filter((i) => i.Placement.Zone === zone && i.InstanceState === 'RUNNING' && i.Tags.some((t) => t.Key === 'env' && ['prod', 'staging'].includes(t.Value)));
    expect(total).toBe(want.length);
    expectSame(set, want);
  });

  it('looks instances up by InstanceIds, and refuses them together with Filters', async () => {
    const chosen = all.slice(5, 8).map((i) => i.InstanceId);
    const { Response } = await describeInstances({ InstanceIds: chosen });
    expect(ids(Response.InstanceSet)).toEqual([...chosen].sort());
    expect(errorCode(await describeInstances({ InstanceIds: chosen, Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] }))).toBe('InvalidParameter');
  });

  it('answers bad filters and IDs with their documented codes', async () => {
    const code = async (params: object) => errorCode(await describeInstances(params));
    expect(await code({ Filters: [{ Name: 'colour', Values: ['red'] }] })).toBe('InvalidFilter');
    expect(await code({ Filters: [{ Name: 'instance-id', Values: ['ins-1'] }] })).toBe('InvalidInstanceId.Malformed');
    expect(await code({ InstanceIds: ['i-12345678'] })).toBe('InvalidInstanceId.Malformed');
    expect(await code({ Filters: [{ Name: 'private-ip-address', Values: ['10.0.0.300'] }] })).toBe('InvalidParameterValue.IPAddressMalformed');
    expect(await code({ Filters: [{ Name: 'instance-state', Values: ['SLEEPING'] }] })).toBe('InvalidParameterValue');
    expect(await code({ Filters: [{ Name: 'vpc-id', Values: ['vpc-x'] }] })).toBe('InvalidParameterValue.VpcIdMalformed');
    expect(await code({ Filters: [{ Name: 'creation-start-time', Values: ['yesterday'] }] })).toBe('InvalidParameterValue.InvalidTimeFormat');
    expect(await code({ Filters: [{ Name: 'zone', Values: ['a', 'b', 'c', 'd', 'e', 'f'] }] })).toBe('InvalidFilterValue.LimitExceeded');
    expect(await code({ InstanceIds: Array.from({ length: 101 }, (_, n) => `ins-${String(n).padStart(8, '0')}`) })).toBe('InvalidParameterValue.LimitExceeded');
  });

  it('refuses what the region does not have and values no instance can have, instead of an empty page', async () => {
    // DescribeInstances' error codes (reference 10875–10949): InvalidZone.MismatchRegion 10949, InvalidSecurityGroupId.NotFound
    // 10945, InvalidParameterValue.IPv6AddressMalformed 10923, FailedOperation.IllegalTagKey 10875 / IllegalTagValue 10877.
    const code = async (...filters: { Name: string; Values: string[] }[]) => errorCode(await describeInstances({ Filters: filters }));
    expect(await code({ Name: 'zone', Values: ['ap-guangzhou-3', 'ap-shanghai-2'] })).toBe('InvalidZone.MismatchRegion');
    expect(await code({ Name: 'zone', Values: ['ap-guangzhou-99'] })).toBe('InvalidZone.MismatchRegion');
    expect(await code({ Name: 'security-group-id', Values: ['sg-00000000'] })).toBe('InvalidSecurityGroupId.NotFound');
    expect(await code({ Name: 'ipv6-address', Values: ['2402:4e00::1'] })).toBeUndefined();
    expect(await code({ Name: 'ipv6-address', Values: ['2402:4e00::zz'] })).toBe('InvalidParameterValue.IPv6AddressMalformed');
    expect(await code({ Name: 'ipv6-address', Values: ['10.0.0.1'] })).toBe('InvalidParameterValue.IPv6AddressMalformed');
    expect(await code({ Name: 'tag-key', Values: ['k'.repeat(128)] })).toBe('FailedOperation.IllegalTagKey');
    expect(await code({ Name: `tag:${'k'.repeat(128)}`, Values: ['v'] })).toBe('FailedOperation.IllegalTagKey');
    expect(await code({ Name: 'tag-value', Values: ['v'.repeat(256)] })).toBe('FailedOperation.IllegalTagValue');
    expect(await code({ Name: 'tag:team', Values: ['v'.repeat(256)] })).toBe('FailedOperation.IllegalTagValue');
  });

  it('answers type and presence errors with codes and messages that name the parameter', async () => {
    // A quoted number is read as the number (the reference's own examples quote them); text that is no number is not.
    expect((await describeInstances({ Limit: '2' })).Response.InstanceSet).toHaveLength(2);
    const wrongType = await describeInstances({ Limit: 'ten' });
    expect(errorCode(wrongType)).toBe('InvalidParameter');
    expect(wrongType.Response.Error!.Message).toContain('`Limit`');
    const missing = await describeInstances({ Filters: [{ Values: ['x'] }] });
    expect(errorCode(missing)).toBe('MissingParameter');
    expect(missing.Response.Error!.Message).toContain('`Filters.0.Name`');
    const unknown = await describeInstances({ Colour: 'red' });
    expect(errorCode(unknown)).toBe('UnknownParameter');
    expect(unknown.Response.Error!.Message).toContain('`Colour`');
  });
});

describe('DescribeInstancesStatus', () => {
  it('reports the state of just the instances asked for', async () => {
    const chosen = all.slice(0, 3);
    const { Response } = await signedCall(emulator.url, 'DescribeInstancesStatus', { InstanceIds: chosen.map((i) => i.InstanceId) });
    expect(Response.TotalCount).toBe(3);
    expect(Response.InstanceStatusSet).toEqual(chosen.map((i) => ({ InstanceId: i.InstanceId, InstanceState: i.InstanceState })));
  });
});
