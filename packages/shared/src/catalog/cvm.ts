import type { Image, Instance, InstanceStatus, InstanceTypeConfig, RegionInfo, ZoneInfo } from '../types/index.ts';
import { defineAction } from './define.ts';
import { filtersSchema, idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// CVM API 2017-03-12 actions the console may call. Line numbers point into the reference (shared/seeds/001_*.txt).
const service = 'cvm';
const version = '2017-03-12';

/** 7993: no business parameters; the Region common parameter is not needed. */
export const DescribeRegions = defineAction<{ TotalCount: number; RegionSet: RegionInfo[] }>()({
  service,
  version,
  action: 'DescribeRegions',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 8001' },
  regional: false,
  params: (z) => z.strictObject({}),
});

/** 8232 */
export const DescribeZones = defineAction<{ TotalCount: number; ZoneSet: ZoneInfo[] }>()({
  service,
  version,
  action: 'DescribeZones',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 8238' },
  params: (z) => z.strictObject({}),
});

/** 9866: InstanceIds (≤100) and Filters (≤10 × ≤5) are mutually exclusive; Limit ≤ 100. */
export const DescribeInstances = defineAction<{ TotalCount: number; InstanceSet: Instance[] }>()({
  service,
  version,
  action: 'DescribeInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 40, source: '001 line 9878' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

/** 20354: no Filters. */
export const DescribeInstancesStatus = defineAction<{ TotalCount: number; InstanceStatusSet: InstanceStatus[] }>()({
  service,
  version,
  action: 'DescribeInstancesStatus',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 40, source: '001 line 20364' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

/** 11269: filters zone / instance-family / instance-type, ≤10 × ≤1 value. */
export const DescribeInstanceTypeConfigs = defineAction<{ InstanceTypeConfigSet: InstanceTypeConfig[] }>()({
  service,
  version,
  action: 'DescribeInstanceTypeConfigs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 40, source: '001 line 11281' },
  params: (z) =>
    z.strictObject({
      Filters: filtersSchema(z, 10, 1).optional(),
    }),
});

/** 24872: ImageIds and Filters are mutually exclusive. */
export const DescribeImages = defineAction<{ TotalCount: number; ImageSet: Image[] }>()({
  service,
  version,
  action: 'DescribeImages',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 40, source: '001 line 24882' },
  params: (z) =>
    z.strictObject({
      ImageIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
      InstanceType: z.string().min(1).optional(),
    }),
});

export * from './cvm-lifecycle.ts';
export * from './cvm-create.ts';
export * from './cvm-modify.ts';
export * from './cvm-billing.ts';
export * from './cvm-reinstall.ts';
export * from './cvm-key-pairs.ts';
export * from './cvm-images.ts';
export * from './cvm-rescue.ts';
export * from './cvm-action-timers.ts';
export * from './cvm-instance-settings.ts';
export * from './cvm-maintenance.ts';
export * from './cvm-placement-groups.ts';
export * from './cvm-hosts.ts';
export * from './cvm-os-and-fpga.ts';
export * from './cvm-launch-templates.ts';
