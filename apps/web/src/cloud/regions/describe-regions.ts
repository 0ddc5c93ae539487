import { cvm, ecs, type CloudProvider, type RegionInfo } from '@cvm/shared';
import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { useLanguage } from '../../i18n/use-t.ts';
import { callAction } from '../../api/call-action.ts';

/**
 * The regions an account can see, in CVM's shape whichever cloud lists them: Tencent Cloud's CVM DescribeRegions, or
 * Alibaba Cloud's ECS DescribeRegions (RegionId and LocalName; every region it lists is open to the account).
 */
async function describeRegions(scope: CloudScope, cloud: CloudProvider, language: string, signal: AbortSignal): Promise<RegionInfo[]> {
  if (cloud === 'aliyun') {
    const answer = await callAction(ecs.DescribeRegions, { AcceptLanguage: language === 'zh-CN' ? 'zh-CN' : 'en-US' }, scope, signal, language);
    return answer.Regions.Region.map((r) => ({ Region: r.RegionId, RegionName: r.LocalName, RegionState: 'AVAILABLE' }));
  }
  return (await callAction(cvm.DescribeRegions, {}, scope, signal, language)).RegionSet;
}

/**
 * The regions an account can see are the same whichever region asks, so they are cached per account (not per
 * region); a region is still needed because every call carries one. `cloud` is the account's: an account is only ever
 * asked with its own cloud's action (the other would be refused as CloudMismatch).
 */
export function regionsQueryOptions(scope: CloudScope | undefined, language: string, cloud: CloudProvider = 'tencent') {
  return queryOptions({
    queryKey: ['regions', scope?.account, language, cloud],
    queryFn: scope ? ({ signal }) => describeRegions(scope, cloud, language, signal) : skipToken,
    staleTime: 60 * 60 * 1000,
  });
}

export function useRegions(scope: CloudScope | undefined, cloud?: CloudProvider) {
  const { language } = useLanguage();
  return useQuery({
    ...regionsQueryOptions(scope, language, cloud),
    // Across a language switch the old names are better than an empty list; never across accounts.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === scope?.account ? keepPreviousData(previous) : undefined),
  });
}
