import { ess } from '@cvm/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { AttachParams } from '../model/attach-request.ts';
import { refreshGroup } from './refresh-group.ts';

/**
 * ESS AttachInstances: sent once (a write without an idempotency token is never retried). Success only starts an
 * activity, whose ID comes back; the members it adds show as Pending at once.
 */
export function useAttachInstances(scope: CloudScope, groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: AttachParams) => callAction(ess.AttachInstances, params, scope),
    onSuccess: () => refreshGroup(client, scope, groupId),
  });
}
