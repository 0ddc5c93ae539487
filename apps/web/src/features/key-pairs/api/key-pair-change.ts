import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';

/** One change to the region's key pairs (its call given at mutate time); the list is read again once it lands. */
export function useKeyPairChange<T>(scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<T>) => send(),
    onSettled: () => client.invalidateQueries({ queryKey: createKeys.keyPairs(scope) }),
  });
}
