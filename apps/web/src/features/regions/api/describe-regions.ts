import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { useLanguage } from '../../../i18n/use-t.ts';
import * as cvm from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';

/**
 * The region list is the same whichever region asks, so it is cached once (not per region); a
 * region is still needed because every call carries one.
 */
export function regionsQueryOptions(region: string | undefined, language: string) {
  return queryOptions({
    queryKey: ['regions', language],
    queryFn: region ? ({ signal }) => callAction(cvm.DescribeRegions, {}, region, signal, language) : skipToken,
    select: (data) => data.RegionSet,
    staleTime: 60 * 60 * 1000,
  });
}

export function useRegions(region: string | undefined) {
  const { language } = useLanguage();
  return useQuery({ ...regionsQueryOptions(region, language), placeholderData: keepPreviousData });
}
