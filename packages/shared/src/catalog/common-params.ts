import type { z } from 'zod';
import type { Zod } from './define.ts';

// Building blocks shared by many actions' parameter schemas (reference 36440 Filter; protocol §9 paging). Each takes zod
// as its first argument, like the actions' `params`, so the catalog loads no zod at run time.

export const filterSchema = (z: Zod, maxValues: number) =>
  z.strictObject({
    Name: z.string().min(1),
    Values: z.array(z.string()).min(1).max(maxValues),
  });

/** A Filter as the API spells it: Values are ORed inside one Filter, Filters are ANDed (reference 36440). */
export type Filter = z.infer<ReturnType<typeof filterSchema>>;

/** The dotted path of a validation issue, as the cloud names parameters: `Filters.0.Name`; unknown keys included. */
export function issueField(issue: z.core.$ZodIssue): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  return path.map(String).join('.');
}

export const filtersSchema = (z: Zod, maxFilters: number, maxValues: number) => z.array(filterSchema(z, maxValues)).max(maxFilters);

export const offsetSchema = (z: Zod) => z.number().int().min(0);
/** Documented maximum page size for Describe* list actions is 100. */
export const limitSchema = (z: Zod) => z.number().int().min(1).max(100);
export const idListSchema = (z: Zod, max: number) => z.array(z.string().min(1)).max(max);

/** ChargePrepaid / InstanceChargePrepaid / HostChargePrepaid (reference 35841, 37241): the months and the renewal flag. */
export const chargePrepaidSchema = (z: Zod) =>
  z.strictObject({
    Period: z.number().int(),
    RenewFlag: z.enum(['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW']).optional(),
  });

/**
 * Placement (reference 38346) as requests take it: the zone, the project, the hosts; the resource-pool fields and RackId
 * are answers' ("仅用于出参"), accepted because the SDK sends its one structure, and not applied.
 */
export const placementSchema = (z: Zod) =>
  z.strictObject({
    Zone: z.string().min(1),
    ProjectId: z.number().int().min(0).optional(),
    HostIds: z.array(z.string()).optional(),
    HostId: z.string().optional(),
    DedicatedResourcePackTenancy: z.string().optional(),
    DedicatedResourcePackIds: z.array(z.string()).optional(),
    RackId: z.string().optional(),
  });
