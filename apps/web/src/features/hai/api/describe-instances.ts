import { hai, HAI_TRANSITIONAL_STATES, type HaiInstance, type HaiInstanceState } from '@cvm/shared';
import { queryOptions, skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useLanguage } from '../../../i18n/use-t.ts';
import { haiKeys } from './hai-keys.ts';

// The region's HAI instances, newest first (one page of 100 holds an account's). Read again every two seconds only
// while one of them is changing (creating, starting, stopping, terminating); a settled list is never polled.

const CHANGING_REFETCH_MS = 2_000;

export const isChanging = (state: HaiInstanceState) => HAI_TRANSITIONAL_STATES.includes(state);

export function haiInstancesQueryOptions(scope: CloudScope | undefined, language: string) {
  return queryOptions({
    queryKey: haiKeys.instances(scope, language),
    queryFn: scope ? ({ signal }) => callAction(hai.DescribeInstances, { Limit: 100 }, scope, signal, language) : skipToken,
    select: (data) => data.InstanceSet,
    staleTime: 10_000,
    refetchInterval: (query) => (query.state.data?.InstanceSet.some((i) => isChanging(i.InstanceState)) ? CHANGING_REFETCH_MS : false),
  });
}

export function useHaiInstances(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  return useQuery(haiInstancesQueryOptions(scope, language));
}

/**
 * Shows an accepted call at once: the instances take their new state in the cached list (in every language), which
 * also starts the list's polling until they settle.
 */
export function markHaiInstances(client: QueryClient, scope: CloudScope, ids: readonly string[], state: HaiInstanceState): void {
  client.setQueriesData<{ InstanceSet: HaiInstance[] }>(
    { queryKey: [...haiKeys.scope(scope), 'instances'] },
    (data) =>
      data && {
        ...data,
        InstanceSet: data.InstanceSet.map((i) => (ids.includes(i.InstanceId) ? { ...i, InstanceState: state, LatestOperationState: 'OPERATING' } : i)),
      },
  );
}
