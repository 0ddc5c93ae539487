import { cvm, type DisasterRecoverGroup, type HostItem } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';

// The region's placement groups (DescribeDisasterRecoverGroups) and dedicated hosts (DescribeHosts): read by their own
// pages, the create wizard (to choose one) and the instances' "placement group" change. Keys nest account → region.

export const placementKeys = {
  all: (scope: CloudScope | undefined) => ['placement', scope?.account, scope?.region] as const,
  groups: (scope: CloudScope | undefined) => [...placementKeys.all(scope), 'groups'] as const,
  hosts: (scope: CloudScope | undefined) => [...placementKeys.all(scope), 'hosts'] as const,
};

/** The API's largest page. */
const PAGE = 100;
/** A host being made (PENDING) is looked at again this often until it is RUNNING. */
const PENDING_REFETCH_MS = 3_000;

async function everyPage<T>(read: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read(offset);
    all.push(...page.items);
    if (page.items.length < PAGE || all.length >= page.total) return all;
  }
}

export function placementGroupsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: placementKeys.groups(scope),
    queryFn: scope
      ? ({ signal }) =>
          everyPage<DisasterRecoverGroup>(async (offset) => {
            const answer = await callAction(cvm.DescribeDisasterRecoverGroups, { Offset: offset, Limit: PAGE }, scope, signal);
            return { items: answer.DisasterRecoverGroupSet, total: answer.TotalCount };
          })
      : skipToken,
    staleTime: 30_000,
  });
}

export function usePlacementGroups(scope: CloudScope | undefined, enabled = true) {
  return useQuery({ ...placementGroupsQueryOptions(scope), enabled });
}

export function useDedicatedHosts(scope: CloudScope | undefined, enabled = true) {
  return useQuery({
    queryKey: placementKeys.hosts(scope),
    queryFn: scope
      ? ({ signal }) =>
          everyPage<HostItem>(async (offset) => {
            const answer = await callAction(cvm.DescribeHosts, { Offset: offset, Limit: PAGE }, scope, signal);
            return { items: answer.HostSet, total: answer.TotalCount };
          })
      : skipToken,
    staleTime: 30_000,
    enabled,
    refetchInterval: (query) => (query.state.data?.some((host) => host.HostState === 'PENDING') ? PENDING_REFETCH_MS : false),
  });
}
