import { cvm, type cvm as catalog, type Instance, type ParamsOf, type ResponseOf, type WithRequestId } from '@cvm/shared';
import { keepPreviousData, queryOptions, skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';

/** How many instances the list shows until someone picks another page size; the create page prefetches that page. */
export const FIRST_PAGE_SIZE = 20;

/** One DescribeInstances filter, as the API takes it. */
export type InstanceFilter = NonNullable<ParamsOf<typeof catalog.DescribeInstances>['Filters']>[number];

export interface InstanceListQuery {
  filters: InstanceFilter[];
  /**
   * Alternatives, each ANDed with `filters`, whose answers are merged (an address that may be private or public): each
   * is asked for its first MERGED_LIMIT, and the page is cut from their union, newest first. Alternatives name exact
   * addresses (at most five), which a handful of instances hold at most: the union is the whole answer.
   */
  anyOf?: InstanceFilter[][];
  offset: number;
  limit: number;
}

/** How many instances each alternative of a merged search brings (the API's largest page). */
const MERGED_LIMIT = 100;

type InstanceList = ResponseOf<typeof cvm.DescribeInstances> & WithRequestId;

/** The union of a merged search's answers, newest first as DescribeInstances lists, and the page asked for. */
async function mergedList(scope: CloudScope, query: InstanceListQuery, signal?: AbortSignal): Promise<InstanceList> {
  const answers = await Promise.all(
    (query.anyOf ?? []).map((alternative) => callAction(cvm.DescribeInstances, { Filters: [...query.filters, ...alternative], Offset: 0, Limit: MERGED_LIMIT }, scope, signal)),
  );
  const byId = new Map<string, Instance>();
  for (const answer of answers) for (const instance of answer.InstanceSet) byId.set(instance.InstanceId, instance);
  const all = [...byId.values()].sort((a, b) => b.CreatedTime.localeCompare(a.CreatedTime) || a.InstanceId.localeCompare(b.InstanceId));
  return {
    TotalCount: all.length,
    InstanceSet: all.slice(query.offset, query.offset + query.limit),
    RequestId: answers[0]!.RequestId,
  };
}

/** One page of a list or search: one DescribeInstances call, or the merged answers of a search's alternatives. */
export function describeInstancePage(scope: CloudScope, query: InstanceListQuery, signal?: AbortSignal): Promise<InstanceList> {
  if (query.anyOf?.length) return mergedList(scope, query, signal);
  const params = { ...(query.filters.length > 0 ? { Filters: query.filters } : {}), Offset: query.offset, Limit: query.limit };
  return callAction(cvm.DescribeInstances, params, scope, signal);
}

// Keys nest account → region → list|detail, so switching either, or invalidating one, never touches another.
export const instanceKeys = {
  all: ['instances'] as const,
  scope: (scope: CloudScope | undefined) => [...instanceKeys.all, scope?.account, scope?.region] as const,
  lists: (scope: CloudScope | undefined) => [...instanceKeys.scope(scope), 'list'] as const,
  list: (scope: CloudScope | undefined, query: InstanceListQuery) => [...instanceKeys.lists(scope), query] as const,
  details: (scope: CloudScope | undefined) => [...instanceKeys.scope(scope), 'detail'] as const,
  detail: (scope: CloudScope | undefined, id: string) => [...instanceKeys.details(scope), id] as const,
};

export function instanceListQueryOptions(scope: CloudScope | undefined, query: InstanceListQuery) {
  return queryOptions({
    queryKey: instanceKeys.list(scope, query),
    queryFn: scope ? ({ signal }) => describeInstancePage(scope, query, signal) : skipToken,
    // No timer: changing rows are followed by useTransitionWatch, which polls only their states.
    staleTime: 10_000,
  });
}

export function useInstanceList(scope: CloudScope | undefined, query: InstanceListQuery) {
  return useQuery({
    ...instanceListQueryOptions(scope, query),
    // Keep showing the previous page while the next one loads, but never across accounts or regions: another
    // account's or region's instances would be misleading, so such a switch shows skeleton rows instead.
    placeholderData: (previous, previousQuery) =>
      previousQuery && previousQuery.queryKey[1] === scope?.account && previousQuery.queryKey[2] === scope?.region ? keepPreviousData(previous) : undefined,
  });
}

/** The given instances (≤ 100), read by ID; one that is gone is missing from the answer. */
export async function describeInstancesById(scope: CloudScope, ids: readonly string[], signal?: AbortSignal): Promise<Instance[]> {
  return (await callAction(cvm.DescribeInstances, { InstanceIds: [...ids] }, scope, signal)).InstanceSet;
}

export function instanceDetailQueryOptions(scope: CloudScope | undefined, id: string) {
  return queryOptions({
    queryKey: instanceKeys.detail(scope, id),
    queryFn: scope
      ? async ({ signal }): Promise<Instance | null> => (await describeInstancesById(scope, [id], signal)).find((instance) => instance.InstanceId === id) ?? null
      : skipToken,
    staleTime: 10_000,
  });
}

/** The row the person clicked is usually already in a cached list page: show it at once while the detail loads. */
function findCachedInstance(client: QueryClient, scope: CloudScope | undefined, id: string): Instance | undefined {
  for (const [, data] of client.getQueriesData<{ InstanceSet: Instance[] }>({ queryKey: instanceKeys.lists(scope) })) {
    const hit = data?.InstanceSet.find((instance) => instance.InstanceId === id);
    if (hit) return hit;
  }
  return undefined;
}

export function useInstanceDetail(scope: CloudScope | undefined, id: string, enabled = true) {
  const client = useQueryClient();
  return useQuery({
    ...instanceDetailQueryOptions(scope, id),
    enabled,
    placeholderData: () => findCachedInstance(client, scope, id),
  });
}
