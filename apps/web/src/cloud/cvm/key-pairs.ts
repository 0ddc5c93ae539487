import { cvm } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { createKeys } from '../cloud-read-keys.ts';

export function keyPairsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: createKeys.keyPairs(scope),
    queryFn: scope ? ({ signal }) => callAction(cvm.DescribeKeyPairs, { Limit: 100 }, scope, signal) : skipToken,
    select: (data) => data.KeyPairSet,
    staleTime: 60_000,
  });
}

export function useKeyPairs(scope: CloudScope | undefined, enabled: boolean) {
  return useQuery({ ...keyPairsQueryOptions(scope), enabled });
}
