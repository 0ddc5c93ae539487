import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConsoleUser, Role } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { userKeys } from './list-users.ts';

export interface UserPatch {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
}

/** Changes a role or disables/enables someone; 409 LastAdmin when it would leave no active administrator. */
export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => sendConsole<{ user: ConsoleUser }>('PATCH', `/api/console/users/${encodeURIComponent(id)}`, patch),
    onSuccess: ({ user }) => client.setQueryData<ConsoleUser[]>(userKeys.all, (users) => users?.map((u) => (u.id === user.id ? user : u))),
  });
}
