import { toConsoleError } from '../../../api/console-error.ts';
import type { AuthMessages } from '../messages.ts';

/** A refused sign-in in words: what happened (translated), then the server's own detail where it adds something. */
export function signInErrorText(error: unknown, m: AuthMessages): { summary: string; detail?: string } {
  const e = toConsoleError(error);
  switch (e.code) {
    case 'InvalidCredentials':
      return { summary: m.auth.invalidCredentials };
    case 'SignInLocked':
      // The server's message says how long the lock lasts ("…try again in 15 minutes.").
      return { summary: m.auth.locked, detail: e.message };
    case 'AccountDisabled':
      return { summary: m.auth.disabled };
    default:
      return { summary: m.auth.signInFailed, detail: `${e.code}: ${e.message}` };
  }
}
