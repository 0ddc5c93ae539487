import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountInput, AccountPatch, CloudAccount } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { accountKeys } from '../../../api/list-accounts.ts';

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountInput) => sendConsole<{ account: CloudAccount }>('POST', '/api/console/accounts', input),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: AccountPatch }) => sendConsole<{ account: CloudAccount }>('PATCH', `/api/console/accounts/${encodeURIComponent(id)}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
