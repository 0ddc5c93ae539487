import { useMutation } from '@tanstack/react-query';
import { sendConsole } from '../../../api/console-api.ts';
import { SIGNED_OUT, receiveSession } from '../../../api/session-link.ts';

/** Ends every session of this person, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  await sendConsole<null>('POST', '/api/console/sign-out-everywhere');
  receiveSession(SIGNED_OUT);
}

export function useSignOutEverywhere() {
  return useMutation({ mutationFn: signOutEverywhere });
}
