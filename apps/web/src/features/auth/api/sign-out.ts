import { sendConsole } from '../../../api/console-api.ts';
import { SIGNED_OUT, receiveSession } from '../../../api/session-link.ts';

/**
 * Ends this browser's session. A plain function rather than a mutation hook: the header calls it from every page, and
 * keeping TanStack's mutation code out of this module keeps it out of the list's first load.
 */
export async function signOut(): Promise<void> {
  const answer = await sendConsole<{ endSessionUrl?: string } | null>('POST', '/api/console/sign-out');
  receiveSession(SIGNED_OUT);
  // Signed in through single sign-on: out of the provider too, which sends the browser back to the sign-in page.
  if (answer?.endSessionUrl) window.location.assign(answer.endSessionUrl);
}
