import { CloudError } from '../../http/cloud-error.ts';
import { paginate } from '../filters.ts';

// The VPC API pages with Offset and Limit written as strings (default 0 and 20, Limit at most 100), and refuses a
// list of IDs together with Filters (InvalidParameterCoexist).

export function vpcPage<T>(items: readonly T[], offset: string | undefined, limit: string | undefined): T[] {
  const size = limit === undefined ? 20 : Number(limit);
  if (size < 1 || size > 100) throw new CloudError('InvalidParameterValue.Range', `The value of parameter \`Limit\` must be between 1 and 100, got ${limit}.`);
  return paginate(items, offset === undefined ? 0 : Number(offset), size);
}

export function refuseIdsWithFilters(idsName: string, ids: readonly string[] | undefined, filters: readonly unknown[] | undefined): void {
  if (ids?.length && filters?.length) {
    throw new CloudError('InvalidParameterCoexist', `The parameters \`${idsName}\` and \`Filters\` cannot be specified at the same time.`);
  }
}

export function checkIds(idsName: string, ids: readonly string[] | undefined, pattern: RegExp): void {
  for (const id of ids ?? []) {
    if (!pattern.test(id)) throw new CloudError('InvalidParameterValue.Malformed', `The ID \`${id}\` in \`${idsName}\` is malformed.`);
  }
}

export const tagFilters = <T extends { TagSet: { Key: string; Value: string }[] }>() => ({
  'tag-key': { match: (item: T, values: string[]) => item.TagSet.some((t) => values.includes(t.Key)) },
  'tag:': { match: (item: T, values: string[], name: string) => item.TagSet.some((t) => t.Key === name.slice(4) && values.includes(t.Value)) },
});

export const isDefaultFilter = <T extends { IsDefault: boolean }>() => ({
  match: (item: T, values: string[]) => values.includes(String(item.IsDefault)),
});

export const UNKNOWN_FILTER_CODE = 'InvalidParameter.FilterInvalidKey';
