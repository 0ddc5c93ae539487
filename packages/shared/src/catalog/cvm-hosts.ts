import type { HostItem, HostPriceInfo, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { chargePrepaidSchema, filtersSchema, limitSchema, offsetSchema, placementSchema } from './common-params.ts';

// Dedicated hosts (CDH, 专用宿主机; reference 21334–22443): bought by the month (AllocateHosts), listed with what is
// left of their CPUs and memory (DescribeHosts), renamed or given another renewal flag (ModifyHostsAttribute), renewed
// and priced for renewal. Instances are bought onto one with RunInstances' Placement.HostIds and InstanceChargeType
// CDHPAID. The schemas check shapes; the rules (types, zones, periods, capacity) are the cloud's, with its codes.
const service = 'cvm';
const version = '2017-03-12';

/** 21334: HostChargeType PREPAID only (its default), with HostChargePrepaid; HostType defaults to HS1, HostCount to 1. */
export const AllocateHosts = defineAction<WithRequestId & { HostIdSet: string[] }>()({
  service,
  version,
  action: 'AllocateHosts',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 21342' },
  idempotencyToken: 'ClientToken',
  params: (z) =>
    z.strictObject({
      Placement: placementSchema(z),
      ClientToken: z.string().optional(),
      HostChargePrepaid: chargePrepaidSchema(z).optional(),
      HostChargeType: z.string().optional(),
      HostType: z.string().optional(),
      HostCount: z.number().int().optional(),
      TagSpecification: z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) })).optional(),
    }),
});

/** 22109: Filters zone, project-id, host-id, host-name, host-state, host-type, tag-key, tag-value, tag:<key> (≤10 × ≤5). */
export const DescribeHosts = defineAction<{ TotalCount: number; HostSet: HostItem[] }>()({
  service,
  version,
  action: 'DescribeHosts',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 22115' },
  params: (z) => z.strictObject({ Filters: filtersSchema(z, 10, 5).optional(), Offset: offsetSchema(z).optional(), Limit: limitSchema(z).optional() }),
});

/** 21579: HostName (≤ 60) or RenewFlag, not both; ProjectId (the SDK's). */
export const ModifyHostsAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyHostsAttribute',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 21585' },
  params: (z) =>
    z.strictObject({
      HostIds: z.array(z.string().min(1)),
      HostName: z.string().optional(),
      RenewFlag: z.string().optional(),
      ProjectId: z.number().int().optional(),
    }),
});

/** 21759: ≤ 100 prepaid hosts, for HostChargePrepaid.Period more months. */
export const RenewHosts = defineAction<WithRequestId>()({
  service,
  version,
  action: 'RenewHosts',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 21769' },
  params: (z) => z.strictObject({ HostIds: z.array(z.string().min(1)), HostChargePrepaid: chargePrepaidSchema(z) }),
});

/** 21924: what RenewHosts would cost; DryRun only checks. */
export const InquiryPriceRenewHosts = defineAction<WithRequestId & { Price: HostPriceInfo }>()({
  service,
  version,
  action: 'InquiryPriceRenewHosts',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 21932' },
  params: (z) => z.strictObject({ HostIds: z.array(z.string().min(1)), HostChargePrepaid: chargePrepaidSchema(z), DryRun: z.boolean().optional() }),
});
