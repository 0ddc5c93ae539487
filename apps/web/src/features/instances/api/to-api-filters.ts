import type { cvm, ParamsOf } from '@cvm/shared';
import type { InstanceListFilters } from '../hooks/use-instance-list-params.ts';

export type DescribeInstancesParams = ParamsOf<typeof cvm.DescribeInstances>;
export type InstanceFilter = NonNullable<DescribeInstancesParams['Filters']>[number];

/** DescribeInstances accepts at most 5 values per filter. */
const MAX_VALUES = 5;

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
  const ids = filters.id.split(/[\s,]+/).filter(Boolean).slice(0, MAX_VALUES);
  if (ids.length > 0) result.push({ Name: 'instance-id', Values: ids });
  return result;
}
