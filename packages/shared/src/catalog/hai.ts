import { z } from 'zod';
import type { HaiApplication, HaiInstance, HaiPrice, HaiRegionInfo, HaiScene, WithRequestId } from '../types/index.ts';
import { HAI_DISK_TYPES } from '../types/index.ts';
import { defineAction } from './define.ts';
import { filtersSchema, idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// HAI, the high-performance application service (hai 2023-08-12; seed 002 documents RunInstances, the official SDK's
// models the neighbouring actions). Least roles follow CVM's: reads and quotes viewer, buying, starting and stopping
// operator, terminating admin. Every request is rate-limited at 20 per second.
// The schemas check shape and JSON types only. Counts, name lengths, disk sizes, charge types and ID formats are left
// loose on purpose: the cloud refuses them with HAI's own codes (InvalidInstanceCount, InstanceNameTooLong,
// InvalidChargeType...), and the emulator answers exactly those.
const service = 'hai';
const version = '2023-08-12';

const systemDisk = z.strictObject({
  DiskType: z.enum(HAI_DISK_TYPES).optional(),
  DiskSize: z.number().int().optional(),
  DiskName: z.string().optional(),
});

/** Parameters RunInstances and InquirePriceRunInstances share. */
const purchaseParams = {
  ApplicationId: z.string().min(1),
  BundleType: z.string().min(1),
  SystemDisk: systemDisk.optional(),
  InstanceCount: z.number().int().optional(),
  InstanceName: z.string().optional(),
  ClientToken: z.string().optional(),
  DryRun: z.boolean().optional(),
};

export const DescribeRegions = defineAction<{ RegionSet: HaiRegionInfo[] }>()({
  service,
  version,
  action: 'DescribeRegions',
  kind: 'read',
  minRole: 'viewer',
  regional: false,
  params: z.strictObject({}),
});

export const DescribeScenes = defineAction<{ SceneSet: HaiScene[] }>()({
  service,
  version,
  action: 'DescribeScenes',
  kind: 'read',
  minRole: 'viewer',
  params: z.strictObject({ SceneIds: idListSchema(100).optional() }),
});

/** ApplicationIds and Filters are mutually exclusive; filters application-id, scene-id, application-name, application-type. */
export const DescribeApplications = defineAction<{ TotalCount: number; ApplicationSet: HaiApplication[] }>()({
  service,
  version,
  action: 'DescribeApplications',
  kind: 'read',
  minRole: 'viewer',
  params: z.strictObject({
    ApplicationIds: idListSchema(100).optional(),
    Filters: filtersSchema(10, 100).optional(),
    Offset: offsetSchema.optional(),
    Limit: limitSchema.optional(),
    OrderField: z.string().optional(),
    Order: z.string().optional(),
  }),
});

/** InstanceIds and Filters are mutually exclusive; filters instance-id, instance-state, charge-type, public-ip-address. */
export const DescribeInstances = defineAction<{ TotalCount: number; InstanceSet: HaiInstance[] }>()({
  service,
  version,
  action: 'DescribeInstances',
  kind: 'read',
  minRole: 'viewer',
  params: z.strictObject({
    InstanceIds: idListSchema(100).optional(),
    Filters: filtersSchema(10, 100).optional(),
    Offset: offsetSchema.optional(),
    Limit: limitSchema.optional(),
  }),
});

/** The price of a purchase; DryRun answers no Price. Prepaid charge types are quoted although RunInstances buys by the hour. */
export const InquirePriceRunInstances = defineAction<{ Price: HaiPrice | null }>()({
  service,
  version,
  action: 'InquirePriceRunInstances',
  kind: 'read',
  minRole: 'viewer',
  params: z.strictObject({
    ...purchaseParams,
    InstanceChargeType: z.string().optional(),
    InstanceChargePrepaid: z.strictObject({
      Period: z.number().int().optional(),
      RenewFlag: z.string().optional(),
      TimeUnit: z.string().optional(),
    }).optional(),
  }),
});

export const RunInstances = defineAction<WithRequestId & { InstanceIdSet: string[] }>()({
  service,
  version,
  action: 'RunInstances',
  kind: 'mutate',
  minRole: 'operator',
  idempotencyToken: 'ClientToken',
  params: z.strictObject(purchaseParams),
});

export const StartInstance = defineAction<WithRequestId & { TaskId: number }>()({
  service,
  version,
  action: 'StartInstance',
  kind: 'mutate',
  minRole: 'operator',
  params: z.strictObject({ InstanceId: z.string().min(1), DryRun: z.boolean().optional() }),
});

/** StopMode STOP_CHARGE (the default and the only documented mode) releases the compute and stops its billing. */
export const StopInstance = defineAction<WithRequestId & { TaskId: number }>()({
  service,
  version,
  action: 'StopInstance',
  kind: 'mutate',
  minRole: 'operator',
  params: z.strictObject({
    InstanceId: z.string().min(1),
    StopMode: z.enum(['STOP_CHARGE']).optional(),
    DryRun: z.boolean().optional(),
  }),
});

export const TerminateInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'TerminateInstances',
  kind: 'mutate',
  minRole: 'admin',
  params: z.strictObject({ InstanceIds: idListSchema(100).min(1), DryRun: z.boolean().optional() }),
});

export const haiActions = {
  DescribeRegions,
  DescribeScenes,
  DescribeApplications,
  DescribeInstances,
  InquirePriceRunInstances,
  RunInstances,
  StartInstance,
  StopInstance,
  TerminateInstances,
} as const;
