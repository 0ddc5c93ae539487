import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ActionSpec, Instance, InstanceState, ParamsOf } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { followIfMayHaveHappened } from './follow-lost-answer.ts';
import { patchInstances } from './patch-instances.ts';

/** The state an instance shows the moment the cloud accepted an action for it (STOPPING for a stop, ...). */
export type StateAfter = (instance: Instance) => InstanceState;

/**
 * Shows the accepted action at once: the affected instances take their new state in every cached page and detail of
 * this account and region. From there useTransitionWatch follows just those instances until they settle; nothing
 * refetches the whole list on a timer.
 */
export function markTransitional(client: QueryClient, scope: CloudScope, ids: readonly string[], stateAfter: StateAfter): void {
  patchInstances(client, scope, ids, (instance) => ({ ...instance, InstanceState: stateAfter(instance) }));
}

/**
 * One lifecycle call (StartInstances, StopInstances, ...) for a batch. The batch is all-or-nothing at the cloud, so
 * there is one outcome: on success the rows turn transitional; on failure the caller shows the one error (a warning
 * when the answer was lost and it may have happened).
 */
export function useInstanceAction<S extends ActionSpec>(spec: S, scope: CloudScope, stateAfter: StateAfter | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ParamsOf<S> & { InstanceIds: string[] }) => callAction(spec, params, scope),
    // In the mutation's options (not mutate's), so it still applies if the dialog was closed while the call ran.
    onSuccess: async (_response, params) => {
      // A list request already on its way would otherwise land after this and undo it.
      await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
      if (stateAfter) markTransitional(client, scope, params.InstanceIds, stateAfter);
    },
    // The answer was lost: the rows are not marked (it may not have happened), but read until they show what did.
    // Not awaited, so the warning shows at once.
    onError: (error, params) => void followIfMayHaveHappened(client, scope, params.InstanceIds, error),
  });
}
