import { useMutation } from '@tanstack/react-query';
import type { SessionInfo } from '@cvm/shared';
import { sendConsole } from '../../../api/console-api.ts';
import { receiveSession } from '../../../api/session-link.ts';

export interface SetupInput {
  setupToken: string;
  username: string;
  password: string;
  displayName?: string;
}

/** Creates the first administrator with the token the server printed at start, and signs them in. */
export async function completeSetup(input: SetupInput): Promise<SessionInfo> {
  const info = await sendConsole<SessionInfo>('POST', '/api/console/setup', input);
  receiveSession(info);
  return info;
}

export function useCompleteSetup() {
  return useMutation({ mutationFn: completeSetup });
}
