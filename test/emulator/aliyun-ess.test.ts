import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import { rpcSignature } from '@cvm/shared/aliyun-rpc';
import type { EcsInstance, ScalingGroup } from '@cvm/shared';
import { ALIYUN_TEST_KEY, ECS_VERSION, aliyunCall } from '../support/aliyun-call.ts';

// The emulated Alibaba Cloud: RPC requests signed with HMAC-SHA1, ESS AttachInstances with every rule of seed 003,
// the activity it starts moving on over time, and ECS DescribeInstances to pick instances from.

let emulator: RunningEmulator;
const clock = new ManualClock();
const REGION = 'cn-hangzhou';

beforeAll(async () => {
  emulator = await startEmulator({ clock, rateLimits: false });
});
afterAll(() => emulator.close());

const call = (action: string, params: Record<string, any> = {}, options = {}) => aliyunCall(emulator.url, action, { RegionId: REGION, ...params }, options);

async function groups(region = REGION): Promise<ScalingGroup[]> {
  const { body } = await call('DescribeScalingGroups', { RegionId: region, PageSize: 50 });
  return body.ScalingGroups.ScalingGroup;
}
async function group(name: string, region = REGION): Promise<ScalingGroup> {
  return (await groups(region)).find((g) => g.ScalingGroupName === name)!;
}
async function instance(name: string, region = REGION): Promise<EcsInstance> {
  const { body } = await call('DescribeInstances', { RegionId: region, PageSize: 100 }, { version: ECS_VERSION });
  return (body.Instances.Instance as EcsInstance[]).find((i) => i.InstanceName === name)!;
}
async function attach(groupName: string, instanceNames: string[], extra: Record<string, any> = {}) {
  const ids = await Promise.all(instanceNames.map(async (n) => (await instance(n)).InstanceId));
  return call('AttachInstances', { ScalingGroupId: (await group(groupName)).ScalingGroupId, InstanceId: ids, ...extra });
}

