import { useMutation } from '@tanstack/react-query';
import type { SessionInfo } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { receiveSession } from '../../../api/session-link.ts';

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes the password; the server ends every other session and answers with this one's new token. */
export async function changePassword(input: PasswordChangeInput): Promise<SessionInfo> {
  const info = await sendConsole<SessionInfo>('POST', '/api/console/password', input);
  receiveSession(info);
  return info;
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
