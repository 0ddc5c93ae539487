import { useMutation } from '@tanstack/react-query';
import type { SessionInfo } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { receiveSession } from '../../../api/session-link.ts';

export interface SignInInput {
  username: string;
  password: string;
}

/** The password step: a session, or (two-factor sign-in on) a challenge for the code, and still no session. */
export async function signIn(input: SignInInput): Promise<SessionInfo> {
  const info = await sendConsole<SessionInfo>('POST', '/api/console/sign-in', input);
  if (!info.secondFactor) receiveSession(info);
  return info;
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}
