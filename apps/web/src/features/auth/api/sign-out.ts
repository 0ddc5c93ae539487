import { sendConsole } from '../../../api/console-api.ts';
import { SIGNED_OUT, receiveSession } from '../../../api/session-link.ts';

/**
 * Ends this browser's session. A plain function rather than a mutation hook: the header calls it from every page, and
 * keeping TanStack's mutation code out of this module keeps it out of the list's first load.
 */
export async function signOut(): Promise<void> {
  await sendConsole<null>('POST', '/api/console/sign-out');
  receiveSession(SIGNED_OUT);
}
