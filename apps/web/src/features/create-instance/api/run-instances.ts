import { cvm } from '@cvm/shared';
import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { toConsoleError } from '../../../api/console-error.ts';
import { newClientToken } from '../../../lib/new-client-token.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import type { RunInstancesParams } from '../state/to-params.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';

/** The error code a DryRun answers with when every check passed (the console server sends it as a 409). */
export const DRY_RUN_PASSED = 'DryRunOperation';

/**
 * RunInstances with one ClientToken per submission: the token is made the first time a given purchase is sent and
 * reused while the purchase stays the same — a second click, or a retry after the answer was lost — so the cloud
 * creates the instances once and answers the repeat with the same InstanceIdSet. Changing any choice makes it a new
 * purchase with a new token.
 */
export function useRunInstances(scope: CloudScope | undefined) {
  const client = useQueryClient();
  const token = useRef<{ purchase: string; value: string } | undefined>(undefined);

  const mutation = useMutation({
    // The variables carry the login password: gone from the mutation cache as soon as the wizard is.
    gcTime: 0,
    mutationFn: (params: RunInstancesParams) => {
      if (!scope) throw new Error('No cloud account or region');
      const purchase = JSON.stringify(params);
      if (token.current?.purchase !== purchase) token.current = { purchase, value: newClientToken() };
      return callAction(cvm.RunInstances, { ...params, ClientToken: token.current.value }, scope);
    },
    onSuccess: async () => {
      if (!scope) return;
      // The list must show the new instances, and the zone's quota has shrunk. Marked stale, not refetched here: the
      // wizard is about to leave, and the list fetches what it shows.
      await client.invalidateQueries({ queryKey: createKeys.scope(scope), refetchType: 'none' });
      await client.invalidateQueries({ queryKey: instanceKeys.lists(scope), refetchType: 'none' });
    },
  });
  return mutation;
}

/** RunInstances with DryRun: the cloud checks stock, quota and parameters and buys nothing. Resolves when it would succeed. */
export function useCheckPurchase(scope: CloudScope | undefined) {
  return useMutation({
    gcTime: 0,
    mutationFn: async (params: RunInstancesParams) => {
      if (!scope) throw new Error('No cloud account or region');
      try {
        await callAction(cvm.RunInstances, { ...params, DryRun: true }, scope);
      } catch (error) {
        if (toConsoleError(error).code === DRY_RUN_PASSED) return true;
        throw error;
      }
      // A cloud that ignores DryRun and answers 200 would have bought something; say so rather than "passed".
      throw new Error('The cloud did not treat the check as a dry run.');
    },
  });
}
