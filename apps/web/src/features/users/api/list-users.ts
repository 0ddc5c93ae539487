import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsoleUser } from '@cvm/shared';
import { getConsole } from '../../../api/console-api.ts';

export const userKeys = {
  all: ['users'] as const,
};

export const usersQueryOptions = queryOptions({
  queryKey: userKeys.all,
  queryFn: async ({ signal }) => (await getConsole<{ users: ConsoleUser[] }>('/api/console/users', signal)).users,
});

export function useUsers() {
  return useQuery(usersQueryOptions);
}