describe('the RPC protocol', () => {
  it('answers a signed GET or POST with a flat JSON body and a RequestId', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { status, body } = await call('DescribeScalingGroups', {}, { method });
      expect(status).toBe(200);
      expect(body.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[0-9A-F]{4}-[0-9A-F]{12}$/);
      expect(body.ScalingGroups.ScalingGroup.length).toBeGreaterThan(3);
      expect(body).toMatchObject({ PageNumber: 1, PageSize: 10 });
    }
  });

  it('names the regions in the language AcceptLanguage asks for: Chinese by default, English for en-US', async () => {
    const names = async (params: Record<string, string>) =>
      ((await call('DescribeRegions', params, { version: ECS_VERSION })).body.Regions.Region as { RegionId: string; LocalName: string }[]).map((r) => [r.RegionId, r.LocalName]);
    expect(await names({})).toContainEqual(['cn-hangzhou', '华东1（杭州）']);
    expect(await names({ AcceptLanguage: 'zh-CN' })).toContainEqual(['cn-hangzhou', '华东1（杭州）']);
    expect(await names({ AcceptLanguage: 'en-US' })).toContainEqual(['cn-hangzhou', 'China (Hangzhou)']);
  });

  it('answers XML when Format=XML, lists as repeated elements, errors as <Error>', async () => {
    const ok = await call('DescribeScalingGroups', {}, { format: 'XML' });
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><DescribeScalingGroupsResponse><RequestId>/);
    expect(ok.text.match(/<ScalingGroup>/g)!.length).toBe((await groups()).length);
    const failed = await call('AttachInstances', { ScalingGroupId: 'asg-nope', InstanceId: ['i-nope'] }, { format: 'XML' });
    expect(failed.status).toBe(404);
    expect(failed.text).toMatch(/<Error><RequestId>[^<]+<\/RequestId><HostId>ess.aliyuncs.com<\/HostId><Code>InvalidScalingGroupId.NotFound<\/Code>/);
  });

  it('refuses a wrong signature with the string it signed, an unknown key, a stale timestamp and a replayed nonce', async () => {
    const wrong = await call('DescribeScalingGroups', {}, { accessKeySecret: 'not-the-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.Code).toBe('SignatureDoesNotMatch');
    expect(wrong.body.Message).toContain('POST&%2F&AccessKeyId%3D');
    expect(wrong.body.Message).not.toContain(ALIYUN_TEST_KEY.accessKeySecret);

    const tampered = await call('DescribeScalingGroups', {}, { tamper: { PageSize: '20' } });
    expect(tampered.body.Code).toBe('SignatureDoesNotMatch');

    const unknown = await call('DescribeScalingGroups', {}, { tamper: { AccessKeyId: 'LTAI5tNobody' } });
    expect([unknown.status, unknown.body.Code]).toEqual([404, 'InvalidAccessKeyId.NotFound']);

    const stale = await call('DescribeScalingGroups', {}, { date: new Date(Date.now() - 20 * 60_000) });
    expect([stale.status, stale.body.Code]).toEqual([400, 'InvalidTimeStamp.Expired']);

    const first = await call('DescribeScalingGroups', {}, { nonce: 'same-nonce-twice' });
    const replay = await call('DescribeScalingGroups', {}, { nonce: 'same-nonce-twice' });
    expect(first.status).toBe(200);
    expect([replay.status, replay.body.Code]).toEqual([400, 'SignatureNonceUsed']);

    const unsigned = await call('DescribeScalingGroups', {}, { tamper: { Signature: undefined } });
    expect([unsigned.status, unsigned.body.Code]).toEqual([400, 'MissingParameter']);
  });

  it('the signature is HMAC-SHA1 over the sorted, encoded parameters with the secret and "&" as the key', () => {
    // Alibaba Cloud's own documented example (ECS DescribeRegions, key testsecret): the published signature.
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(rpcSignature('testsecret', 'GET', params)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('refuses an unknown action, a wrong version and a missing or unknown region', async () => {
    expect((await call('DescribeNothing')).body.Code).toBe('InvalidAction.NotFound');
    expect((await call('DescribeScalingGroups', {}, { version: '2022-02-22' })).body.Code).toBe('InvalidVersion');
    const missing = await aliyunCall(emulator.url, 'DescribeScalingGroups', {});
    expect([missing.status, missing.body.Code, missing.body.Message]).toEqual([400, 'MissingParameter', expect.stringContaining('"RegionId"')]);
    expect((await call('DescribeScalingGroups', { RegionId: 'cn-atlantis' })).body.Code).toBe('InvalidRegionId.NotFound');
  });
});

describe('ECS DescribeInstances', () => {
  it('pages 1-based and filters by VPC, status and a JSON list of IDs', async () => {
    const all = await call('DescribeInstances', { PageSize: 100 }, { version: ECS_VERSION });
    expect(all.body.TotalCount).toBe(10);
    const page2 = await call('DescribeInstances', { PageSize: 4, PageNumber: 3 }, { version: ECS_VERSION });
    expect(page2.body.Instances.Instance).toHaveLength(2);
    const web = await instance('web-01');
    const inVpc = await call('DescribeInstances', { VpcId: web.VpcAttributes.VpcId, Status: 'Running', PageSize: 100 }, { version: ECS_VERSION });
    expect(inVpc.body.Instances.Instance.every((i: EcsInstance) => i.VpcAttributes.VpcId === web.VpcAttributes.VpcId && i.Status === 'Running')).toBe(true);
    const byId = await call('DescribeInstances', { InstanceIds: JSON.stringify([web.InstanceId]) }, { version: ECS_VERSION });
    expect(byId.body.Instances.Instance.map((i: EcsInstance) => i.InstanceName)).toEqual(['web-01']);
    expect((await call('DescribeInstances', { InstanceIds: 'i-1,i-2' }, { version: ECS_VERSION })).body.Code).toBe('InvalidInstanceIds.Malformed');
  });
  it('matches InstanceName with * as a wildcard, and refuses a name past 128 characters instead of failing', async () => {
    const named = await call('DescribeInstances', { InstanceName: 'web-*', PageSize: 100 }, { version: ECS_VERSION });
    const names = named.body.Instances.Instance.map((i: EcsInstance) => i.InstanceName);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n: string) => n.startsWith('web-'))).toBe(true);
    expect(
      (await call('DescribeInstances', { InstanceName: '*0*1', PageSize: 100 }, { version: ECS_VERSION })).body.Instances.Instance.map((i: EcsInstance) => i.InstanceName),
    ).toContain('web-01');
    const long = await call('DescribeInstances', { InstanceName: `${'y*'.repeat(20_000)}` }, { version: ECS_VERSION });
    expect([long.status, long.body.Code]).toEqual([400, 'InvalidParameter']);
  });
});

