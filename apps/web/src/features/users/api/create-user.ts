import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConsoleUser, Role } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { userKeys } from './list-users.ts';

export interface CreateUserInput {
  username: string;
  role: Role;
  displayName?: string;
  /** Set a first password; without it the answer carries an invitation link instead. */
  password?: string;
}

export interface CreateUserResult {
  user: ConsoleUser;
  /** A path like /invite#<token>, or null when a first password was set. */
  invitationUrl: string | null;
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => sendConsole<CreateUserResult>('POST', '/api/console/users', input),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
