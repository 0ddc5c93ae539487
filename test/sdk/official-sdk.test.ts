import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { buildCanonicalRequest, buildStringToSign, computeTc3, sha256Hex, signStringToSign } from '@cvm/shared/tc3';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';

// The official Node SDK, unmodified, pointed at the emulator over HTTP: what any SDK user gets.

// The SDK sends even loopback traffic through http_proxy when one is set; these calls must go straight to 127.0.0.1.
for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

const CvmClient = tencentcloud.cvm.v20170312.Client;
let emulator: RunningEmulator;

const client = (secretKey = 'emulator-secret') =>
  new CvmClient({
    credential: { secretId: 'AKIDEMULATOR', secretKey },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 } },
  });

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

describe('official tencentcloud-sdk-nodejs-cvm against the emulator', () => {
  it('lists instances with filters and paging', async () => {
    const response = await client().DescribeInstances({ Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 5 });
    expect(response.TotalCount).toBeGreaterThan(5);
    expect(response.InstanceSet).toHaveLength(5);
    expect(response.InstanceSet!.every((i) => i.InstanceState === 'RUNNING' && /^ins-[a-z0-9]{8}$/.test(i.InstanceId!))).toBe(true);
    expect(response.RequestId).toBeTruthy();
  });

  it('lists zones', async () => {
    const response = await client().DescribeZones();
    expect(response.ZoneSet!.map((z) => z.Zone)).toContain('ap-guangzhou-3');
    expect(response.TotalCount).toBe(response.ZoneSet!.length);
  });

  it('reads instance states', async () => {
    const { InstanceSet } = await client().DescribeInstances({ Limit: 3 });
    const ids = InstanceSet!.map((i) => i.InstanceId!);
    const response = await client().DescribeInstancesStatus({ InstanceIds: ids });
    expect(response.InstanceStatusSet!.map((s) => s.InstanceId)).toEqual(ids);
  });

  it('gets AuthFailure.SignatureFailure with a wrong SecretKey', async () => {
    const failure = await client('wrong-secret')
      .DescribeInstances({})
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'AuthFailure.SignatureFailure' });
    expect((failure as { requestId?: string }).requestId).toBeTruthy();
  });

  it('prices and buys an instance, and a repeated ClientToken buys nothing more', async () => {
    const sdk = client();
    const offerings = await sdk.DescribeZoneInstanceConfigInfos({
      Filters: [
        { Name: 'zone', Values: ['ap-guangzhou-4'] },
        { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] },
      ],
    });
    const offering = offerings.InstanceTypeQuotaSet!.find((item) => item.Status === 'SELL' && item.Cpu === 2)!;
    const request = {
      Placement: { Zone: 'ap-guangzhou-4' },
      ImageId: 'img-487zeit5',
      InstanceType: offering.InstanceType,
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
      InstanceCount: 2,
      InstanceName: 'sdk-{R:1}',
      LoginSettings: { Password: 'Qcloud@TestApi123++' },
    };
    const quote = await sdk.InquiryPriceRunInstances(request);
    expect(quote.Price!.InstancePrice!.UnitPrice).toBeGreaterThan(2 * offering.Price!.UnitPrice! - 0.0001);
    expect(quote.Price!.BandwidthPrice!.ChargeUnit).toBe('GB');
    const keys = await sdk.DescribeKeyPairs({});
    expect(keys.KeyPairSet!.length).toBeGreaterThan(0);
    const dryRun = await sdk.RunInstances({ ...request, DryRun: true }).catch((error: unknown) => error);
    expect(dryRun).toMatchObject({ code: 'DryRunOperation' });
    const bought = await sdk.RunInstances({ ...request, ClientToken: 'sdk-purchase-0001' });
    expect(bought.InstanceIdSet).toHaveLength(2);
    const again = await sdk.RunInstances({ ...request, ClientToken: 'sdk-purchase-0001' });
    expect(again.InstanceIdSet).toEqual(bought.InstanceIdSet);
    const status = await sdk.DescribeInstancesStatus({ InstanceIds: bought.InstanceIdSet });
    expect(status.InstanceStatusSet!.map((s) => s.InstanceState)).toEqual(['PENDING', 'PENDING']);
  });

  it('changes a stopped instance: allowed types, a quoted type change, a grown disk, a new name', async () => {
    const sdk = client();
    const [bought] = (
      await sdk.RunInstances({
        Placement: { Zone: 'ap-guangzhou-4' },
        ImageId: 'img-eb30mz89',
        InstanceType: 'S5.MEDIUM4',
        SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      })
    ).InstanceIdSet!;
    const allowed = await sdk.DescribeInstancesModification({ InstanceIds: [bought!], Filters: [{ Name: 'status', Values: ['SELL'] }] });
    expect(allowed.InstanceTypeConfigStatusSet!.map((s) => s.InstanceTypeConfig!.InstanceType)).toContain('S5.LARGE8');
    const quote = await sdk.InquiryPriceResetInstancesType({ InstanceIds: [bought!], InstanceType: 'S5.LARGE8' });
    expect(quote.Price!.InstancePrice!.UnitPrice).toBeGreaterThan(0);
    const refused = await sdk.ResetInstancesType({ InstanceIds: [bought!], InstanceType: 'S5.LARGE8' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'UnsupportedOperation.InstanceStatePending' });
    const renamed = await sdk.ModifyInstancesAttribute({ InstanceIds: [bought!], InstanceName: 'sdk-renamed' }).catch((error: unknown) => error);
    expect(renamed).toMatchObject({ code: 'UnsupportedOperation.InstanceStatePending' });
  });

  it('gets the documented code for bad input', async () => {
    const failure = await client()
      .DescribeInstances({ InstanceIds: ['ins-bad'] })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'InvalidInstanceId.Malformed' });
  });
});

