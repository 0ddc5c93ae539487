import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance, InstanceTypeQuotaItem } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// RunInstances: the documented validation with its codes, names numbered {R:n}, ClientToken idempotency, DryRun,
// quotas, and PENDING → RUNNING (or LAUNCH_FAILED) over emulator time.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const call = (action: string, params: object, region = 'ap-guangzhou') => signedCall(emulator.url, action, params, { region });
const vpcCall = (action: string, params: object, region = 'ap-guangzhou') => signedCall(emulator.url, action, params, { region, service: 'vpc' });
const describe_ = async (ids: string[], region = 'ap-guangzhou') => (await call('DescribeInstances', { InstanceIds: ids }, region)).Response.InstanceSet as Instance[];

/** The smallest pay-as-you-go type on sale in a zone, found the way the wizard finds it. */
async function sellingType(zone: string, region = 'ap-guangzhou'): Promise<InstanceTypeQuotaItem> {
  const { Response } = await call(
    'DescribeZoneInstanceConfigInfos',
    {
      Filters: [
        { Name: 'zone', Values: [zone] },
        { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] },
        { Name: 'sort-keys', Values: ['cpu:asc'] },
      ],
    },
    region,
  );
  return (Response.InstanceTypeQuotaSet as InstanceTypeQuotaItem[]).find((item) => item.Status === 'SELL' && item.Cpu >= 2)!;
}

const base = (overrides: object = {}) => ({
  Placement: { Zone: 'ap-guangzhou-3' },
  ImageId: 'img-eb30mz89',
  InstanceType: 'S5.MEDIUM4',
  SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
  ...overrides,
});

