import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TRANSITIONAL_STATES, type Instance } from '@cvm/shared';
import * as cvm from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from './describe-instances.ts';

/** Waits between status polls: quick at first, when most transitions land, then backing off. */
const POLL_BACKOFF_MS = [1_500, 2_000, 3_000, 5_000, 8_000, 13_000];

export function isTransitional(instance: Instance): boolean {
  return TRANSITIONAL_STATES.includes(instance.InstanceState);
}

/**
 * Polls DescribeInstancesStatus for just the instances on screen that are changing (starting, stopping, ...), never
 * the whole list. When one of them reaches another state, the page and the open detail are fetched once more; the
 * new set of changing instances then starts its own watch, with the backoff reset.
 */
export function useTransitionWatch(scope: CloudScope | undefined, instances: readonly Instance[]) {
  const client = useQueryClient();
  const changing = instances.filter(isTransitional);
  const ids = [...new Set(changing.map((instance) => instance.InstanceId))].sort();
  const known = new Map(changing.map((instance) => [instance.InstanceId, instance.InstanceState]));

  return useQuery({
    // The states are part of the key: the same instances changing again later start a fresh watch, backoff reset.
    queryKey: [...instanceKeys.scope(scope), 'status', ids.map((id) => `${id}:${known.get(id)}`)],
    enabled: scope !== undefined && ids.length > 0,
    queryFn: async ({ signal }) => {
      const response = await callAction(cvm.DescribeInstancesStatus, { InstanceIds: ids.slice(0, 100), Limit: 100 }, scope!, signal);
      const settled =
        response.InstanceStatusSet.length < Math.min(ids.length, 100) ||
        response.InstanceStatusSet.some((status) => known.get(status.InstanceId) !== status.InstanceState);
      if (settled) {
        await Promise.all([
          client.invalidateQueries({ queryKey: instanceKeys.lists(scope) }),
          client.invalidateQueries({ queryKey: instanceKeys.details(scope) }),
        ]);
      }
      return response;
    },
    // The list itself just said what these instances are doing, so the first poll waits one interval.
    initialData: { TotalCount: 0, InstanceStatusSet: [], RequestId: '' },
    initialDataUpdatedAt: () => Date.now(),
    refetchInterval: (query) => POLL_BACKOFF_MS[Math.min(query.state.dataUpdateCount, POLL_BACKOFF_MS.length - 1)]!,
    refetchIntervalInBackground: false,
    staleTime: Infinity,
    gcTime: 0,
  });
}
