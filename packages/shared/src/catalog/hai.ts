import type { HaiApplication, HaiInstance, HaiPrice, HaiRegionInfo, HaiScene, WithRequestId } from '../types/index.ts';
import { HAI_DISK_TYPES } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// HAI, the high-performance application service (hai 2023-08-12; seed 002 documents RunInstances, the official SDK's
// models the neighbouring actions). Least roles follow CVM's: reads and quotes viewer, buying, starting and stopping
// operator, terminating admin.
// The schemas check shape and JSON types only. Counts, name lengths, disk sizes, charge types and ID formats are left
// loose on purpose: the cloud refuses them with HAI's own codes (InvalidInstanceCount, InstanceNameTooLong,
// InvalidChargeType...), and the emulator answers exactly those.
const service = 'hai';
const version = '2023-08-12';
/** The HAI API overview's figure, for the actions whose own page the seeds do not have. */
const overviewLimit = { perSecond: 20, source: 'not in the seeds; Tencent Cloud HAI API overview cloud.tencent.com/document/api/1721/101528: 20/s' };

const systemDisk = (z: Zod) =>
  z.strictObject({
    DiskType: z.enum(HAI_DISK_TYPES).optional(),
    DiskSize: z.number().int().optional(),
    DiskName: z.string().optional(),
  });

/** Parameters RunInstances and InquirePriceRunInstances share. */
const purchaseParams = (z: Zod) => ({
  ApplicationId: z.string().min(1),
  BundleType: z.string().min(1),
  SystemDisk: systemDisk(z).optional(),
  InstanceCount: z.number().int().optional(),
  InstanceName: z.string().optional(),
  ClientToken: z.string().optional(),
  DryRun: z.boolean().optional(),
});

export const DescribeRegions = defineAction<{ RegionSet: HaiRegionInfo[] }>()({
  service,
  version,
  action: 'DescribeRegions',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: overviewLimit,
  regional: false,
  params: (z) => z.strictObject({}),
});

export const DescribeScenes = defineAction<{ SceneSet: HaiScene[] }>()({
  service,
  version,
  action: 'DescribeScenes',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: overviewLimit,
  params: (z) => z.strictObject({ SceneIds: idListSchema(z, 100).optional() }),
});

/** ApplicationIds and Filters are mutually exclusive; filters application-id, scene-id, application-name, application-type. */
export const DescribeApplications = defineAction<{ TotalCount: number; ApplicationSet: HaiApplication[] }>()({
  service,
  version,
  action: 'DescribeApplications',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: overviewLimit,
  params: (z) =>
    z.strictObject({
      ApplicationIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 100).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
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
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud HAI API page cloud.tencent.com/document/api/1721/101612: 20/s' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 100).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

/** The price of a purchase; DryRun answers no Price. Prepaid charge types are quoted although RunInstances buys by the hour. */
export const InquirePriceRunInstances = defineAction<{ Price: HaiPrice | null }>()({
  service,
  version,
  action: 'InquirePriceRunInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud HAI API page cloud.tencent.com/document/api/1721/101610: 20/s' },
  params: (z) =>
    z.strictObject({
      ...purchaseParams(z),
      InstanceChargeType: z.string().optional(),
      InstanceChargePrepaid: z
        .strictObject({
          Period: z.number().int().optional(),
          RenewFlag: z.string().optional(),
          TimeUnit: z.string().optional(),
        })
        .optional(),
    }),
});

export const RunInstances = defineAction<WithRequestId & { InstanceIdSet: string[] }>()({
  service,
  version,
  action: 'RunInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '002 line 4' },
  idempotencyToken: 'ClientToken',
  params: (z) => z.strictObject(purchaseParams(z)),
});

export const StartInstance = defineAction<WithRequestId & { TaskId: number }>()({
  service,
  version,
  action: 'StartInstance',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud HAI API page cloud.tencent.com/document/api/1721/102449: 20/s' },
  params: (z) => z.strictObject({ InstanceId: z.string().min(1), DryRun: z.boolean().optional() }),
});

/** StopMode STOP_CHARGE (the default and the only documented mode) releases the compute and stops its billing. */
export const StopInstance = defineAction<WithRequestId & { TaskId: number }>()({
  service,
  version,
  action: 'StopInstance',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud HAI API page cloud.tencent.com/document/api/1721/102448: 20/s' },
  params: (z) =>
    z.strictObject({
      InstanceId: z.string().min(1),
      StopMode: z.enum(['STOP_CHARGE']).optional(),
      DryRun: z.boolean().optional(),
    }),
});

export const TerminateInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'TerminateInstances',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: overviewLimit,
  params: (z) => z.strictObject({ InstanceIds: idListSchema(z, 100).min(1), DryRun: z.boolean().optional() }),
});