describe('RunInstances creates instances that launch over time', () => {
  it('creates PENDING instances named with {R:n} that turn RUNNING, with a public IP once up', async () => {
    const run = await call(
      'RunInstances',
      base({
        InstanceCount: 3,
        InstanceName: 'web-{R:7}',
        HostName: 'web{R:7}',
        InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 10 },
        DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 200 }],
        LoginSettings: { Password: 'Correct-Horse-9' },
        TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
      }),
    );
    expect(errorCode(run)).toBeUndefined();
    const ids = run.Response.InstanceIdSet as string[];
    expect(ids).toHaveLength(3);
    const pending = await describe_(ids);
    expect(pending.map((i) => i.InstanceName).sort()).toEqual(['web-7', 'web-8', 'web-9']);
    for (const instance of pending) {
      expect(instance).toMatchObject({
        InstanceState: 'PENDING',
        InstanceType: 'S5.MEDIUM4',
        LatestOperation: 'RunInstances',
        LatestOperationState: 'OPERATING',
        LatestOperationRequestId: run.Response.RequestId,
        SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
        Tags: [{ Key: 'team', Value: 'web' }],
        InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 10, PublicIpAssigned: true },
      });
      expect(instance.DataDisks).toMatchObject([{ DiskType: 'CLOUD_SSD', DiskSize: 200 }]);
      expect(instance.PrivateIpAddresses).toHaveLength(1);
      expect(instance.PublicIpAddresses ?? []).toEqual([]);
    }
    clock.advance(13_000);
    const running = await describe_(ids);
    for (const instance of running) {
      expect(instance).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS' });
      expect(instance.PublicIpAddresses).toHaveLength(1);
    }
    // Every instance got its own private address.
    expect(new Set(running.map((i) => i.PrivateIpAddresses[0])).size).toBe(3);
  });

  it('numbers names without a pattern by appending 1..n, and leaves a single name as it is', async () => {
    const many = await call('RunInstances', base({ InstanceCount: 2, InstanceName: 'worker-' }));
    expect((await describe_(many.Response.InstanceIdSet)).map((i) => i.InstanceName).sort()).toEqual(['worker-1', 'worker-2']);
    const one = await call('RunInstances', base({ InstanceName: 'solo-{R:3}-box' }));
    expect((await describe_(one.Response.InstanceIdSet))[0]!.InstanceName).toBe('solo-3-box');
    const unnamed = await call('RunInstances', base());
    expect((await describe_(unnamed.Response.InstanceIdSet))[0]!.InstanceName).toBe('未命名');
  });

  it('ends in LAUNCH_FAILED with the error recorded when the failure tag is given', async () => {
    const run = await call(
      'RunInstances',
      base({
        InstanceName: 'doomed',
        TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'emulator:fail-next-operation', Value: 'ResourceInsufficient.SpecifiedInstanceType' }] }],
      }),
    );
    const [id] = run.Response.InstanceIdSet as string[];
    expect((await describe_([id!]))[0]!.InstanceState).toBe('PENDING');
    clock.advance(13_000);
    expect((await describe_([id!]))[0]).toMatchObject({
      InstanceState: 'LAUNCH_FAILED',
      LatestOperationState: 'FAILED',
      LatestOperationErrorMsg: 'ResourceInsufficient.SpecifiedInstanceType',
      Tags: [],
    });
  });

  it('places instances in the chosen VPC, subnet and security groups, and on a requested private IP', async () => {
    const vpcs = (await vpcCall('DescribeVpcs', { Filters: [{ Name: 'vpc-name', Values: ['prod-vpc'] }] })).Response.VpcSet;
    const prod = vpcs[0];
    const subnets = (await vpcCall('DescribeSubnets', { Filters: [{ Name: 'vpc-id', Values: [prod.VpcId] }] })).Response.SubnetSet;
    expect(subnets.length).toBeGreaterThan(0);
    const subnet = subnets[0];
    const groups = (await vpcCall('DescribeSecurityGroups', {})).Response.SecurityGroupSet;
    const web = groups.find((g: { SecurityGroupName: string }) => g.SecurityGroupName === 'web-public-80-443');
    const ip = subnet.CidrBlock.replace(/\.0\/24$/, '.50');
    const run = await call(
      'RunInstances',
      base({
        Placement: { Zone: subnet.Zone },
        VirtualPrivateCloud: { VpcId: prod.VpcId, SubnetId: subnet.SubnetId, PrivateIpAddresses: [ip] },
        SecurityGroupIds: [web.SecurityGroupId],
      }),
    );
    expect(errorCode(run)).toBeUndefined();
    const [instance] = await describe_(run.Response.InstanceIdSet);
    expect(instance).toMatchObject({ VirtualPrivateCloud: { VpcId: prod.VpcId, SubnetId: subnet.SubnetId }, PrivateIpAddresses: [ip], SecurityGroupIds: [web.SecurityGroupId] });
    const after = (await vpcCall('DescribeSubnets', { SubnetIds: [subnet.SubnetId] })).Response.SubnetSet[0];
    expect(after.AvailableIpAddressCount).toBe(subnet.AvailableIpAddressCount - 1);
    // The same address cannot be given twice.
    const again = await call(
      'RunInstances',
      base({ Placement: { Zone: subnet.Zone }, VirtualPrivateCloud: { VpcId: prod.VpcId, SubnetId: subnet.SubnetId, PrivateIpAddresses: [ip] } }),
    );
    expect(errorCode(again)).toBe('VpcIpIsUsed');
  });
});

