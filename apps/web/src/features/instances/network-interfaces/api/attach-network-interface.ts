import { vpc } from '@cvm/shared';
import { useCallback } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import type { AttachType } from '../state/bind-rules.ts';
import { useClientTokens } from './client-tokens.ts';

/**
 * vpc.AttachNetworkInterface with one ClientToken per interface, instance and attach type asked for, so retrying a bind
 * repeats the same task. Answers the call's RequestId: the TaskId DescribeVpcTaskResult follows.
 */
export function useAttachNetworkInterface(scope: CloudScope) {
  const tokenFor = useClientTokens();
  return useCallback(
    async (networkInterfaceId: string, instanceId: string, attachType: AttachType): Promise<string> => {
      const response = await callAction(
        vpc.AttachNetworkInterface,
        {
          NetworkInterfaceId: networkInterfaceId,
          InstanceId: instanceId,
          AttachType: attachType,
          ClientToken: tokenFor(`${networkInterfaceId}:${instanceId}:${attachType}`),
        },
        scope,
      );
      return response.RequestId;
    },
    [scope, tokenFor],
  );
}
