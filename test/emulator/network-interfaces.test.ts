import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { NetworkInterface } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Elastic network interfaces (seed 004): create, bind asynchronously (a task polled by the call's RequestId), unbind,
// delete, and every binding rule with its code.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const cvm = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const vpc = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou', service: 'vpc' });

let defaultVpc: string;
let prodVpc: string;
let securityGroup: string;
const subnetIn = async (vpcId: string, zone: string) =>
  (
    await vpc('DescribeSubnets', {
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'zone', Values: [zone] },
      ],
    })
  ).Response.SubnetSet[0]?.SubnetId as string;

beforeAll(async () => {
  const vpcs = (await vpc('DescribeVpcs', {})).Response.VpcSet as { VpcId: string; IsDefault: boolean }[];
  defaultVpc = vpcs.find((v) => v.IsDefault)!.VpcId;
  prodVpc = vpcs.find((v) => !v.IsDefault)!.VpcId;
  securityGroup = (await vpc('DescribeSecurityGroups', {})).Response.SecurityGroupSet[0].SecurityGroupId;
});

async function launch(zone: string, overrides: object = {}): Promise<string> {
  const run = await cvm('RunInstances', { Placement: { Zone: zone }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...overrides });
  expect(errorCode(run)).toBeUndefined();
  clock.advance(13_000);
  return run.Response.InstanceIdSet[0];
}

async function createEni(zone: string, overrides: object = {}): Promise<NetworkInterface> {
  const response = await vpc('CreateNetworkInterface', {
    VpcId: defaultVpc,
    SubnetId: await subnetIn(defaultVpc, zone),
    NetworkInterfaceName: `eni-${zone}`,
    SecurityGroupIds: [securityGroup],
    ...overrides,
  });
  expect(errorCode(response)).toBeUndefined();
  return response.Response.NetworkInterface;
}

const task = async (taskId: string) => (await vpc('DescribeVpcTaskResult', { TaskId: taskId })).Response;
const eni = async (id: string) => (await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [id] })).Response.NetworkInterfaceSet[0] as NetworkInterface;

describe('binding and unbinding', () => {
  it('binds asynchronously: ATTACHING and RUNNING until the task lands, then bound with SUCCESS', async () => {
    const instance = await launch('ap-guangzhou-3');
    const created = await createEni('ap-guangzhou-3');
    expect(created).toMatchObject({ State: 'AVAILABLE', Attachment: null, Zone: 'ap-guangzhou-3', GroupSet: [securityGroup] });
    expect(created.PrivateIpAddressSet[0]!.Primary).toBe(true);
    const attach = await vpc('AttachNetworkInterface', { NetworkInterfaceId: created.NetworkInterfaceId, InstanceId: instance });
    expect(errorCode(attach)).toBeUndefined();
    expect(await task(attach.Response.RequestId)).toMatchObject({ Status: 'RUNNING' });
    expect((await eni(created.NetworkInterfaceId)).State).toBe('ATTACHING');
    clock.advance(2_500);
    expect(await task(attach.Response.RequestId)).toMatchObject({ Status: 'SUCCESS', Output: 'SUCCESS', Result: [{ ResourceId: created.NetworkInterfaceId, Status: 'SUCCESS' }] });
    expect(await eni(created.NetworkInterfaceId)).toMatchObject({ State: 'AVAILABLE', Attachment: { InstanceId: instance, DeviceIndex: 1 } });
    const byInstance = await vpc('DescribeNetworkInterfaces', { Filters: [{ Name: 'attachment.instance-id', Values: [instance] }] });
    // The elastic interface and the instance's primary one (primary-network-interfaces.test.ts).
    expect(byInstance.Response.TotalCount).toBe(2);

    expect(errorCode(await vpc('DeleteNetworkInterface', { NetworkInterfaceId: created.NetworkInterfaceId }))).toBe('UnsupportedOperation.ResourceIsInvalidState');
    const detach = await vpc('DetachNetworkInterface', { NetworkInterfaceId: created.NetworkInterfaceId, InstanceId: instance });
    expect((await eni(created.NetworkInterfaceId)).State).toBe('DETACHING');
    clock.advance(2_500);
    expect(await task(detach.Response.RequestId)).toMatchObject({ Status: 'SUCCESS' });
    expect(await eni(created.NetworkInterfaceId)).toMatchObject({ State: 'AVAILABLE', Attachment: null });
    expect(errorCode(await vpc('DeleteNetworkInterface', { NetworkInterfaceId: created.NetworkInterfaceId }))).toBeUndefined();
    expect(errorCode(await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [created.NetworkInterfaceId] }))).toBeUndefined();
    expect((await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [created.NetworkInterfaceId] })).Response.TotalCount).toBe(0);
  });

  it('answers a repeated ClientToken with the same task once it has ended, and a reused token for another request with a mismatch', async () => {
    const instance = await launch('ap-guangzhou-4');
    const created = await createEni('ap-guangzhou-4');
    const params = { NetworkInterfaceId: created.NetworkInterfaceId, InstanceId: instance, ClientToken: 'attach-once' };
    const first = await vpc('AttachNetworkInterface', params);
    // Seed 004 line 172: the first request is still being processed.
    expect(errorCode(await vpc('AttachNetworkInterface', params))).toBe('UnsupportedOperation.IdempotentProcessing');
    clock.advance(2_500);
    const again = await vpc('AttachNetworkInterface', params);
    expect(errorCode(again)).toBeUndefined();
    expect((await task(again.Response.RequestId)).Status).toBe('SUCCESS');
    expect((await task(first.Response.RequestId)).Status).toBe('SUCCESS');
    const other = await createEni('ap-guangzhou-4');
    expect(errorCode(await vpc('AttachNetworkInterface', { ...params, NetworkInterfaceId: other.NetworkInterfaceId }))).toBe('UnsupportedOperation.IdempotentParameterMismatch');
  });
});

