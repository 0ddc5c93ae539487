import { cvm, TRANSITIONAL_STATES, type Instance } from '@cvm/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { patchInstances } from './patch-instances.ts';

/** Waits between polls: quick at first, when most transitions land, then backing off. */
const POLL_BACKOFF_MS = [1_500, 2_000, 3_000, 5_000, 8_000, 13_000];

export function isTransitional(instance: Instance): boolean {
  return TRANSITIONAL_STATES.includes(instance.InstanceState);
}

/**
 * A change under way on an instance whose state does not say so: a STOPPED instance being resized stays STOPPED (and a
 * disk grown online stays RUNNING) while LatestOperationState is OPERATING. The status poll cannot see those.
 */
export function isChanging(instance: Instance): boolean {
  return instance.LatestOperationState === 'OPERATING' && !isTransitional(instance);
}

/**
 * Follows just the instances on screen that are changing, never the whole list:
 * - those in a transitional state (starting, stopping, ...) by polling DescribeInstancesStatus;
 * - those with a change under way that their state does not show (LatestOperationState OPERATING on a STOPPED or
 *   RUNNING instance) by re-reading them (DescribeInstances with their IDs only), whose answer goes straight into the
 *   rows, until the operation is SUCCESS or FAILED or the state moves (a forced stop's STOPPED → STARTING, which the
 *   status poll then follows).
 * When one of them moves, the cache is brought up to date (the page read again after a status change, the re-read
 * instances written straight into the rows); the new set of changing instances then starts its own watch, with the
 * backoff reset.
 */
export function useTransitionWatch(scope: CloudScope | undefined, instances: readonly Instance[]) {
  const client = useQueryClient();
  // A status says only the state; when one moved, the page and the open detail are read once more for the rest.
  const refetchPage = () => Promise.all([client.invalidateQueries({ queryKey: instanceKeys.lists(scope) }), client.invalidateQueries({ queryKey: instanceKeys.details(scope) })]);
  useWatch(
    scope,
    'status',
    instances.filter(isTransitional),
    (instance) => instance.InstanceState,
    async (ids, known, signal) => {
      const response = await callAction(cvm.DescribeInstancesStatus, { InstanceIds: ids, Limit: 100 }, scope!, signal);
      const moved = response.InstanceStatusSet.length < ids.length || response.InstanceStatusSet.some((status) => known.get(status.InstanceId) !== status.InstanceState);
      if (moved) await refetchPage();
      return moved;
    },
  );
  const signature = (instance: Instance) => `${instance.InstanceState}:${instance.LatestOperation}:${instance.LatestOperationState}`;
  useWatch(scope, 'operations', instances.filter(isChanging), signature, async (ids, known, signal) => {
    const response = await callAction(cvm.DescribeInstances, { InstanceIds: ids }, scope!, signal);
    const fresh = new Map(response.InstanceSet.map((instance) => [instance.InstanceId, instance]));
    const moved = ids.some((id) => !fresh.has(id) || signature(fresh.get(id)!) !== known.get(id));
    // These instances were read whole: they go straight into the rows. Only one that is gone needs the page again.
    if (moved) patchInstances(client, scope!, [...fresh.keys()], (instance) => fresh.get(instance.InstanceId) ?? instance);
    if (ids.some((id) => !fresh.has(id))) await refetchPage();
    return moved;
  });
}

/**
 * One watch: `moved` reads the instances (≤ 100), brings the cache up to date, and says whether any of them is no
 * longer where `signature` saw it.
 * The signatures are part of the key, so the same instances changing again later start a fresh watch.
 */
function useWatch(
  scope: CloudScope | undefined,
  name: string,
  changing: Instance[],
  signature: (instance: Instance) => string,
  moved: (ids: string[], known: Map<string, string>, signal: AbortSignal) => Promise<boolean>,
) {
  const known = new Map(changing.map((instance) => [instance.InstanceId, signature(instance)]));
  const ids = [...known.keys()].sort().slice(0, 100);
  useQuery({
    queryKey: [...instanceKeys.scope(scope), name, ids.map((id) => `${id}:${known.get(id)}`)],
    enabled: scope !== undefined && ids.length > 0,
    queryFn: ({ signal }) => moved(ids, known, signal),
    // The list itself just said what these instances are doing, so the first poll waits one interval.
    initialData: false,
    initialDataUpdatedAt: () => Date.now(),
    refetchInterval: (query) => POLL_BACKOFF_MS[Math.min(query.state.dataUpdateCount, POLL_BACKOFF_MS.length - 1)]!,
    refetchIntervalInBackground: false,
    staleTime: Infinity,
    gcTime: 0,
  });
}
