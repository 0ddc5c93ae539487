import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { HaiAction } from '../actions/hai-action.ts';
import { haiKeys } from './hai-keys.ts';
import { markHaiInstances } from './describe-instances.ts';

/** One lifecycle call for one instance; on success its row turns transitional and the list polls until it settles. */
export function useHaiLifecycle(action: HaiAction, scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (instanceId: string) => action.send(scope, instanceId),
    onSuccess: async (_response, instanceId) => {
      // A list request already on its way would otherwise land after this and undo it.
      await client.cancelQueries({ queryKey: [...haiKeys.scope(scope), 'instances'] });
      markHaiInstances(client, scope, [instanceId], action.stateAfter);
    },
  });
}
