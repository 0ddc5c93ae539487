import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { receiveSession } from '../../../api/session-link.ts';

export interface InvitedPerson {
  username: string;
  displayName: string;
}

/** Who an invitation link is for. A POST, so the token never appears in a URL the server might log. */
export function lookupInvitation(token: string): Promise<InvitedPerson> {
  return sendConsole<InvitedPerson>('POST', '/api/console/invitations/lookup', { token });
}

export function useInvitation(token: string | undefined) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: token ? () => lookupInvitation(token) : skipToken,
    staleTime: Infinity,
    retry: false,
  });
}

/** Chooses the invited person's password, which uses up the link and signs them in. */
export async function acceptInvitation(input: { token: string; password: string }): Promise<SessionInfo> {
  const info = await sendConsole<SessionInfo>('POST', '/api/console/invitations/accept', input);
  receiveSession(info);
  return info;
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
