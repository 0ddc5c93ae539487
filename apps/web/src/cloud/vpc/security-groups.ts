import { vpc } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { createKeys } from '../cloud-read-keys.ts';

export function securityGroupsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: createKeys.securityGroups(scope),
    queryFn: scope ? ({ signal }) => callAction(vpc.DescribeSecurityGroups, { Limit: '100' }, scope, signal) : skipToken,
    select: (data) => data.SecurityGroupSet,
    staleTime: 60_000,
  });
}

export function useSecurityGroups(scope: CloudScope | undefined) {
  return useQuery(securityGroupsQueryOptions(scope));
}
