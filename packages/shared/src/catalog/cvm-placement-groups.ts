import type { DisasterRecoverGroup, DisasterRecoverGroupQuotaAnswer, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, limitSchema, offsetSchema } from './common-params.ts';

// Placement groups (分散置放群组, reference 23931–24870 and ModifyInstancesDisasterRecoverGroup 18526): made, renamed,
// listed and deleted while empty; instances join one when bought (RunInstances' DisasterRecoverGroupIds) or later. A
// group holds at most its type's number of instances (HOST, SW or RACK: DescribeDisasterRecoverGroupQuota). Counts,
// names and limits are the cloud's rules, refused with its own codes; the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

const tagSpecification = (z: Zod) => z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) })).optional();

/** 24331: Type HOST, SW or RACK; Affinity 1–10; Strategy SPREAD (default) or PARTITION with PartitionCount 2–30. */
export const CreateDisasterRecoverGroup = defineAction<WithRequestId & Omit<DisasterRecoverGroup, 'InstanceIds' | 'Affinity' | 'Tags'>>()({
  service,
  version,
  action: 'CreateDisasterRecoverGroup',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 24337' },
  idempotencyToken: 'ClientToken',
  params: (z) =>
    z.strictObject({
      Name: z.string(),
      Type: z.string(),
      ClientToken: z.string().optional(),
      Affinity: z.number().int().optional(),
      Strategy: z.string().optional(),
      PartitionCount: z.number().int().optional(),
      TagSpecification: tagSpecification(z),
    }),
});

/** 23931: DisasterRecoverGroupIds (≤ 10), Name (fuzzy), Filters tag-key / tag-value / tag:<key>; Limit ≤ 100. */
export const DescribeDisasterRecoverGroups = defineAction<{ DisasterRecoverGroupSet: DisasterRecoverGroup[]; TotalCount: number }>()({
  service,
  version,
  action: 'DescribeDisasterRecoverGroups',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 23937' },
  params: (z) =>
    z.strictObject({
      DisasterRecoverGroupIds: z.array(z.string()).optional(),
      Name: z.string().optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
    }),
});

/** 24170: no parameters. */
export const DescribeDisasterRecoverGroupQuota = defineAction<WithRequestId & DisasterRecoverGroupQuotaAnswer>()({
  service,
  version,
  action: 'DescribeDisasterRecoverGroupQuota',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 24176' },
  params: (z) => z.strictObject({}),
});

/** 24565: a new name (1–60 characters); Affinity (the SDK's) 1–10. */
export const ModifyDisasterRecoverGroupAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyDisasterRecoverGroupAttribute',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 24571' },
  params: (z) => z.strictObject({ DisasterRecoverGroupId: z.string(), Name: z.string(), Affinity: z.number().int().optional() }),
});

/** 24716: ≤ 10 groups, each empty ("只有空的置放群组才能被删除"). */
export const DeleteDisasterRecoverGroups = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteDisasterRecoverGroups',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 24724' },
  params: (z) => z.strictObject({ DisasterRecoverGroupIds: z.array(z.string()) }),
});

/**
 * 18526: ≤ 100 instances into one group (DisasterRecoverGroupId, or the SDK's DisasterRecoverGroupIds with one); with
 * neither, the instances leave their groups. Force lets an instance change host to join.
 */
export const ModifyInstancesDisasterRecoverGroup = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyInstancesDisasterRecoverGroup',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 18534' },
  params: (z) =>
    z.strictObject({
      InstanceIds: z.array(z.string().min(1)),
      DisasterRecoverGroupId: z.string().optional(),
      Force: z.boolean().optional(),
      DisasterRecoverGroupIds: z.array(z.string()).optional(),
      PartitionNumber: z.number().int().optional(),
    }),
});
