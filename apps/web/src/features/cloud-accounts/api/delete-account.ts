import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendConsole } from '../../../api/console-api.ts';
import { accountKeys } from '../../../api/list-accounts.ts';

export function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendConsole<null>('DELETE', `/api/console/accounts/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
