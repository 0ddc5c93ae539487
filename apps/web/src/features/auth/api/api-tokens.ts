import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, CreatedApiToken, Role } from '@cvm/shared';
import { getConsole, sendConsole } from '../../../api/console-api.ts';

// The person's API tokens (GET/POST/DELETE /api/console/tokens); an administrator may list everyone's.

const tokensKey = (everyone: boolean) => ['api-tokens', everyone ? 'everyone' : 'mine'] as const;

export function useApiTokens(everyone: boolean) {
  return useQuery({
    queryKey: tokensKey(everyone),
    queryFn: ({ signal }) => getConsole<{ tokens: ApiToken[] }>(`/api/console/tokens${everyone ? '?all=true' : ''}`, signal),
    select: (answer) => answer.tokens,
  });
}

export interface NewApiToken {
  name: string;
  role: Role;
  expiresInDays: number;
}

export function useCreateApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewApiToken) => sendConsole<CreatedApiToken>('POST', '/api/console/tokens', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}

export function useRevokeApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendConsole<void>('DELETE', `/api/console/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}
