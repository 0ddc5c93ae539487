import { sts } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';

/**
 * Whose account the console's keys belong to (STS GetCallerIdentity): its AccountId is the UIN that resource
 * descriptions name (`qcs::cvm:<region>:uin/<uin>:instance/<id>`). It does not change: read once per account.
 */
export function callerIdentityQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: ['sts', scope?.account, 'caller-identity'] as const,
    queryFn: scope ? ({ signal }) => callAction(sts.GetCallerIdentity, {}, scope, signal) : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCallerIdentity(scope: CloudScope | undefined) {
  return useQuery(callerIdentityQueryOptions(scope));
}

/** The six-segment description of an instance, as the tag service names resources. */
export const instanceResource = (region: string, uin: string, instanceId: string) => `qcs::cvm:${region}:uin/${uin}:instance/${instanceId}`;
