import { cvm, type KeyPair } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { createKeys } from '../cloud-read-keys.ts';

/** The API's largest page (DescribeKeyPairs' Limit). */
const PAGE = 100;

/** Every key pair of the region, page after page (an account rarely has more than one page). */
async function allKeyPairs(scope: CloudScope, signal: AbortSignal): Promise<KeyPair[]> {
  const keys: KeyPair[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callAction(cvm.DescribeKeyPairs, { Offset: offset, Limit: PAGE }, scope, signal);
    keys.push(...page.KeyPairSet);
    if (page.KeyPairSet.length < PAGE || keys.length >= page.TotalCount) return keys;
  }
}

export function keyPairsQueryOptions(scope: CloudScope | undefined) {
  return queryOptions({
    queryKey: createKeys.keyPairs(scope),
    queryFn: scope ? ({ signal }) => allKeyPairs(scope, signal) : skipToken,
    staleTime: 60_000,
  });
}

export function useKeyPairs(scope: CloudScope | undefined, enabled = true) {
  return useQuery({ ...keyPairsQueryOptions(scope), enabled });
}
