import { useMutation } from '@tanstack/react-query';
import type { ConnectionTestResult } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';

/** "Test connection": one DescribeRegions with the account's keys; a refusal comes back as the cloud's error. */
export function useTestAccount() {
  return useMutation({
    mutationFn: (id: string) => sendConsole<ConnectionTestResult>('POST', `/api/console/accounts/${encodeURIComponent(id)}/test`),
  });
}