describe('our signer agrees with the official SDK signer', () => {
  it('produces the same Authorization for the same request and a chosen SecretKey', () => {
    const require = createRequire(import.meta.url);
    const { default: Sign } = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as {
      default: { sign3(options: Record<string, unknown>): string };
    };
    const timestamp = 1551113065;
    const payload = { Limit: 1, Filters: [{ Values: ['未命名'], Name: 'instance-name' }] };
    const theirs = Sign.sign3({
      method: 'POST',
      url: 'https://cvm.tencentcloudapi.com/',
      payload,
      timestamp,
      service: 'cvm',
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
      headers: { 'Content-Type': 'application/json' },
    });
    const ours = computeTc3(
      { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' },
      {
        service: 'cvm',
        host: 'cvm.tencentcloudapi.com',
        action: 'DescribeInstances',
        version: '2017-03-12',
        timestamp,
        payload: JSON.stringify(payload),
        contentType: 'application/json',
      },
    );
    // The SDK signs content-type;host only, ours adds x-tc-action like the reference's samples; so rebuild the SDK's
    // header set with our own canonical-request, string-to-sign and key-derivation code and compare the result.
    const { canonicalRequest, signedHeaders } = buildCanonicalRequest({
      method: 'POST',
      path: '/',
      query: '',
      headers: { 'content-type': 'application/json', host: 'cvm.tencentcloudapi.com' },
      hashedPayload: ours.hashedPayload,
    });
    const signature = signStringToSign(ours.signingKey, buildStringToSign(timestamp, ours.credentialScope, sha256Hex(canonicalRequest)));
    expect(theirs).toBe(`TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/${ours.credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`);
  });
});

describe('official tencentcloud-sdk-nodejs-common CommonClient for the VPC service', () => {
  it('creates an interface, binds it to an instance and follows the task to SUCCESS', async () => {
    const { CommonClient } = await import('tencentcloud-sdk-nodejs-common');
    const vpcClient = new CommonClient(`127.0.0.1:${emulator.port}`, '2017-03-12', {
      credential: { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
      region: 'ap-guangzhou',
      profile: { httpProfile: { protocol: 'http://', reqTimeout: 10 } },
    });
    const subnets = (await vpcClient.request('DescribeSubnets', {
      Filters: [
        { Name: 'zone', Values: ['ap-guangzhou-6'] },
        { Name: 'is-default', Values: ['true'] },
      ],
    })) as { SubnetSet: { SubnetId: string; VpcId: string }[] };
    const subnet = subnets.SubnetSet[0]!;
    const groups = (await vpcClient.request('DescribeSecurityGroups', {})) as { SecurityGroupSet: { SecurityGroupId: string }[] };
    const created = (await vpcClient.request('CreateNetworkInterface', {
      VpcId: subnet.VpcId,
      SubnetId: subnet.SubnetId,
      NetworkInterfaceName: 'sdk-eni',
      SecurityGroupIds: [groups.SecurityGroupSet[0]!.SecurityGroupId],
    })) as { NetworkInterface: { NetworkInterfaceId: string } };
    const running = (
      await client().DescribeInstances({
        Filters: [
          { Name: 'zone', Values: ['ap-guangzhou-6'] },
          { Name: 'instance-state', Values: ['RUNNING'] },
        ],
        Limit: 1,
      })
    ).InstanceSet![0]!;
    const attach = (await vpcClient.request('AttachNetworkInterface', { NetworkInterfaceId: created.NetworkInterface.NetworkInterfaceId, InstanceId: running.InstanceId })) as {
      RequestId: string;
    };
    const first = (await vpcClient.request('DescribeVpcTaskResult', { TaskId: attach.RequestId })) as { Status: string };
    expect(['RUNNING', 'SUCCESS']).toContain(first.Status);
    const mismatch = await vpcClient
      .request('AttachNetworkInterface', { NetworkInterfaceId: created.NetworkInterface.NetworkInterfaceId, InstanceId: running.InstanceId })
      .catch((error: unknown) => error);
    expect(mismatch).toMatchObject({ code: 'UnsupportedOperation.AttachmentAlreadyExists' });
  });
});
