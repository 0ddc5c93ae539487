import { vpc } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { createKeys } from '../cloud-read-keys.ts';

/** The region's VPCs (vpc vpc.DescribeVpcs; the VPC API spells Limit as a string). */
export function vpcsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: createKeys.vpcs(scope),
    queryFn: scope ? ({ signal }) => callAction(vpc.DescribeVpcs, { Limit: '100' }, scope, signal) : skipToken,
    select: (data) => data.VpcSet,
    staleTime: 60_000,
  });
}

export function useVpcs(scope: CloudScope | undefined) {
  return useQuery(vpcsQueryOptions(scope));
}