describe('RunInstances idempotency and DryRun', () => {
  it('answers a repeated ClientToken with the same InstanceIdSet and creates nothing new', async () => {
    const count = async () => (await call('DescribeInstances', { Limit: 1 })).Response.TotalCount as number;
    const before = await count();
    const params = base({ InstanceCount: 2, InstanceName: 'idem-{R:1}', ClientToken: 'wizard-3f1c9a6e-retry-safe' });
    const first = await call('RunInstances', params);
    const second = await call('RunInstances', params);
    expect(errorCode(second)).toBeUndefined();
    expect(second.Response.InstanceIdSet).toEqual(first.Response.InstanceIdSet);
    expect(second.Response.RequestId).not.toBe(first.Response.RequestId);
    expect(await count()).toBe(before + 2);
  });

  it('checks a DryRun completely and creates nothing: DryRunOperation when it would succeed, the real code when not', async () => {
    const count = async () => (await call('DescribeInstances', { Limit: 1 })).Response.TotalCount as number;
    const before = await count();
    expect(errorCode(await call('RunInstances', base({ DryRun: true, ClientToken: 'dry-token' })))).toBe('DryRunOperation');
    expect(errorCode(await call('RunInstances', base({ DryRun: true, LoginSettings: { Password: 'weak' } })))).toBe('InvalidPassword');
    expect(await count()).toBe(before);
    // A dry run does not use up its token: the real call with it creates.
    const real = await call('RunInstances', base({ ClientToken: 'dry-token' }));
    expect(real.Response.InstanceIdSet).toHaveLength(1);
  });

  it('refuses a ClientToken longer than 64 characters', async () => {
    expect(errorCode(await call('RunInstances', base({ ClientToken: 'x'.repeat(65) })))).toBe('InvalidClientToken.TooLong');
  });
});

