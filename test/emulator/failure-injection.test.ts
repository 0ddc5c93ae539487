import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { HaiInstance, Instance, NetworkInterface } from '@cvm/shared';
import { aliyunCall } from '../support/aliyun-call.ts';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Failure injection through the emulator's public surface (RunningEmulator.faults, the `failures` option, --fail):
// each kind of change that fails ends in the state the cloud documents for a failure, and the one after succeeds.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());
afterEach(() => emulator.faults.clear());

const cvm = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const vpc = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou', service: 'vpc' });
const hai = (action: string, params: object) => signedCall(emulator.url, action, params, { service: 'hai', version: '2023-08-12', region: 'ap-guangzhou' });
const instance = async (name: string) => (await cvm('DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] })).Response.InstanceSet[0] as Instance;

describe('CVM', () => {
  it('a start that fails leaves the instance STOPPED with LatestOperationState FAILED and the reason; the next start succeeds', async () => {
    const staging = await instance('staging-app');
    expect(staging.InstanceState).toBe('STOPPED');
    emulator.faults.failNext('cvm.StartInstances', { message: 'The host ran out of capacity; the start was rolled back.' });

    const start = await cvm('StartInstances', { InstanceIds: [staging.InstanceId] });
    expect(errorCode(start)).toBeUndefined();
    expect(await instance('staging-app')).toMatchObject({ InstanceState: 'STARTING', LatestOperation: 'StartInstances', LatestOperationState: 'OPERATING' });
    clock.advance(4_000);
    expect(await instance('staging-app')).toMatchObject({
      InstanceState: 'STOPPED',
      LatestOperation: 'StartInstances',
      LatestOperationState: 'FAILED',
      LatestOperationRequestId: start.Response.RequestId,
      LatestOperationErrorMsg: 'The host ran out of capacity; the start was rolled back.',
    });

    expect(errorCode(await cvm('StartInstances', { InstanceIds: [staging.InstanceId] }))).toBeUndefined();
    clock.advance(4_000);
    expect(await instance('staging-app')).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS', LatestOperationErrorMsg: '' });
  });

  it('a failed stop (HARD included) returns the instance to RUNNING; a failed launch ends LAUNCH_FAILED, holding no quota', async () => {
    const web = await instance('web-prod-01');
    emulator.faults.failNext('cvm.StopInstances');
    await cvm('StopInstances', { InstanceIds: [web.InstanceId], StopType: 'HARD' });
    clock.advance(2_000);
    expect(await instance('web-prod-01')).toMatchObject({
      InstanceState: 'RUNNING',
      LatestOperationState: 'FAILED',
      LatestOperationErrorMsg: 'The operation failed on the host; retry it.',
    });

    emulator.faults.failNext('cvm.RunInstances');
    const run = await cvm('RunInstances', { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', InstanceName: 'never-runs' });
    expect(errorCode(run)).toBeUndefined();
    clock.advance(13_000);
    expect(await instance('never-runs')).toMatchObject({
      InstanceState: 'LAUNCH_FAILED',
      LatestOperation: 'RunInstances',
      LatestOperationState: 'FAILED',
      LatestOperationErrorMsg: 'ResourceInsufficient.SpecifiedInstanceType',
    });
  });
});

describe('HAI', () => {
  it('a start that fails leaves the instance STOPPED_NO_CHARGE with LatestOperationState FAILED', async () => {
    const list = (await hai('DescribeInstances', { Limit: 100 })).Response.InstanceSet as HaiInstance[];
    const notebook = list.find((i) => i.InstanceName === 'pytorch-notebook')!;
    emulator.faults.failNext('hai.StartInstance');
    expect(errorCode(await hai('StartInstance', { InstanceId: notebook.InstanceId }))).toBeUndefined();
    clock.advance(5_000);
    const after = (await hai('DescribeInstances', { InstanceIds: [notebook.InstanceId] })).Response.InstanceSet[0] as HaiInstance;
    expect(after).toMatchObject({ InstanceState: 'STOPPED_NO_CHARGE', LatestOperation: 'StartInstance', LatestOperationState: 'FAILED' });
  });
});

describe('VPC tasks', () => {
  it('a bind that fails ends its task FAILED with the reason, and the interface stays free', async () => {
    const run = await cvm('RunInstances', { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', InstanceName: 'eni-host' });
    clock.advance(13_000);
    const instanceId = run.Response.InstanceIdSet[0] as string;
    const vpcs = (await vpc('DescribeVpcs', {})).Response.VpcSet as { VpcId: string; IsDefault: boolean }[];
    const vpcId = vpcs.find((v) => v.IsDefault)!.VpcId;
    const subnet = (
      await vpc('DescribeSubnets', {
        Filters: [
          { Name: 'vpc-id', Values: [vpcId] },
          { Name: 'zone', Values: ['ap-guangzhou-3'] },
        ],
      })
    ).Response.SubnetSet[0].SubnetId;
    const group = (await vpc('DescribeSecurityGroups', {})).Response.SecurityGroupSet[0].SecurityGroupId;
    const eni = (await vpc('CreateNetworkInterface', { VpcId: vpcId, SubnetId: subnet, NetworkInterfaceName: 'flaky', SecurityGroupIds: [group] })).Response
      .NetworkInterface as NetworkInterface;

    emulator.faults.failNext('vpc.AttachNetworkInterface', { message: 'InternalError: the hypervisor refused the interface.' });
    const attach = await vpc('AttachNetworkInterface', { NetworkInterfaceId: eni.NetworkInterfaceId, InstanceId: instanceId });
    expect((await vpc('DescribeVpcTaskResult', { TaskId: attach.Response.RequestId })).Response.Status).toBe('RUNNING');
    clock.advance(2_000);
    expect((await vpc('DescribeVpcTaskResult', { TaskId: attach.Response.RequestId })).Response).toMatchObject({
      Status: 'FAILED',
      Output: 'InternalError: the hypervisor refused the interface.',
      Result: [{ ResourceId: eni.NetworkInterfaceId, Status: 'FAILED' }],
    });
    const after = (await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [eni.NetworkInterfaceId] })).Response.NetworkInterfaceSet[0];
    expect(after).toMatchObject({ State: 'AVAILABLE', Attachment: null });
  });
});

describe('Aliyun Auto Scaling', () => {
  it('an attach that fails ends its activity Failed with the reason, and the instances leave the group', async () => {
    const call = (action: string, params: Record<string, unknown> = {}, options = {}) => aliyunCall(emulator.url, action, { RegionId: 'cn-hangzhou', ...params }, options);
    const groups = (await call('DescribeScalingGroups', { PageSize: 50 })).body.ScalingGroups.ScalingGroup as {
      ScalingGroupId: string;
      ScalingGroupName: string;
      TotalCapacity: number;
    }[];
    const worker = groups.find((g) => g.ScalingGroupName === 'worker-asg')!;
    const ecs = (await call('DescribeInstances', { PageSize: 100 }, { version: '2014-05-26' })).body.Instances.Instance as { InstanceId: string; InstanceName: string }[];
    const free = ecs.find((i) => i.InstanceName === 'app-05')!;

    emulator.faults.failNext('ess.AttachInstances', { message: 'The instance failed its health check.' });
    const attach = await call('AttachInstances', { ScalingGroupId: worker.ScalingGroupId, InstanceId: [free.InstanceId] });
    expect(attach.status).toBe(200);
    clock.advance(12_000);
    const activity = (await call('DescribeScalingActivities', { ScalingGroupId: worker.ScalingGroupId, ScalingActivityId: [attach.body.ScalingActivityId] })).body.ScalingActivities
      .ScalingActivity[0];
    expect(activity).toMatchObject({ StatusCode: 'Failed', StatusMessage: 'The instance failed its health check.', Progress: 100, EndTime: expect.stringMatching(/Z$/) });
    const after = (await call('DescribeScalingGroups', { ScalingGroupId: [worker.ScalingGroupId] })).body.ScalingGroups.ScalingGroup[0];
    expect(after).toMatchObject({ TotalCapacity: worker.TotalCapacity, PendingCapacity: 0 });
  });
});

describe('failures asked for at start', () => {
  it('takes rules in the emulator options (what --fail sets), by probability too, and refuses unknown names', async () => {
    const flaky = await startEmulator({ rateLimits: false, clock, failures: [{ transition: 'cvm.RebootInstances', probability: 1 }] });
    try {
      const call = (action: string, params: object) => signedCall(flaky.url, action, params, { region: 'ap-guangzhou' });
      const api = (await call('DescribeInstances', { Filters: [{ Name: 'instance-name', Values: ['api-gateway'] }] })).Response.InstanceSet[0] as Instance;
      for (let i = 0; i < 2; i++) {
        expect(errorCode(await call('RebootInstances', { InstanceIds: [api.InstanceId] }))).toBeUndefined();
        clock.advance(6_000);
        const after = (await call('DescribeInstances', { InstanceIds: [api.InstanceId] })).Response.InstanceSet[0] as Instance;
        expect(after).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'RebootInstances', LatestOperationState: 'FAILED' });
      }
    } finally {
      await flaky.close();
    }
    await expect(startEmulator({ failures: [{ transition: 'cvm.Nope' }] })).rejects.toThrow(/No transition is called cvm\.Nope/);
  });
});
