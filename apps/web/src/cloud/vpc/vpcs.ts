import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { DescribeVpcs } from '../../api/actions.ts';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { createKeys } from '../cloud-read-keys.ts';

/** The region's VPCs (vpc DescribeVpcs; the VPC API spells Limit as a string). */
export function vpcsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: createKeys.vpcs(scope),
    queryFn: scope ? ({ signal }) => callAction(DescribeVpcs, { Limit: '100' }, scope, signal) : skipToken,
    select: (data) => data.VpcSet,
    staleTime: 60_000,
  });
}

export function useVpcs(scope: CloudScope | undefined) {
  return useQuery(vpcsQueryOptions(scope));
}
