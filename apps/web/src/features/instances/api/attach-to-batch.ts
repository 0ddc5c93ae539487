import { batch, type BatchInstance } from '@cvm/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { batchKeys } from '../../../cloud/batch/compute-envs.ts';
import { markOperating } from './change-flow.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { followIfMayHaveHappened } from './follow-lost-answer.ts';

/**
 * Batch's AttachInstances. Once the cloud accepts, each instance is being reinstalled (CVM's ResetInstance, under this
 * call's RequestId): the rows show it under way (Stopping, "Reinstalling…") and useTransitionWatch follows them until
 * they run again; the environments are read again for their new nodes.
 */
export function useAttachToBatch(scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: { EnvId: string; Instances: BatchInstance[] }) => callAction(batch.AttachInstances, params, scope),
    onSuccess: async (_response, params) => {
      await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
      markOperating(
        client,
        scope,
        params.Instances.map((item) => item.InstanceId),
        'ResetInstance',
        () => 'STOPPING',
      );
      void client.invalidateQueries({ queryKey: batchKeys.scope(scope) });
    },
    // The answer was lost: the reinstall may be under way; its rows are read until they show it (not awaited).
    onError: (error, params) =>
      void followIfMayHaveHappened(
        client,
        scope,
        params.Instances.map((item) => item.InstanceId),
        error,
      ),
  });
}
