import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HaiInstanceState } from '@cvm/shared';
import { HaiStartInstance, HaiStopInstance, HaiTerminateInstances } from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { haiKeys } from './hai-keys.ts';
import { markHaiInstances } from './describe-instances.ts';

export type HaiLifecycleId = 'start' | 'stop' | 'terminate';

/** The cloud call for each lifecycle action, and the state an instance shows the moment the cloud accepts it. */
const CALLS: Record<HaiLifecycleId, { stateAfter: HaiInstanceState; send: (scope: CloudScope, id: string) => Promise<unknown> }> = {
  start: { stateAfter: 'STARTING', send: (scope, id) => callAction(HaiStartInstance, { InstanceId: id }, scope) },
  stop: { stateAfter: 'STOPPING', send: (scope, id) => callAction(HaiStopInstance, { InstanceId: id, StopMode: 'STOP_CHARGE' }, scope) },
  terminate: { stateAfter: 'TERMINATING', send: (scope, id) => callAction(HaiTerminateInstances, { InstanceIds: [id] }, scope) },
};

/** One lifecycle call for one instance; on success its row turns transitional and the list polls until it settles. */
export function useHaiLifecycle(id: HaiLifecycleId, scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (instanceId: string) => CALLS[id].send(scope, instanceId),
    onSuccess: async (_response, instanceId) => {
      // A list request already on its way would otherwise land after this and undo it.
      await client.cancelQueries({ queryKey: [...haiKeys.scope(scope), 'instances'] });
      markHaiInstances(client, scope, [instanceId], CALLS[id].stateAfter);
    },
  });
}
