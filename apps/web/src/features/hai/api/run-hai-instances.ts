import { hai, type HaiDiskType } from '@cvm/shared';
import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { newClientToken } from '../../../lib/new-client-token.ts';
import { haiKeys } from './hai-keys.ts';

export interface HaiPurchaseParams {
  ApplicationId: string;
  BundleType: string;
  SystemDisk: { DiskType: HaiDiskType; DiskSize: number };
  InstanceCount: number;
  InstanceName?: string;
}

/**
 * RunInstances with one ClientToken per purchase: made the first time a purchase is sent and reused while it stays
 * the same (a second click, a retry after a lost answer), so the cloud buys once and answers the repeat with the same
 * InstanceIdSet. Changing any choice makes it a new purchase with a new token.
 */
export function useRunHaiInstances(scope: CloudScope | undefined) {
  const client = useQueryClient();
  const token = useRef<{ purchase: string; value: string } | undefined>(undefined);
  return useMutation({
    mutationFn: (params: HaiPurchaseParams) => {
      if (!scope) throw new Error('No cloud account or region');
      const purchase = JSON.stringify(params);
      if (token.current?.purchase !== purchase) token.current = { purchase, value: newClientToken() };
      return callAction(hai.RunInstances, { ...params, ClientToken: token.current.value }, scope);
    },
    // The list shows the new instances as Creating and polls until they run.
    onSuccess: () => (scope ? client.invalidateQueries({ queryKey: [...haiKeys.scope(scope), 'instances'] }) : undefined),
  });
}
