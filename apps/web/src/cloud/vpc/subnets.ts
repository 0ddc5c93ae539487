import { vpc } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { createKeys } from '../cloud-read-keys.ts';

/** The VPC's subnets in the chosen zone: an instance's subnet must be in its zone, so no other one is offered. */
export function subnetsQueryOptions(scope: CloudScope | undefined, vpcId: string, zone: string) {
  return queryOptions({
    queryKey: createKeys.subnets(scope, vpcId, zone),
    queryFn:
      scope && vpcId && zone
        ? ({ signal }) =>
            callAction(
              vpc.DescribeSubnets,
              {
                Filters: [
                  { Name: 'vpc-id', Values: [vpcId] },
                  { Name: 'zone', Values: [zone] },
                ],
                Limit: '100',
              },
              scope,
              signal,
            )
        : skipToken,
    select: (data) => data.SubnetSet,
    staleTime: 60_000,
  });
}

export function useSubnets(scope: CloudScope | undefined, vpcId: string, zone: string) {
  return useQuery(subnetsQueryOptions(scope, vpcId, zone));
}

/** Every subnet of the region, whichever VPC and zone (the first 100, as the VPC page lists them): for the search box. */
export function useRegionSubnets(scope: CloudScope | undefined) {
  return useQuery({
    queryKey: createKeys.regionSubnets(scope),
    queryFn: scope ? ({ signal }) => callAction(vpc.DescribeSubnets, { Limit: '100' }, scope, signal) : skipToken,
    select: (data) => data.SubnetSet,
    staleTime: 60_000,
  });
}
