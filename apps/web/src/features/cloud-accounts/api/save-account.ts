import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloudAccount, CloudProvider } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { accountKeys } from '../../../api/list-accounts.ts';

export interface AccountInput {
  name: string;
  /** Fixed once added: a key pair belongs to one cloud. */
  cloud: CloudProvider;
  secretId: string;
  secretKey: string;
  token?: string;
  defaultRegion: string;
  /** Saved even though the cloud refused the keys in the server's test before saving (422 AccountTestFailed). */
  saveUntested?: boolean;
}

/** For an edit every field is optional; secrets are write-only, so a blank one means "keep", and token '' removes it. */
export type AccountPatch = Partial<Omit<AccountInput, 'cloud'>>;

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
