import { cvmHpc } from '@cvm/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useLanguage } from '../../../i18n/use-t.ts';

// The pages' reads: the region's HPC clusters, its CHC hosts and what each host's state forbids. A host changing
// networks (OPERATING, or READY while it prepares) is read again every few seconds until it settles.

type ChcHost = cvmHpc.ChcHost;
type HpcClusterInfo = cvmHpc.HpcClusterInfo;

/** The API's largest page (Limit 100 for both lists). */
const PAGE = 100;
/** How often a host that is changing is read again. */
const WATCH_MS = 2_000;

export const hpcChcKeys = {
  scope: (scope: CloudScope | undefined) => ['hpc-chc', scope?.account, scope?.region] as const,
  clusters: (scope: CloudScope | undefined) => [...hpcChcKeys.scope(scope), 'clusters'] as const,
  hosts: (scope: CloudScope | undefined, language: string) => [...hpcChcKeys.scope(scope), 'hosts', language] as const,
  denied: (scope: CloudScope | undefined, fingerprint: string) => [...hpcChcKeys.scope(scope), 'denied', fingerprint] as const,
};

async function allClusters(scope: CloudScope, signal: AbortSignal): Promise<HpcClusterInfo[]> {
  const clusters: HpcClusterInfo[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callAction(cvmHpc.DescribeHpcClusters, { Offset: offset, Limit: PAGE }, scope, signal);
    clusters.push(...page.HpcClusterSet);
    if (page.HpcClusterSet.length < PAGE || clusters.length >= page.TotalCount) return clusters;
  }
}

async function allHosts(scope: CloudScope, signal: AbortSignal, language: string): Promise<ChcHost[]> {
  const hosts: ChcHost[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callAction(cvmHpc.DescribeChcHosts, { Offset: offset, Limit: PAGE }, scope, signal, language);
    hosts.push(...page.ChcHostSet);
    if (page.ChcHostSet.length < PAGE || hosts.length >= page.TotalCount) return hosts;
  }
}

export function useHpcClusters(scope: CloudScope | undefined) {
  return useQuery({
    queryKey: hpcChcKeys.clusters(scope),
    queryFn: scope ? ({ signal }) => allClusters(scope, signal) : skipToken,
    staleTime: 30_000,
  });
}

/** Whether a host is in the middle of a change, so its row is read again until it settles. */
export const isChanging = (host: Pick<ChcHost, 'InstanceState' | 'LatestOperationState'>) =>
  host.InstanceState === 'OPERATING' || host.InstanceState === 'READY' || host.LatestOperationState === 'OPERATING';

export function useChcHosts(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  return useQuery({
    queryKey: hpcChcKeys.hosts(scope, language),
    queryFn: scope ? ({ signal }) => allHosts(scope, signal, language) : skipToken,
    staleTime: 30_000,
    refetchInterval: (query) => (query.state.data?.some(isChanging) ? WATCH_MS : false),
  });
}

/**
 * What each listed host's state forbids now (DescribeChcDeniedActions), by ChcId: asked again whenever a host's state
 * or latest operation changes, so the buttons follow the cloud's own rule.
 */
export function useChcDeniedActions(scope: CloudScope | undefined, hosts: readonly ChcHost[] | undefined) {
  const ids = hosts?.map((host) => host.ChcId) ?? [];
  const fingerprint = hosts?.map((host) => `${host.ChcId}:${host.InstanceState}:${host.LatestOperationState}`).join(',') ?? '';
  return useQuery({
    queryKey: hpcChcKeys.denied(scope, fingerprint),
    queryFn:
      scope && ids.length
        ? async ({ signal }) => {
            const denied = new Map<string, string[]>();
            for (let at = 0; at < ids.length; at += PAGE) {
              const answer = await callAction(cvmHpc.DescribeChcDeniedActions, { ChcIds: ids.slice(at, at + PAGE) }, scope, signal);
              for (const entry of answer.ChcHostDeniedActionSet) denied.set(entry.ChcId, entry.DenyActions);
            }
            return denied;
          }
        : skipToken,
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}

/** One change to the region's clusters or hosts (its call given at mutate time); both lists are read again after. */
export function useHpcChcChange<T>(scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<T>) => send(),
    onSettled: () => client.invalidateQueries({ queryKey: hpcChcKeys.scope(scope) }),
  });
}
