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