describe('binding rules', () => {
  it('refuses an interface bound already, another zone, another VPC, a stopped-in-between state, an unsupported family, and a full instance', async () => {
    const instance = await launch('ap-guangzhou-3');
    const bound = await createEni('ap-guangzhou-3');
    await vpc('AttachNetworkInterface', { NetworkInterfaceId: bound.NetworkInterfaceId, InstanceId: instance });
    clock.advance(2_500);
    const another = await launch('ap-guangzhou-3');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: bound.NetworkInterfaceId, InstanceId: another }))).toBe(
      'UnsupportedOperation.AttachmentAlreadyExists',
    );

    const elsewhere = await createEni('ap-guangzhou-4');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: elsewhere.NetworkInterfaceId, InstanceId: another }))).toBe('UnsupportedOperation.ZoneMismatch');

    const prodSubnet = await subnetIn(prodVpc, 'ap-guangzhou-3');
    const prodEni = (await vpc('CreateNetworkInterface', { VpcId: prodVpc, SubnetId: prodSubnet, NetworkInterfaceName: 'prod-eni', SecurityGroupIds: [securityGroup] })).Response
      .NetworkInterface;
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: prodEni.NetworkInterfaceId, InstanceId: another }))).toBe('UnsupportedOperation.VpcMismatch');

    await cvm('StopInstances', { InstanceIds: [another] });
    const free = await createEni('ap-guangzhou-3');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: free.NetworkInterfaceId, InstanceId: another }))).toBe('UnsupportedOperation.InvalidState');
    clock.advance(6_000);
    // Stopped (not the recycle bin's SHUTDOWN) is a state an interface may be bound in.
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: free.NetworkInterfaceId, InstanceId: another }))).toBeUndefined();

    const highIo = await launch('ap-guangzhou-4', { InstanceType: 'IT5.4XLARGE64' });
    const forHighIo = await createEni('ap-guangzhou-4');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: forHighIo.NetworkInterfaceId, InstanceId: highIo }))).toBe(
      'UnsupportedOperation.UnsupportedInstanceFamily',
    );

    const small = await launch('ap-guangzhou-6', { InstanceType: 'S5.SMALL2' });
    const [one, two] = [await createEni('ap-guangzhou-6'), await createEni('ap-guangzhou-6')];
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: one.NetworkInterfaceId, InstanceId: small }))).toBeUndefined();
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: two.NetworkInterfaceId, InstanceId: small }))).toBe('LimitExceeded');
  });

  it('refuses an interface without a security group, malformed and unknown IDs', async () => {
    const instance = await launch('ap-guangzhou-6');
    const bare = await createEni('ap-guangzhou-6', { SecurityGroupIds: [] });
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: bare.NetworkInterfaceId, InstanceId: instance }))).toBe('UnsupportedOperation');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: 'eni-1', InstanceId: instance }))).toBe('InvalidParameterValue.Malformed');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: 'eni-00000000', InstanceId: instance }))).toBe('ResourceNotFound');
    expect(errorCode(await vpc('AttachNetworkInterface', { NetworkInterfaceId: bare.NetworkInterfaceId, InstanceId: 'ins-00000000' }))).toBe('ResourceNotFound');
    expect(errorCode(await vpc('DescribeVpcTaskResult', { TaskId: 'no-such-task' }))).toBe('ResourceNotFound');
  });

  it('frees an interface when its instance is destroyed', async () => {
    const instance = await launch('ap-guangzhou-7');
    const created = await createEni('ap-guangzhou-7');
    await vpc('AttachNetworkInterface', { NetworkInterfaceId: created.NetworkInterfaceId, InstanceId: instance });
    clock.advance(2_500);
    await cvm('TerminateInstances', { InstanceIds: [instance] });
    clock.advance(4_000);
    expect(await eni(created.NetworkInterfaceId)).toMatchObject({ State: 'AVAILABLE', Attachment: null });
  });
});
