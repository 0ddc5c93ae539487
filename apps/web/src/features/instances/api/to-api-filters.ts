import { parseInstanceSearch } from '@cvm/shared';
import type { InstanceFilter, InstanceListQuery } from '../../../cloud/cvm/describe-instances.ts';
import type { InstanceListFilters } from '../hooks/use-instance-list-params.ts';

/**
 * Turns the list's filters into a DescribeInstances query, so the cloud does the filtering and the paging stays exact:
 * state and zone, and the search box's tokens (@cvm/shared parseInstanceSearch). An address that may be private or
 * public becomes two alternatives (`anyOf`), asked separately and merged.
 */
export function toApiQuery(filters: InstanceListFilters): Pick<InstanceListQuery, 'filters' | 'anyOf'> {
  const result: InstanceFilter[] = [];
  if (filters.state) result.push({ Name: 'instance-state', Values: [filters.state] });
  if (filters.zone) result.push({ Name: 'zone', Values: [filters.zone] });
  const search = parseInstanceSearch(filters.q);
  // The selects win over the same key typed in the box: one filter a name, as the API wants.
  for (const filter of search.filters) if (!result.some((f) => f.Name === filter.Name)) result.push(filter);
  if (search.addresses.length === 0) return { filters: result };
  return {
    filters: result,
    anyOf: [[{ Name: 'private-ip-address', Values: search.addresses }], [{ Name: 'public-ip-address', Values: search.addresses }]],
  };
}
