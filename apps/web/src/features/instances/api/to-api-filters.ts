import type { InstanceFilter } from '../../../cloud/cvm/describe-instances.ts';
import type { InstanceListFilters } from '../hooks/use-instance-list-params.ts';

/** DescribeInstances accepts at most 5 values per filter. */
export const MAX_ID_VALUES = 5;

/** A whole instance ID; anything shorter is still being typed and would only earn InvalidInstanceId.Malformed. */
const INSTANCE_ID = /^ins-[a-z0-9]{8}$/;

/** Splits the ID box into the complete IDs that can be sent and the tokens that cannot (yet). */
export function parseInstanceIds(text: string): { ids: string[]; incomplete: string[]; dropped: number } {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  const complete = [...new Set(tokens.filter((token) => INSTANCE_ID.test(token)))];
  return {
    ids: complete.slice(0, MAX_ID_VALUES),
    incomplete: tokens.filter((token) => !INSTANCE_ID.test(token)),
    dropped: Math.max(0, complete.length - MAX_ID_VALUES),
  };
}

/**
 * Turns the list's filters into DescribeInstances Filters, so the cloud does the filtering and the
 * paging stays exact. The ID box takes several IDs separated by spaces or commas (ORed by the API).
 */
export function toApiFilters(filters: InstanceListFilters): InstanceFilter[] {
  const result: InstanceFilter[] = [];
  if (filters.state) result.push({ Name: 'instance-state', Values: [filters.state] });
  if (filters.zone) result.push({ Name: 'zone', Values: [filters.zone] });
  const name = filters.name.trim();
  if (name) result.push({ Name: 'instance-name', Values: [name] });
  const { ids } = parseInstanceIds(filters.id);
  if (ids.length > 0) result.push({ Name: 'instance-id', Values: ids });
  return result;
}