describe('RunInstances validation', () => {
  const refusals: [string, object, string][] = [
    ['no Placement', { Placement: undefined }, 'MissingParameter'],
    ['no ImageId', { ImageId: undefined }, 'MissingParameter'],
    ['a zone of another region', { Placement: { Zone: 'ap-shanghai-2' } }, 'InvalidZone.MismatchRegion'],
    ['a sold-out zone', { Placement: { Zone: 'ap-guangzhou-1' } }, 'ResourceInsufficient.AvailabilityZoneSoldOut'],
    ['a malformed image ID', { ImageId: 'img-BAD' }, 'InvalidImageId.Malformed'],
    ['an unknown image', { ImageId: 'img-00000000' }, 'InvalidImageId.NotFound'],
    ['a malformed type', { InstanceType: 's5-medium' }, 'InvalidInstanceType.Malformed'],
    ['a type that does not exist', { InstanceType: 'S5.HUGE1024' }, 'InvalidParameterValue.InstanceTypeNotFound'],
    ['a type not sold in the zone', { Placement: { Zone: 'ap-guangzhou-3' }, InstanceType: 'IT5.4XLARGE64' }, 'ResourceUnavailable.InstanceType'],
    ['a sold-out type (the largest S5 in zone 3)', { InstanceType: 'S5.16XLARGE256' }, 'ResourcesSoldOut.SpecifiedInstanceType'],
    ['an ARM image on an x86 type', { ImageId: 'img-3la7wgnt' }, 'InvalidParameterValue.InvalidImageForGivenInstanceType'],
    ['PREPAID without a period', { InstanceChargeType: 'PREPAID' }, 'MissingParameter'],
    ['a period of 13 months', { InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 13 } }, 'InvalidPeriod'],
    ['a system disk smaller than the image', { ImageId: 'img-9qabwvbn', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 40 } }, 'InvalidParameterValue.Range'],
    ['a local system disk', { SystemDisk: { DiskType: 'LOCAL_BASIC', DiskSize: 50 } }, 'UnsupportedOperation.InvalidDisk'],
    ['a data disk without a type (defaults to LOCAL_BASIC)', { DataDisks: [{ DiskSize: 100 }] }, 'UnsupportedOperation.InvalidDisk'],
    ['a small CLOUD_SSD data disk', { DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 50 }] }, 'InvalidParameterValue.CloudSsdDataDiskSizeTooSmall'],
    ['a data disk off the 10 GB step', { DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 55 }] }, 'InvalidParameterValue.Range'],
    ['21 cloud data disks', { DataDisks: Array.from({ length: 21 }, () => ({ DiskType: 'CLOUD_PREMIUM', DiskSize: 10 })) }, 'InvalidParameterValue.LimitExceeded'],
    ['a weak Linux password', { LoginSettings: { Password: 'password' } }, 'InvalidPassword'],
    ['a Windows password with two classes', { ImageId: 'img-1eckiyjb', LoginSettings: { Password: 'abcdefgh1234' } }, 'InvalidPassword'],
    ['password and keys together', { LoginSettings: { Password: 'Correct-Horse-9', KeyIds: ['skey-00000000'] } }, 'InvalidParameter.ParameterConflict'],
    ['keys on Windows', { ImageId: 'img-1eckiyjb', LoginSettings: { KeyIds: ['skey-00000000'] } }, 'UnsupportedOperation.KeyPairUnsupportedWindows'],
    ['a malformed key ID', { LoginSettings: { KeyIds: ['key-1'] } }, 'InvalidKeyPairId.Malformed'],
    ['an unknown key', { LoginSettings: { KeyIds: ['skey-00000000'] } }, 'InvalidParameterValue.KeyPairNotFound'],
    ['a 129-character name', { InstanceName: 'n'.repeat(129) }, 'InvalidInstanceName.TooLong'],
    ['a host name with a doubled dot', { HostName: 'web..prod' }, 'InvalidParameterValue.IllegalHostName'],
    ['a Windows host name of all digits', { ImageId: 'img-1eckiyjb', HostName: '12345' }, 'InvalidParameterValue.IllegalHostName'],
    ['prepaid bandwidth on pay-as-you-go', { InternetAccessible: { InternetChargeType: 'BANDWIDTH_PREPAID', InternetMaxBandwidthOut: 5 } }, 'InvalidParameterCombination'],
    ['a public IP without bandwidth', { InternetAccessible: { InternetMaxBandwidthOut: 0, PublicIpAssigned: true } }, 'InvalidParameterCombination'],
    ['bandwidth over the limit', { InternetAccessible: { InternetChargeType: 'BANDWIDTH_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 101 } }, 'InvalidParameterValue.Range'],
    ['an unknown VPC', { VirtualPrivateCloud: { VpcId: 'vpc-00000000', SubnetId: 'subnet-00000000' } }, 'InvalidParameterValue.VpcIdNotExist'],
    ['a malformed VPC ID', { VirtualPrivateCloud: { VpcId: 'vpc1', SubnetId: 'subnet-00000000' } }, 'InvalidParameterValue.VpcIdMalformed'],
    ['an unknown security group', { SecurityGroupIds: ['sg-00000000'] }, 'InvalidSecurityGroupId.NotFound'],
    [
      'duplicate tag keys',
      {
        TagSpecification: [
          {
            ResourceType: 'instance',
            Tags: [
              { Key: 'a', Value: '1' },
              { Key: 'a', Value: '2' },
            ],
          },
        ],
      },
      'InvalidParameterValue.DuplicateTags',
    ],
    ['a reserved tag key', { TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'qcloud:owner', Value: 'x' }] }] }, 'FailedOperation.TagKeyReserved'],
    ['user data that is not base64', { UserData: 'not base64!' }, 'InvalidParameterValue.InvalidUserDataFormat'],
    ['a dedicated host that does not exist', { Placement: { Zone: 'ap-guangzhou-3', HostIds: ['host-00000000'] }, InstanceChargeType: 'CDHPAID' }, 'InvalidHostId.NotFound'],
    ['a launch template that does not exist', { LaunchTemplate: { LaunchTemplateId: 'lt-00000000' } }, 'InvalidParameterValue.LaunchTemplateNotFound'],
    ['an unknown parameter', { Colour: 'blue' }, 'UnknownParameter'],
    ['a count of 0', { InstanceCount: 0 }, 'InvalidParameterValue'],
  ];
  it.each(refusals)('refuses %s', async (_, overrides, code) => {
    const before = (await call('DescribeInstances', { Limit: 1 })).Response.TotalCount;
    const response = await call('RunInstances', base(overrides));
    expect(errorCode(response)).toBe(code);
    expect(response.Response.Error!.Message.length).toBeGreaterThan(10);
    // A refusal creates nothing.
    expect((await call('DescribeInstances', { Limit: 1 })).Response.TotalCount).toBe(before);
  });

  it('refuses a subnet of another zone and a subnet of another VPC', async () => {
    const subnets = (await vpcCall('DescribeSubnets', { Filters: [{ Name: 'is-default', Values: ['true'] }] })).Response.SubnetSet;
    const zone4 = subnets.find((s: { Zone: string }) => s.Zone === 'ap-guangzhou-4');
    const prod = (await vpcCall('DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['false'] }] })).Response.VpcSet[0];
    expect(errorCode(await call('RunInstances', base({ VirtualPrivateCloud: { VpcId: zone4.VpcId, SubnetId: zone4.SubnetId } })))).toBe(
      'InvalidParameterValue.SubnetIdZoneIdNotMatch',
    );
    expect(errorCode(await call('RunInstances', base({ VirtualPrivateCloud: { VpcId: prod.VpcId, SubnetId: zone4.SubnetId } })))).toBe(
      'InvalidParameterValue.VpcIdSubnetIdNotMatch',
    );
  });
});

