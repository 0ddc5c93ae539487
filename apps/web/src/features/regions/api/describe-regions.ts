import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useLanguage } from '../../../i18n/use-t.ts';
import * as cvm from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';

/**
 * The regions an account can see are the same whichever region asks, so they are cached per account (not per
 * region); a region is still needed because every call carries one.
 */
export function regionsQueryOptions(scope: CloudScope | undefined, language: string) {
  return queryOptions({
    queryKey: ['regions', scope?.account, language],
    queryFn: scope ? ({ signal }) => callAction(cvm.DescribeRegions, {}, scope, signal, language) : skipToken,
    select: (data) => data.RegionSet,
    staleTime: 60 * 60 * 1000,
  });
}

export function useRegions(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  return useQuery({
    ...regionsQueryOptions(scope, language),
    // Across a language switch the old names are better than an empty list; never across accounts.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === scope?.account ? keepPreviousData(previous) : undefined),
  });
}
