import { keepPreviousData, queryOptions, skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Instance } from '@cvm/shared';
import * as cvm from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';
import type { InstanceFilter } from './to-api-filters.ts';

export interface InstanceListQuery {
  filters: InstanceFilter[];
  offset: number;
  limit: number;
}

// Keys nest region → list|detail, so switching region or invalidating one region never touches another.
export const instanceKeys = {
  all: ['instances'] as const,
  region: (region: string | undefined) => [...instanceKeys.all, region] as const,
  lists: (region: string | undefined) => [...instanceKeys.region(region), 'list'] as const,
  list: (region: string | undefined, query: InstanceListQuery) => [...instanceKeys.lists(region), query] as const,
  detail: (region: string | undefined, id: string) => [...instanceKeys.region(region), 'detail', id] as const,
};

export function instanceListQueryOptions(region: string | undefined, query: InstanceListQuery) {
  return queryOptions({
    queryKey: instanceKeys.list(region, query),
    queryFn: region
      ? ({ signal }) =>
          callAction(
            cvm.DescribeInstances,
            {
              ...(query.filters.length > 0 ? { Filters: query.filters } : {}),
              Offset: query.offset,
              Limit: query.limit,
            },
            region,
            signal,
          )
      : skipToken,
    // No timer: changing rows are followed by useTransitionWatch, which polls only their states.
    staleTime: 10_000,
  });
}

export function useInstanceList(region: string | undefined, query: InstanceListQuery) {
  return useQuery({
    ...instanceListQueryOptions(region, query),
    // Keep showing the previous page while the next one loads, but not across regions: another
    // region's instances would be misleading, so a region switch shows skeleton rows instead.
    placeholderData: (previous, previousQuery) =>
      previousQuery && previousQuery.queryKey[1] === region ? keepPreviousData(previous) : undefined,
  });
}

export function instanceDetailQueryOptions(region: string | undefined, id: string) {
  return queryOptions({
    queryKey: instanceKeys.detail(region, id),
    queryFn: region
      ? async ({ signal }): Promise<Instance | null> => {
          const response = await callAction(cvm.DescribeInstances, { InstanceIds: [id] }, region, signal);
          return response.InstanceSet.find((instance) => instance.InstanceId === id) ?? null;
        }
      : skipToken,
    staleTime: 10_000,
  });
}

/** The row the person clicked is usually already in a cached list page: show it at once while the detail loads. */
function findCachedInstance(client: QueryClient, region: string | undefined, id: string): Instance | undefined {
  for (const [, data] of client.getQueriesData<{ InstanceSet: Instance[] }>({ queryKey: instanceKeys.lists(region) })) {
    const hit = data?.InstanceSet.find((instance) => instance.InstanceId === id);
    if (hit) return hit;
  }
  return undefined;
}

export function useInstanceDetail(region: string | undefined, id: string, enabled = true) {
  const client = useQueryClient();
  return useQuery({
    ...instanceDetailQueryOptions(region, id),
    enabled,
    placeholderData: () => findCachedInstance(client, region, id),
  });
}