describe('quotas', () => {
  it('reports per-zone quotas and refuses a purchase beyond the remaining quota', async () => {
    const quota = await call('DescribeAccountQuota', { Filters: [{ Name: 'zone', Values: ['ap-singapore-4'] }] }, 'ap-singapore');
    const postpaid = quota.Response.AccountQuotaOverview.AccountQuota.PostPaidQuotaSet;
    expect(postpaid).toEqual([{ Zone: 'ap-singapore-4', UsedQuota: 0, TotalQuota: 2, RemainingQuota: 2 }]);
    const params = { Placement: { Zone: 'ap-singapore-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 } };
    const tooMany = await call('RunInstances', { ...params, InstanceCount: 3 }, 'ap-singapore');
    expect(errorCode(tooMany)).toBe('InstancesQuotaLimitExceeded');
    expect(tooMany.Response.Error!.Message).toContain('2');
    expect(errorCode(await call('RunInstances', { ...params, InstanceCount: 3, DryRun: true }, 'ap-singapore'))).toBe('InstancesQuotaLimitExceeded');
    expect(errorCode(await call('RunInstances', { ...params, InstanceCount: 2 }, 'ap-singapore'))).toBeUndefined();
    const after = await call(
      'DescribeAccountQuota',
      {
        Filters: [
          { Name: 'zone', Values: ['ap-singapore-4'] },
          { Name: 'quota-type', Values: ['PostPaidQuotaSet'] },
        ],
      },
      'ap-singapore',
    );
    expect(after.Response.AccountQuotaOverview.AccountQuota).toMatchObject({ PostPaidQuotaSet: [{ UsedQuota: 2, RemainingQuota: 0 }], PrePaidQuotaSet: [] });
    expect(errorCode(await call('RunInstances', params, 'ap-singapore'))).toBe('InstancesQuotaLimitExceeded');
  });

  it('refuses a subscription purchase above the once-per-purchase limit', async () => {
    const run = await call('RunInstances', base({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 }, InstanceCount: 51 }));
    expect(errorCode(run)).toBe('LimitExceeded.PrepayQuota');
  });
});

describe('offerings, key pairs and networks', () => {
  it('lists each type per zone and charge type with stock and a price, sorted as asked', async () => {
    const { Response } = await call('DescribeZoneInstanceConfigInfos', {
      Filters: [
        { Name: 'zone', Values: ['ap-guangzhou-3'] },
        { Name: 'instance-family', Values: ['S5'] },
        { Name: 'sort-keys', Values: ['cpu:desc'] },
      ],
    });
    const items = Response.InstanceTypeQuotaSet as InstanceTypeQuotaItem[];
    expect(new Set(items.map((i) => i.InstanceChargeType))).toEqual(new Set(['POSTPAID_BY_HOUR', 'PREPAID', 'SPOTPAID']));
    expect(items.map((i) => i.Cpu)).toEqual([...items.map((i) => i.Cpu)].sort((a, b) => b - a));
    const largest = items.find((i) => i.InstanceType === 'S5.16XLARGE256' && i.InstanceChargeType === 'POSTPAID_BY_HOUR')!;
    expect(largest).toMatchObject({ Status: 'SOLD_OUT', StatusCategory: 'WithoutStock', SoldOutReason: 'ResourcesSoldOut.SpecifiedInstanceType' });
    const medium = items.find((i) => i.InstanceType === 'S5.MEDIUM4' && i.InstanceChargeType === 'POSTPAID_BY_HOUR')!;
    expect(medium).toMatchObject({ Status: 'SELL', Cpu: 2, Memory: 4, TypeName: 'Standard S5', Price: { ChargeUnit: 'HOUR' } });
    expect(medium.Price.UnitPrice).toBeGreaterThan(0);
    const monthly = items.find((i) => i.InstanceType === 'S5.MEDIUM4' && i.InstanceChargeType === 'PREPAID')!;
    expect(monthly.Price.DiscountPrice).toBeGreaterThan(0);
    expect(monthly.Price.DiscountPriceOneYear).toBeLessThan(monthly.Price.DiscountPrice * 12);
  });

  it('refuses unknown filters and zones of other regions', async () => {
    expect(errorCode(await call('DescribeZoneInstanceConfigInfos', { Filters: [{ Name: 'colour', Values: ['x'] }] }))).toBe('InvalidFilter');
    expect(errorCode(await call('DescribeZoneInstanceConfigInfos', { Filters: [{ Name: 'zone', Values: ['ap-beijing-3'] }] }))).toBe('InvalidZone.MismatchRegion');
  });

  it('lists key pairs without private keys, by name, and uses them at launch', async () => {
    const { Response } = await call('DescribeKeyPairs', { Filters: [{ Name: 'key-name', Values: ['ops'] }] });
    expect(Response.TotalCount).toBe(1);
    const key = Response.KeyPairSet[0];
    expect(key).toMatchObject({ KeyName: 'ops_team', ProjectId: 0 });
    expect(key.PublicKey).toMatch(/^ssh-rsa /);
    expect(key).not.toHaveProperty('PrivateKey');
    const run = await call('RunInstances', base({ LoginSettings: { KeyIds: [key.KeyId] } }));
    const [instance] = await describe_(run.Response.InstanceIdSet);
    expect(instance!.LoginSettings.KeyIds).toEqual([key.KeyId]);
    const again = (await call('DescribeKeyPairs', { KeyIds: [key.KeyId] })).Response.KeyPairSet[0];
    expect(again.AssociatedInstanceIds).toContain(instance!.InstanceId);
    expect(errorCode(await call('DescribeKeyPairs', { KeyIds: ['skey-1'] }))).toBe('InvalidKeyPairId.Malformed');
  });

  it('lists VPCs, subnets per zone and security groups with VPC paging (strings) and VPC codes', async () => {
    const vpcs = (await vpcCall('DescribeVpcs', {})).Response;
    expect(vpcs.TotalCount).toBe(2);
    expect(vpcs.VpcSet.filter((v: { IsDefault: boolean }) => v.IsDefault)).toHaveLength(1);
    const zoneSubnets = (await vpcCall('DescribeSubnets', { Filters: [{ Name: 'zone', Values: ['ap-guangzhou-6'] }] })).Response.SubnetSet;
    expect(zoneSubnets.every((s: { Zone: string }) => s.Zone === 'ap-guangzhou-6')).toBe(true);
    const page = (await vpcCall('DescribeSecurityGroups', { Offset: '1', Limit: '1' })).Response;
    expect(page.TotalCount).toBe(3);
    expect(page.SecurityGroupSet).toHaveLength(1);
    expect(errorCode(await vpcCall('DescribeVpcs', { Limit: 5 }))).toBe('InvalidParameter');
    expect(errorCode(await vpcCall('DescribeVpcs', { VpcIds: ['vpc-00000000'], Filters: [{ Name: 'vpc-name', Values: ['x'] }] }))).toBe('InvalidParameterCoexist');
    expect(errorCode(await vpcCall('DescribeSubnets', { Filters: [{ Name: 'colour', Values: ['x'] }] }))).toBe('InvalidParameter.FilterInvalidKey');
  });
});
