import { batch } from '@cvm/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { batchKeys } from '../../../cloud/batch/compute-envs.ts';

/** DetachInstances: the instance leaves the environment and keeps running; the environments are read again. */
export function useDetachInstance(scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: { EnvId: string; InstanceId: string }) => callAction(batch.DetachInstances, { EnvId: params.EnvId, InstanceIds: [params.InstanceId] }, scope),
    onSuccess: () => client.invalidateQueries({ queryKey: batchKeys.scope(scope) }),
  });
}
