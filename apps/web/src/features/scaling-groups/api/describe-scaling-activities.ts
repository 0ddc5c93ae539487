import { ess, type ScalingActivity } from '@cvm/shared';
import { useEffect, useRef } from 'react';
import { queryOptions, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { activityPollDelay } from '../model/activity-polling.ts';
import { refreshGroup } from './refresh-group.ts';
import { scalingKeys } from './scaling-keys.ts';

/** How many of a group's activities the detail shows: the latest ones, newest first (as ESS lists them). */
const RECENT = 10;

export function scalingActivitiesQueryOptions(scope: CloudScope | undefined, groupId: string) {
  return queryOptions({
    queryKey: scalingKeys.activities(scope, groupId),
    queryFn: scope
      ? async ({ signal }) =>
          (await callAction(ess.DescribeScalingActivities, { ScalingGroupId: groupId, PageNumber: 1, PageSize: RECENT }, scope, signal)).ScalingActivities.ScalingActivity
      : skipToken,
  });
}

export function useScalingActivities(scope: CloudScope | undefined, groupId: string) {
  return useQuery(scalingActivitiesQueryOptions(scope, groupId));
}

/** The group's activity still running, if any: ESS runs one at a time per group. */
export function runningActivity(activities: readonly ScalingActivity[] | undefined): ScalingActivity | undefined {
  return activities?.find((a) => a.StatusCode === 'InProgress');
}

/**
 * Follows one activity known to be running: asks ESS about that activity alone (ScalingActivityId.1), soon at first and
 * then with backoff, until it is no longer InProgress; then reads the group, its members and its activities again.
 */
export function useActivityWatch(scope: CloudScope | undefined, groupId: string, activityId: string | undefined) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: scalingKeys.activity(scope, activityId ?? ''),
    queryFn:
      scope && activityId
        ? async ({ signal }): Promise<ScalingActivity | null> =>
            (await callAction(ess.DescribeScalingActivities, { ScalingActivityId: [activityId] }, scope, signal)).ScalingActivities.ScalingActivity[0] ?? null
        : skipToken,
    refetchInterval: (q) => (q.state.data?.StatusCode === 'InProgress' ? activityPollDelay(q.state.dataUpdateCount) : false),
  });

  // The hook is only used for activities known to be running, so the first answer that is not InProgress is the end.
  const status = query.data?.StatusCode;
  const refreshed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!activityId || !status || status === 'InProgress' || refreshed.current === activityId) return;
    refreshed.current = activityId;
    void refreshGroup(client, scope, groupId);
  }, [activityId, status, client, scope, groupId]);

  return query;
}
