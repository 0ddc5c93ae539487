import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { patchInstances } from './patch-instances.ts';

/**
 * A change the cloud applies at once (a name, the bandwidth, the billing mode, a renewal): on success the instances
 * show what is already known at once (`patch`), and the page and the open detail are read again for the rest. No
 * cache keeps the call's variables once the dialog is gone.
 */
export function useApplyChange<V extends { ids: readonly string[] }>(
  scope: CloudScope,
  send: (variables: V) => Promise<unknown>,
  patch?: (instance: Instance, variables: V) => Instance,
) {
  const client = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: send,
    onSuccess: async (_response, variables) => {
      await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
      if (patch) patchInstances(client, scope, variables.ids, (instance) => patch(instance, variables));
      await Promise.all([client.invalidateQueries({ queryKey: instanceKeys.lists(scope) }), client.invalidateQueries({ queryKey: instanceKeys.details(scope) })]);
    },
  });
}
