import { batch, type ComputeEnvDetail, type ComputeEnvView, type ComputeNodeState } from '@cvm/shared';
import { queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';

// Batch compute environments (batch.DescribeComputeEnvs) and one environment with its nodes (batch.DescribeComputeEnv). Keys nest
// account → region like every cloud query; invalidating `scope` after an attach or detach reads them all again.
export const batchKeys = {
  scope: (scope: CloudScope | undefined) => ['batch', scope?.account, scope?.region] as const,
  envs: (scope: CloudScope | undefined) => [...batchKeys.scope(scope), 'envs'] as const,
  env: (scope: CloudScope | undefined, envId: string) => [...batchKeys.scope(scope), 'env', envId] as const,
};

/** Node states that change by themselves: a list showing one is read again every few seconds. */
const CHANGING: readonly ComputeNodeState[] = ['SUBMITTED', 'CREATING', 'CREATED', 'DELETING'];
const CHANGING_REFETCH_MS = 2_000;

export const isNodeChanging = (state: ComputeNodeState) => CHANGING.includes(state);

const metricsChanging = (env: ComputeEnvView) => {
  const m = env.ComputeNodeMetrics;
  return m.SubmittedCount + m.CreatingCount + m.CreatedCount + m.DeletingCount > 0;
};

/** Every environment of the region (one page of 100 covers an account's). */
export function computeEnvsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: batchKeys.envs(scope),
    queryFn: scope ? ({ signal }) => callAction(batch.DescribeComputeEnvs, { Limit: 100 }, scope, signal) : skipToken,
    select: (data) => data.ComputeEnvSet,
    staleTime: 10_000,
    refetchInterval: (query) => (query.state.data?.ComputeEnvSet.some(metricsChanging) ? CHANGING_REFETCH_MS : false),
  });
}

export function useComputeEnvs(scope: CloudScope | undefined) {
  return useQuery(computeEnvsQueryOptions(scope));
}

export function computeEnvQueryOptions(scope: CloudScope | undefined, envId: string) {
  return queryOptions({
    queryKey: batchKeys.env(scope, envId),
    queryFn: scope && envId ? ({ signal }) => callAction(batch.DescribeComputeEnv, { EnvId: envId }, scope, signal) : skipToken,
    staleTime: 10_000,
    refetchInterval: (query) => (query.state.data?.ComputeNodeSet.some((node) => isNodeChanging(node.ComputeNodeState)) ? CHANGING_REFETCH_MS : false),
  });
}

export function useComputeEnv(scope: CloudScope | undefined, envId: string) {
  return useQuery(computeEnvQueryOptions(scope, envId));
}

/**
 * Which environment each instance already belongs to, read from the environments that have nodes: an instance is in
 * Batch at most once, and AttachInstances refuses one that is. Undefined while any of them is still loading.
 */
export function useBatchMembership(scope: CloudScope | undefined, envs: ComputeEnvView[] | undefined): Map<string, ComputeEnvDetail> | undefined {
  const withNodes = (envs ?? []).filter((env) => Object.values(env.ComputeNodeMetrics).some((count) => count > 0));
  return useQueries({
    queries: withNodes.map((env) => computeEnvQueryOptions(scope, env.EnvId)),
    combine: (results) => {
      // An environment that could not be read is left to the cloud, which refuses a member all the same.
      if (!envs || results.some((result) => result.isPending)) return undefined;
      const members = new Map<string, ComputeEnvDetail>();
      for (const { data } of results) for (const node of data?.ComputeNodeSet ?? []) members.set(node.ComputeNodeInstanceId, data!);
      return members;
    },
  });
}
