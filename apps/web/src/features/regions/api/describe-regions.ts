import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import * as cvm from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';

/**
 * The region list is the same whichever region asks, so it is cached once (not per region); a
 * region is still needed because every call carries one.
 */
export function regionsQueryOptions(region: string | undefined) {
  return queryOptions({
    queryKey: ['regions'],
    queryFn: region ? ({ signal }) => callAction(cvm.DescribeRegions, {}, region, signal) : skipToken,
    select: (data) => data.RegionSet,
    staleTime: 60 * 60 * 1000,
  });
}

export function useRegions(region: string | undefined) {
  return useQuery(regionsQueryOptions(region));
}
