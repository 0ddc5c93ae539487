import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CloudAccount } from '@cvm/shared';
import { getConsole } from './console-api.ts';

export const accountKeys = {
  all: ['accounts'] as const,
};

export async function listAccounts(signal?: AbortSignal): Promise<CloudAccount[]> {
  return (await getConsole<{ accounts: CloudAccount[] }>('/api/console/accounts', signal)).accounts;
}

/** The cloud accounts the console can act in (names and SecretId endings only; secrets never leave the server). */
export const accountsQueryOptions = queryOptions({
  queryKey: accountKeys.all,
  queryFn: ({ signal }) => listAccounts(signal),
  staleTime: 5 * 60_000,
});

export function useAccounts() {
  return useQuery(accountsQueryOptions);
}
