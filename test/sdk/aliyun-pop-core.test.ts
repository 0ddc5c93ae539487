import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import RPCClient from '@alicloud/pop-core';
import { DEFAULT_ALIYUN_CREDENTIAL, startEmulator, type RunningEmulator } from '@cvm/emulator';
import { encodeRpcParams, flattenParams, signRpcRequest } from '@cvm/shared/aliyun-rpc';

// Alibaba Cloud's official RPC client (@alicloud/pop-core), pointed at the emulator, works as it does against the cloud:
// its signature verifies, its errors carry the cloud's codes. And the console's own signer produces, for the same
// parameters, nonce and time, the very request the official client sends.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

const client = (apiVersion: string, accessKeySecret = DEFAULT_ALIYUN_CREDENTIAL.accessKeySecret) =>
  new RPCClient({ accessKeyId: DEFAULT_ALIYUN_CREDENTIAL.accessKeyId, accessKeySecret, endpoint: emulator.url, apiVersion });

describe('@alicloud/pop-core against the emulator', () => {
  it('lists instances and groups, attaches an instance and follows its activity to Successful (GET and POST)', async () => {
    const ecs = client('2014-05-26');
    const ess = client('2014-08-28');
    const instances = (await ecs.request('DescribeInstances', { RegionId: 'cn-hangzhou', PageSize: 100 })) as any;
    const app = instances.Instances.Instance.find((i: any) => i.InstanceName === 'app-04');
    const groups = (await ess.request('DescribeScalingGroups', { RegionId: 'cn-hangzhou' }, { method: 'POST' })) as any;
    const web = groups.ScalingGroups.ScalingGroup.find((g: any) => g.ScalingGroupName === 'web-asg');
    const attached = (await ess.request(
      'AttachInstances',
      { RegionId: 'cn-hangzhou', ScalingGroupId: web.ScalingGroupId, 'InstanceId.1': app.InstanceId, 'LoadBalancerWeight.1': 30 },
      { method: 'POST' },
    )) as any;
    expect(attached.ScalingActivityId).toMatch(/^asa-/);
    const activities = (await ess.request('DescribeScalingActivities', { RegionId: 'cn-hangzhou', 'ScalingActivityId.1': attached.ScalingActivityId })) as any;
    expect(activities.ScalingActivities.ScalingActivity[0]).toMatchObject({ StatusCode: 'Successful', Progress: 100 });
    const members = (await ess.request('DescribeScalingInstances', { RegionId: 'cn-hangzhou', ScalingGroupId: web.ScalingGroupId, 'InstanceId.1': app.InstanceId })) as any;
    expect(members.ScalingInstances.ScalingInstance[0]).toMatchObject({ LifecycleState: 'InService', LoadBalancerWeight: 30 });
  });

  it('surfaces the cloud error code, and a wrong secret as SignatureDoesNotMatch', async () => {
    const ess = client('2014-08-28');
    await expect(ess.request('AttachInstances', { RegionId: 'cn-hangzhou', ScalingGroupId: 'asg-bp0000000000000000', 'InstanceId.1': 'i-bp1' })).rejects.toMatchObject({
      code: 'InvalidScalingGroupId.NotFound',
    });
    await expect(client('2014-08-28', 'wrong-secret').request('DescribeScalingGroups', { RegionId: 'cn-hangzhou' })).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('the console signer builds the same signed query as pop-core for the same nonce and time', async () => {
    // pop-core takes its nonce and time from the clock; capture what it sends and sign the same parameters ourselves.
    let sent = '';
    const http = await import('node:http');
    const capture = http.createServer((req, res) => {
      sent = req.url ?? '';
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"RequestId":"X"}');
    });
    await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', () => resolve()));
    const port = (capture.address() as { port: number }).port;
    try {
      const captured = new RPCClient({ ...DEFAULT_ALIYUN_CREDENTIAL, endpoint: `http://127.0.0.1:${port}`, apiVersion: '2014-08-28' });
      await captured.request('AttachInstances', { RegionId: 'cn-hangzhou', ScalingGroupId: 'asg-x', 'InstanceId.1': 'i-a', 'InstanceId.2': 'i-b' });
    } finally {
      capture.close();
    }
    const theirs = Object.fromEntries(new URLSearchParams(sent.replace(/^\/\?/, '')));
    const ours = signRpcRequest(DEFAULT_ALIYUN_CREDENTIAL, 'GET', {
      action: 'AttachInstances',
      version: '2014-08-28',
      params: flattenParams({ RegionId: 'cn-hangzhou', ScalingGroupId: 'asg-x', InstanceId: ['i-a', 'i-b'] }),
      date: new Date(theirs.Timestamp!),
      nonce: theirs.SignatureNonce!,
    });
    expect(ours.Signature).toBe(theirs.Signature);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    // And its encoding round-trips: what the console sends decodes to exactly what it signed.
    expect(Object.fromEntries(new URLSearchParams(encodeRpcParams(ours)))).toEqual(ours);
  });
});
