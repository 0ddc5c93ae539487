import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { placementKeys } from '../../../cloud/cvm/placement.ts';

/** One change to the region's placement groups or hosts (its call given at mutate time); both lists are read again once it lands. */
export function usePlacementChange<T>(scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<T>) => send(),
    onSettled: () => client.invalidateQueries({ queryKey: placementKeys.all(scope) }),
  });
}
