import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcsInstance, ScalingGroup } from '@cvm/shared';
import { createUser, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';

// Alibaba Cloud through the console: the embedded emulator is also an Aliyun account; the console signs its calls with
// Aliyun's RPC signature, carries the cloud's Code, Message, HTTP status and RequestId to the browser, audits
// mutations, and never sends an Aliyun action with a Tencent account's keys (or the other way round).

let running: TestConsole;
let admin: ConsoleClient;
let viewer: ConsoleClient;
const HANGZHOU = { 'X-Region': 'cn-hangzhou', 'X-Account': 'emulator-aliyun' };

beforeAll(async () => {
  running = await startTestConsole({ EMULATOR_TRANSITION_SCALE: '0' });
  admin = await setupAdmin(running);
  viewer = await createUser(admin, 'vera', 'viewer');
});
afterAll(() => running.close());

const aliyun = (client: ConsoleClient, service: string, action: string, params: object = {}) => client.call(service, action, params, HANGZHOU);

async function groupNamed(name: string): Promise<ScalingGroup> {
  const { json } = await aliyun(admin, 'ess', 'DescribeScalingGroups', { PageSize: 50 });
  return (json.ScalingGroups.ScalingGroup as ScalingGroup[]).find((g) => g.ScalingGroupName === name)!;
}
async function instanceNamed(name: string): Promise<EcsInstance> {
  const { json } = await aliyun(admin, 'ecs', 'DescribeInstances', { PageSize: 100 });
  return (json.Instances.Instance as EcsInstance[]).find((i) => i.InstanceName === name)!;
}

describe('the Alibaba Cloud account', () => {
  it('is listed beside the Tencent Cloud one, with its cloud and without its secret', async () => {
    const { json, text } = await viewer.request('GET', '/api/console/accounts');
    expect(json.accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'emulator', cloud: 'tencent' }),
        expect.objectContaining({ id: 'emulator-aliyun', cloud: 'aliyun', defaultRegion: 'cn-hangzhou', secretIdLast4: '0001' }),
      ]),
    );
    expect(text).not.toContain('emulator-aliyun-secret');
    expect(text).not.toContain('LTAI5tEmulatorLocal0001');
  });

  it('answers ECS and ESS reads for the region in the header', async () => {
    const regions = await aliyun(viewer, 'ecs', 'DescribeRegions');
    expect(regions.json.Regions.Region.map((r: { RegionId: string }) => r.RegionId)).toEqual(['cn-hangzhou', 'cn-shanghai']);
    const shanghai = await viewer.call('ess', 'DescribeScalingGroups', {}, { ...HANGZHOU, 'X-Region': 'cn-shanghai' });
    expect(shanghai.json.ScalingGroups.ScalingGroup.map((g: ScalingGroup) => g.RegionId)).toEqual(['cn-shanghai']);
    expect(shanghai.json.RequestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('attaches instances with weights, audits it with the RequestId, and the activity reaches Successful', async () => {
    const group = await groupNamed('web-asg');
    const app = await instanceNamed('app-03');
    const attached = await aliyun(admin, 'ess', 'AttachInstances', { ScalingGroupId: group.ScalingGroupId, InstanceId: [app.InstanceId], LoadBalancerWeight: [70] });
    expect(attached.status).toBe(200);
    expect(attached.json.ScalingActivityId).toMatch(/^asa-/);

    const activities = await aliyun(viewer, 'ess', 'DescribeScalingActivities', { ScalingGroupId: group.ScalingGroupId, ScalingActivityId: [attached.json.ScalingActivityId] });
    expect(activities.json.ScalingActivities.ScalingActivity[0]).toMatchObject({ StatusCode: 'Successful', Progress: 100 });
    const members = await aliyun(viewer, 'ess', 'DescribeScalingInstances', { ScalingGroupId: group.ScalingGroupId, InstanceId: [app.InstanceId] });
    expect(members.json.ScalingInstances.ScalingInstance[0]).toMatchObject({ LoadBalancerWeight: 70, CreationType: 'Attached' });

    const { json } = await admin.request('GET', '/api/console/audit?action=ess.AttachInstances');
    expect(json.entries[0]).toMatchObject({
      outcome: 'success',
      accountId: 'emulator-aliyun',
      region: 'cn-hangzhou',
      requestId: attached.json.RequestId,
      targets: expect.arrayContaining([app.InstanceId, group.ScalingGroupId]),
    });
  });

  it("carries the cloud's code, words, HTTP status and RequestId when it refuses, and audits the failure", async () => {
    const paused = await groupNamed('paused-asg');
    const app = await instanceNamed('app-04');
    const refused = await aliyun(admin, 'ess', 'AttachInstances', { ScalingGroupId: paused.ScalingGroupId, InstanceId: [app.InstanceId] });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'IncorrectScalingGroupStatus', message: expect.stringContaining('Inactive'), requestId: expect.stringMatching(/^[0-9A-F-]{36}$/) });

    const missing = await aliyun(admin, 'ess', 'AttachInstances', { ScalingGroupId: 'asg-bp0000000000000000', InstanceId: [app.InstanceId] });
    expect([missing.status, missing.json.code]).toEqual([404, 'InvalidScalingGroupId.NotFound']);

    const { json } = await admin.request('GET', '/api/console/audit?action=ess.AttachInstances&outcome=failure');
    expect(json.entries.map((e: { errorCode: string }) => e.errorCode)).toEqual(expect.arrayContaining(['IncorrectScalingGroupStatus', 'InvalidScalingGroupId.NotFound']));
  });

  it('refuses bad parameters before signing anything, naming the field', async () => {
    const group = await groupNamed('web-asg');
    const heavy = await aliyun(admin, 'ess', 'AttachInstances', { ScalingGroupId: group.ScalingGroupId, InstanceId: ['i-bp1'], LoadBalancerWeight: [150] });
    expect(heavy.status).toBe(400);
    expect(heavy.json.field).toBe('LoadBalancerWeight.0');
    const many = await aliyun(admin, 'ess', 'AttachInstances', { ScalingGroupId: group.ScalingGroupId, InstanceId: Array.from({ length: 21 }, (_, i) => `i-${i}`) });
    expect([many.status, many.json.field]).toEqual([400, 'InstanceId']);
  });

  it("never sends an action to the other cloud's account", async () => {
    const cvmOnAliyun = await admin.call('cvm', 'DescribeInstances', {}, HANGZHOU);
    expect([cvmOnAliyun.status, cvmOnAliyun.json.code]).toEqual([400, 'CloudMismatch']);
    expect(cvmOnAliyun.json.message).toContain('Alibaba Cloud account');
    const essOnTencent = await admin.call('ess', 'DescribeScalingGroups', {}, { 'X-Region': 'cn-hangzhou', 'X-Account': 'emulator' });
    expect([essOnTencent.status, essOnTencent.json.code]).toEqual([400, 'CloudMismatch']);
  });

  it('lets an operator attach but a viewer only look', async () => {
    const refused = await aliyun(viewer, 'ess', 'AttachInstances', { ScalingGroupId: 'asg-x', InstanceId: ['i-x'] });
    expect([refused.status, refused.json.code]).toEqual([403, 'Forbidden']);
  });

  it('takes Alibaba Cloud keys as a stored account, and tests them with ECS DescribeRegions', async () => {
    const created = await admin.request('POST', '/api/console/accounts', {
      name: 'Aliyun team',
      cloud: 'aliyun',
      secretId: 'LTAI5tEmulatorLocal0001',
      secretKey: 'emulator-aliyun-secret',
      defaultRegion: 'cn-hangzhou',
    });
    expect(created.status).toBe(201);
    expect(created.json.account).toMatchObject({ cloud: 'aliyun', secretIdLast4: '0001' });
    const tested = await admin.request('POST', `/api/console/accounts/${created.json.account.id}/test`);
    expect(tested.json).toMatchObject({ ok: true, regionCount: 2 });
    const groups = await admin.call('ess', 'DescribeScalingGroups', {}, { 'X-Region': 'cn-hangzhou', 'X-Account': created.json.account.id });
    expect(groups.json.TotalCount).toBe(5);

    const wrongKey = await admin.request('POST', '/api/console/accounts', {
      name: 'Aliyun wrong',
      cloud: 'aliyun',
      secretId: 'LTAI5tEmulatorLocal0001',
      secretKey: 'not-the-secret',
      defaultRegion: 'cn-hangzhou',
      saveUntested: true,
    });
    const failed = await admin.request('POST', `/api/console/accounts/${wrongKey.json.account.id}/test`);
    expect([failed.status, failed.json.code]).toEqual([400, 'SignatureDoesNotMatch']);
    // The cloud's message quotes the string it signed: parameters, never the secret.
    expect(failed.text).not.toContain('not-the-secret');
  });
});