describe('ESS AttachInstances', () => {
  it('refuses pushing the total capacity past MaxSize', async () => {
    // worker-asg holds 2 of at most 3.
    const res = await attach('worker-asg', ['app-03', 'app-05']);
    expect([res.status, res.body.Code]).toEqual([400, 'IncorrectCapacity.MaxSize']);
    expect(res.body.Message).toContain('MaxSize of 3');
    expect(await group('worker-asg')).toMatchObject({ TotalCapacity: 2, MaxSize: 3 });
  });

  it('is all or nothing: one refused instance leaves every other one out of the group', async () => {
    const before = await group('web-asg');
    const res = await attach('web-asg', ['app-05', 'app-06-stopped']);
    expect(res.body.Code).toBe('IncorrectInstanceStatus');
    expect(res.body.Message).toContain((await instance('app-06-stopped')).InstanceId);
    expect((await group('web-asg')).TotalCapacity).toBe(before.TotalCapacity);
    const members = await call('DescribeScalingInstances', { InstanceId: [(await instance('app-05')).InstanceId] });
    expect(members.body.ScalingInstances.ScalingInstance).toEqual([]);
    const activities = await call('DescribeScalingActivities', { ScalingGroupId: before.ScalingGroupId });
    expect(activities.body.TotalCount).toBe(0);
  });

  it('starts an activity that progresses over time and puts the instances in service with their weights', async () => {
    const before = await group('web-asg');
    const { status, body } = await attach('web-asg', ['app-03', 'app-04'], { LoadBalancerWeight: [80, 0] });
    expect(status).toBe(200);
    expect(body.ScalingActivityId).toMatch(/^asa-bp[a-z0-9]{18}$/);

    const activity = async () =>
      (await call('DescribeScalingActivities', { ScalingGroupId: before.ScalingGroupId, ScalingActivityId: [body.ScalingActivityId] })).body.ScalingActivities.ScalingActivity[0];
    expect(await activity()).toMatchObject({ StatusCode: 'InProgress', Progress: 0, ScalingInstanceNumber: 2 });
    const pending = await group('web-asg');
    expect(pending).toMatchObject({ TotalCapacity: before.TotalCapacity + 2, PendingCapacity: 2, ActiveCapacity: before.ActiveCapacity });

    // Another attach while it runs is refused, and nothing changes.
    const busy = await attach('web-asg', ['app-05']);
    expect([busy.status, busy.body.Code]).toEqual([400, 'ScalingActivityInProgress']);

    clock.advance(6_000);
    const halfway = await activity();
    expect(halfway.StatusCode).toBe('InProgress');
    expect(halfway.Progress).toBeGreaterThan(0);
    expect(halfway.Progress).toBeLessThan(100);

    clock.advance(10_000);
    expect(await activity()).toMatchObject({ StatusCode: 'Successful', Progress: 100, EndTime: expect.stringMatching(/Z$/) });
    const members = (await call('DescribeScalingInstances', { ScalingGroupId: before.ScalingGroupId, CreationType: 'Attached' })).body.ScalingInstances.ScalingInstance;
    const byId = Object.fromEntries(members.map((m: any) => [m.InstanceId, m]));
    expect(byId[(await instance('app-03')).InstanceId]).toMatchObject({ LifecycleState: 'InService', LoadBalancerWeight: 80, CreationType: 'Attached' });
    expect(byId[(await instance('app-04')).InstanceId]).toMatchObject({ LifecycleState: 'InService', LoadBalancerWeight: 0 });
    expect(await group('web-asg')).toMatchObject({ TotalCapacity: before.TotalCapacity + 2, ActiveCapacity: before.ActiveCapacity + 2, PendingCapacity: 0 });
  });

  it('refuses an instance that is already in a group, naming the group', async () => {
    const worker = await group('worker-asg');
    const res = await attach('web-asg', ['worker-09']);
    expect([res.status, res.body.Code]).toEqual([400, 'InvalidInstanceId.InUse']);
    expect(res.body.Message).toContain(worker.ScalingGroupId);
  });

  it('refuses instances that are not Running, in another VPC, or in the classic network of a VPC group', async () => {
    const stopped = await attach('legacy-classic-asg', ['app-06-stopped']);
    expect([stopped.status, stopped.body.Code]).toEqual([400, 'IncorrectInstanceStatus']);
    const otherVpc = await call('AttachInstances', { ScalingGroupId: (await group('worker-asg')).ScalingGroupId, InstanceId: [(await instance('analytics-07')).InstanceId] });
    expect(otherVpc.body.Code).toBe('InvalidInstanceId.VPCMismatch');
    const classic = await call('AttachInstances', { ScalingGroupId: (await group('worker-asg')).ScalingGroupId, InstanceId: [(await instance('legacy-08')).InstanceId] });
    expect(classic.body.Code).toBe('InvalidInstanceId.NetworkTypeMismatch');
    // A classic group takes no VPC instance.
    expect((await attach('legacy-classic-asg', ['app-05'])).body.Code).toBe('InvalidInstanceId.NetworkTypeMismatch');
  });

  it('refuses a group that is not Active, one whose load balancer is down, and an unknown group', async () => {
    const paused = await attach('paused-asg', ['app-05']);
    expect([paused.status, paused.body.Code]).toEqual([400, 'IncorrectScalingGroupStatus']);
    expect((await attach('api-asg', ['app-05'])).body.Code).toBe('IncorrectLoadBalancerStatus');
    const unknown = await call('AttachInstances', { ScalingGroupId: 'asg-bp0000000000000000', InstanceId: [(await instance('app-05')).InstanceId] });
    expect([unknown.status, unknown.body.Code]).toEqual([404, 'InvalidScalingGroupId.NotFound']);
  });

  it('refuses an unknown instance, and one from another region', async () => {
    const missing = await call('AttachInstances', { ScalingGroupId: (await group('worker-asg')).ScalingGroupId, InstanceId: ['i-bp000000000000000000'] });
    expect([missing.status, missing.body.Code, missing.body.Message]).toEqual([404, 'InvalidInstanceId.NotFound', 'Instance "i-bp000000000000000000" does not exist.']);
    const shanghai = await instance('sh-app-02', 'cn-shanghai');
    const elsewhere = await call('AttachInstances', { ScalingGroupId: (await group('worker-asg')).ScalingGroupId, InstanceId: [shanghai.InstanceId] });
    expect(elsewhere.body.Code).toBe('InvalidInstanceId.RegionMismatch');
  });

  it('checks the lists: at most 20 instances, weights 0–100 that match an instance, no duplicates', async () => {
    const id = (await group('worker-asg')).ScalingGroupId;
    const free = (await instance('app-05')).InstanceId;
    const twentyOne = await call('AttachInstances', { ScalingGroupId: id, InstanceId: Array.from({ length: 21 }, (_, i) => `i-bp${String(i).padStart(18, '0')}`) });
    expect([twentyOne.status, twentyOne.body.Code, twentyOne.body.Message]).toEqual([400, 'InvalidParameter', expect.stringContaining('InstanceId.21')]);
    const heavy = await call('AttachInstances', { ScalingGroupId: id, InstanceId: [free], LoadBalancerWeight: [101] });
    expect([heavy.body.Code, heavy.body.Message]).toEqual(['InvalidParameter', expect.stringContaining('LoadBalancerWeight.1')]);
    const stray = await call('AttachInstances', { ScalingGroupId: id, InstanceId: [free], LoadBalancerWeight: [50, 50] });
    expect(stray.body.Message).toContain('LoadBalancerWeight.2');
    expect((await call('AttachInstances', { ScalingGroupId: id, InstanceId: [free, free] })).body.Code).toBe('InvalidParameter');
    const none = await call('AttachInstances', { ScalingGroupId: id });
    expect([none.body.Code, none.body.Message]).toEqual(['MissingParameter', expect.stringContaining('InstanceId.1')]);
    expect((await group('worker-asg')).TotalCapacity).toBe(2);
  });
});
