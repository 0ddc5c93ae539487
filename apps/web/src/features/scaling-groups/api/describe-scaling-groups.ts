import { ess, type ScalingGroup } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { scalingKeys } from './scaling-keys.ts';

const PAGE_SIZE = 50;
/** Enough for 1 000 groups; a region's quota is far below that. */
const MAX_PAGES = 20;

/** Every scaling group of the region, page after page (ESS pages from 1, at most 50 a page). */
export async function describeAllScalingGroups(scope: CloudScope, signal?: AbortSignal): Promise<ScalingGroup[]> {
  const groups: ScalingGroup[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const answer = await callAction(ess.DescribeScalingGroups, { PageNumber: page, PageSize: PAGE_SIZE }, scope, signal);
    const slice = answer.ScalingGroups.ScalingGroup;
    groups.push(...slice);
    if (slice.length < PAGE_SIZE || groups.length >= answer.TotalCount) break;
  }
  return groups;
}

export function scalingGroupsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: scalingKeys.groups(scope),
    queryFn: scope ? ({ signal }) => describeAllScalingGroups(scope, signal) : skipToken,
  });
}

export function useScalingGroups(scope: CloudScope | undefined) {
  return useQuery(scalingGroupsQueryOptions(scope));
}

/** One group from the region's list (null once the list is known not to have it). */
export function useScalingGroup(scope: CloudScope | undefined, groupId: string) {
  return useQuery({
    ...scalingGroupsQueryOptions(scope),
    select: (groups) => groups.find((g) => g.ScalingGroupId === groupId) ?? null,
  });
}
