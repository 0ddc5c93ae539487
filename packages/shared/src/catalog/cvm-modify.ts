import type { InstanceTypeConfig, Price, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, idListSchema } from './common-params.ts';

// Changing an instance: its type (DescribeInstancesModification, ResetInstancesType and its quote), its disks
// (ResizeInstanceDisks and its quote), its attributes (ModifyInstancesAttribute) and its password
// (ResetInstancesPassword). Business rules and their codes are the cloud's; the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

export interface InstanceTypeConfigStatus {
  Status: 'SELL' | 'UNAVAILABLE';
  Message: string;
  InstanceTypeConfig: InstanceTypeConfig;
}

export const DescribeInstancesModification = defineAction<{ TotalCount: number; InstanceTypeConfigStatusSet: InstanceTypeConfigStatus[] }>()({
  service,
  version,
  action: 'DescribeInstancesModification',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 17103' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 20).min(1),
      Filters: filtersSchema(z, 10, 2).optional(),
    }),
});

export const InquiryPriceResetInstancesType = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceResetInstancesType',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 13546' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 1).min(1),
      InstanceType: z.string().min(1),
    }),
});

export const ResetInstancesType = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ResetInstancesType',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 19800' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 1).min(1),
      InstanceType: z.string().min(1),
      ForceStop: z.boolean().optional(),
    }),
});

/**
 * The SDK's DataDisk (RunInstances' structure too): a resize reads DiskId and DiskSize (and DiskType); the rest is taken
 * and not applied.
 */
const resizeDisk = (z: Zod) =>
  z.strictObject({
    DiskSize: z.number().int(),
    DiskId: z.string().optional(),
    DiskType: z.string().optional(),
    DeleteWithInstance: z.boolean().optional(),
    SnapshotId: z.string().optional(),
    Encrypt: z.boolean().optional(),
    KmsKeyId: z.string().optional(),
    ThroughputPerformance: z.number().int().optional(),
    CdcId: z.string().optional(),
    BurstPerformance: z.boolean().optional(),
    DiskName: z.string().optional(),
  });

/** The SDK's SystemDisk: a resize reads DiskSize (and DiskType); the rest is taken and not applied. */
const resizeSystemDisk = (z: Zod) =>
  z.strictObject({
    DiskSize: z.number().int(),
    DiskType: z.string().optional(),
    DiskId: z.string().optional(),
    CdcId: z.string().optional(),
    DiskName: z.string().optional(),
    Encrypt: z.boolean().optional(),
    KmsKeyId: z.string().optional(),
  });

const resizeParams = (z: Zod) =>
  z.strictObject({
    InstanceId: z.string().min(1),
    DataDisks: z.array(resizeDisk(z)).max(1).optional(),
    SystemDisk: resizeSystemDisk(z).optional(),
    ForceStop: z.boolean().optional(),
    ResizeOnline: z.boolean().optional(),
  });

export const InquiryPriceResizeInstanceDisks = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceResizeInstanceDisks',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 17958' },
  params: resizeParams,
});

export const ResizeInstanceDisks = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ResizeInstanceDisks',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 15104' },
  params: resizeParams,
});

/** Security groups one instance takes at most (ModifyInstancesAttribute: LimitExceeded.AssociateUSGLimitExceeded). */
export const MAX_INSTANCE_SECURITY_GROUPS = 5;

export const ModifyInstancesAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstancesAttribute',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 15653' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).min(1),
      InstanceName: z.string().optional(),
      UserData: z.string().optional(),
      SecurityGroups: z.array(z.string().min(1)).optional(),
      CamRoleName: z.string().optional(),
      HostName: z.string().optional(),
      DisableApiTermination: z.boolean().optional(),
      CamRoleType: z.string().optional(),
      AutoReboot: z.boolean().optional(),
      EnableJumboFrame: z.boolean().optional(),
    }),
});

/**
 * 20166: an instance's attributes that DescribeInstances does not show; the reference knows one, its UserData (base64,
 * as RunInstances or ModifyInstancesAttribute set it). An operator's: bootstrap scripts often carry secrets.
 */
export const DescribeInstancesAttributes = defineAction<{ InstanceSet: { InstanceId: string; Attributes: { UserData: string } }[] } & WithRequestId>()({
  service,
  version,
  action: 'DescribeInstancesAttributes',
  kind: 'read',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 20172' },
  params: (z) =>
    z.strictObject({
      Attributes: z.array(z.string().min(1).max(64)).min(1).max(10),
      InstanceIds: idListSchema(z, 100).min(1),
    }),
});

export const ResetInstancesPassword = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ResetInstancesPassword',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 15379' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).min(1),
      Password: z.string(),
      UserName: z.string().optional(),
      ForceStop: z.boolean().optional(),
    }),
});
