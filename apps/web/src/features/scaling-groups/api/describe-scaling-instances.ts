import { ess, type ScalingInstance } from '@cvm/shared';
import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { scalingKeys } from './scaling-keys.ts';

const PAGE_SIZE = 50;
const MAX_PAGES = 20;

/** The instances in one group, page after page. */
async function describeMembers(scope: CloudScope, groupId: string, signal?: AbortSignal): Promise<ScalingInstance[]> {
  const members: ScalingInstance[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const answer = await callAction(ess.DescribeScalingInstances, { ScalingGroupId: groupId, PageNumber: page, PageSize: PAGE_SIZE }, scope, signal);
    const slice = answer.ScalingInstances.ScalingInstance;
    members.push(...slice);
    if (slice.length < PAGE_SIZE || members.length >= answer.TotalCount) break;
  }
  return members;
}

export function scalingMembersQueryOptions(scope: CloudScope | undefined, groupId: string) {
  return queryOptions({
    queryKey: scalingKeys.members(scope, groupId),
    queryFn: scope ? ({ signal }) => describeMembers(scope, groupId, signal) : skipToken,
  });
}

export function useScalingMembers(scope: CloudScope | undefined, groupId: string) {
  return useQuery(scalingMembersQueryOptions(scope, groupId));
}

/**
 * Which scaling group each of up to 20 instances is in (ESS filters by InstanceId across all groups of the region);
 * an instance in no group is absent from the map.
 */
export function useGroupMembership(scope: CloudScope | undefined, instanceIds: readonly string[]) {
  return useQuery({
    queryKey: scalingKeys.membership(scope, instanceIds),
    queryFn:
      scope && instanceIds.length > 0
        ? async ({ signal }) => {
            const answer = await callAction(ess.DescribeScalingInstances, { InstanceId: [...instanceIds], PageSize: 50 }, scope, signal);
            return new Map(answer.ScalingInstances.ScalingInstance.map((m) => [m.InstanceId, m.ScalingGroupId]));
          }
        : skipToken,
    placeholderData: keepPreviousData,
  });
}
