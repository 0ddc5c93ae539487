import type { InternetAccessible, InternetChargeType, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { idListSchema } from './common-params.ts';

// An instance's everyday settings (all CVM 2017-03-12 actions: each section's "接口请求域名： cvm.tencentcloudapi.com"):
// its security groups (30066, 30280), project (19580), disk media (18300) and network (31350), and the reads that say
// what may be chosen or what held (10960, 11562, 30460, 30649). Business rules and their codes are the cloud's, checked
// by it; the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

const securityGroupParams = (z: Zod) =>
  z.strictObject({
    /** "只支持绑定单个安全组": one group per call. */
    SecurityGroupIds: idListSchema(z, 1).min(1),
    InstanceIds: idListSchema(z, 100).min(1),
  });

/** 30066: appended after the instance's groups (the order is their priority); ≤ 5 an instance (AssociateUSGLimitExceeded). */
export const AssociateSecurityGroups = defineAction<WithRequestId>()({
  service,
  version,
  action: 'AssociateSecurityGroups',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 30070' },
  params: securityGroupParams,
});

/** 30280: one group, from every named instance. */
export const DisassociateSecurityGroups = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DisassociateSecurityGroups',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 30284' },
  params: securityGroupParams,
});

/** 19580: ≤ 100 instances into one existing project (InvalidProjectId.NotFound). */
export const ModifyInstancesProject = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstancesProject',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 19592' },
  params: (z) => z.strictObject({ InstanceIds: idListSchema(z, 100).min(1), ProjectId: z.number().int() }),
});

/**
 * 18300: a stopped instance's local system and data disks become the given cloud media. Only DiskType is read; the
 * SDK's DataDisk makes DiskSize required (it is RunInstances' structure too), the reference's example sends none. The
 * structures' other fields are taken and not applied.
 */
export const ModifyInstanceDiskType = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstanceDiskType',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 18312' },
  params: (z) =>
    z.strictObject({
      InstanceId: z.string().min(1),
      /** "当前只支持一个数据盘转化". */
      DataDisks: z
        .array(
          z.strictObject({
            DiskType: z.string().optional(),
            DiskId: z.string().optional(),
            DiskSize: z.number().int().optional(),
            CdcId: z.string().optional(),
            DeleteWithInstance: z.boolean().optional(),
            SnapshotId: z.string().optional(),
            Encrypt: z.boolean().optional(),
            KmsKeyId: z.string().optional(),
            ThroughputPerformance: z.number().int().optional(),
            BurstPerformance: z.boolean().optional(),
            DiskName: z.string().optional(),
          }),
        )
        .max(1)
        .optional(),
      SystemDisk: z
        .strictObject({
          DiskType: z.string().optional(),
          DiskId: z.string().optional(),
          DiskSize: z.number().int().optional(),
          CdcId: z.string().optional(),
          DiskName: z.string().optional(),
          Encrypt: z.boolean().optional(),
          KmsKeyId: z.string().optional(),
        })
        .optional(),
    }),
});

/** One bandwidth configuration of an instance, as DescribeInstanceInternetBandwidthConfigs answers it (37668). */
export interface InternetBandwidthConfig {
  /** ISO 8601 UTC, `2017-03-12T16:00:00Z`. */
  StartTime: string;
  EndTime: string;
  InternetAccessible: InternetAccessible;
}

/** 30460: BANDWIDTH_PREPAID bandwidth only; every configuration the instance has had, the one in force last. */
export const DescribeInstanceInternetBandwidthConfigs = defineAction<WithRequestId & { InternetBandwidthConfigSet: InternetBandwidthConfig[] }>()({
  service,
  version,
  action: 'DescribeInstanceInternetBandwidthConfigs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 30466' },
  params: (z) => z.strictObject({ InstanceId: z.string().min(1) }),
});

/** The operations DescribeInstancesOperationLimit counts (11597–11599). */
export const LIMITED_OPERATIONS = ['INSTANCE_DEGRADE', 'INTERNET_CHARGE_TYPE_CHANGE'] as const;
export type LimitedOperation = (typeof LIMITED_OPERATIONS)[number];

/** 38290: -1 for both counts means no limit; a LimitCount of 0 means the change is not supported. */
export interface OperationCountLimit {
  Operation: LimitedOperation;
  InstanceId: string;
  CurrentCount: number;
  LimitCount: number;
}

/** 11562: one entry per named instance. */
export const DescribeInstancesOperationLimit = defineAction<WithRequestId & { InstanceOperationLimitSet: OperationCountLimit[] }>()({
  service,
  version,
  action: 'DescribeInstancesOperationLimit',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 11566' },
  params: (z) => z.strictObject({ InstanceIds: idListSchema(z, 100).min(1), Operation: z.enum(LIMITED_OPERATIONS) }),
});

/** 37274: `{ InstanceFamilyName: '标准型S5', InstanceFamily: 'S5' }`. */
export interface InstanceFamilyConfig {
  InstanceFamilyName: string;
  InstanceFamily: string;
}

/** 10960: the families the account may buy in the region; no parameters. */
export const DescribeInstanceFamilyConfigs = defineAction<WithRequestId & { InstanceFamilyConfigSet: InstanceFamilyConfig[] }>()({
  service,
  version,
  action: 'DescribeInstanceFamilyConfigs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 10962' },
  params: (z) => z.strictObject({}),
});

/** 37688 */
export interface InternetChargeTypeConfig {
  InternetChargeType: InternetChargeType;
  Description: string;
}

/** 30649: the public network's billing methods; no parameters. */
export const DescribeInternetChargeTypeConfigs = defineAction<WithRequestId & { InternetChargeTypeConfigSet: InternetChargeTypeConfig[] }>()({
  service,
  version,
  action: 'DescribeInternetChargeTypeConfigs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 30651' },
  params: (z) => z.strictObject({}),
});

/**
 * 31350: a new private IP, subnet or VPC (the subnet in the instance's zone); a running instance is shut down first
 * (hard unless ForceStop is false) and started again. An admin's: it moves the instance on the network.
 */
export const ModifyInstancesVpcAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstancesVpcAttribute',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 31360' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).min(1),
      VirtualPrivateCloud: z.strictObject({
        VpcId: z.string().min(1),
        SubnetId: z.string().min(1),
        AsVpcGateway: z.boolean().optional(),
        /** One per instance, in InstanceIds' order, when given at all. */
        PrivateIpAddresses: z.array(z.string()).max(100).optional(),
        Ipv6AddressCount: z.number().int().min(0).optional(),
      }),
      ForceStop: z.boolean().optional(),
      ReserveHostName: z.boolean().optional(),
    }),
});
