import { NETWORK_ERROR, UNEXPECTED_RESPONSE, type ConsoleError } from '../../api/console-error.ts';
import type { Messages } from '../../i18n/en.ts';

/** How a failed call is put: a plain failure, or a warning that the change may have happened after all. */
export interface ErrorWords {
  tone: 'error' | 'warning';
  title: string;
  hint: string | undefined;
}

/**
 * The words above an error's code, message and RequestId. A change whose answer was lost is not called a failure: the
 * caller's "Could not …" would be wrong half the time, so it says the change may have been carried out and the list
 * will show it. Everything else keeps the caller's title, with a hint for the families a person can act on.
 */
export function errorWords(error: ConsoleError, t: Messages, title?: string): ErrorWords {
  if (error.mayHaveHappened) return { tone: 'warning', title: t.errors.mayHaveHappened, hint: t.errors.mayHaveHappenedHint };
  return { tone: 'error', title: title ?? t.errors.title, hint: hintFor(error, t) };
}

function hintFor(error: ConsoleError, t: Messages): string | undefined {
  if (error.code === NETWORK_ERROR) return t.errors.networkHint;
  if (error.code === UNEXPECTED_RESPONSE) return t.errors.unexpectedResponse(error.status);
  if (error.code.startsWith('AuthFailure')) return t.errors.authHint;
  if (error.code.startsWith('UnauthorizedOperation')) return t.errors.unauthorizedHint;
  if (error.code.startsWith('RequestLimitExceeded')) return t.errors.rateLimitHint;
  if (error.code === 'CloudTimeout') return t.errors.cloudTimeoutHint;
  if (error.code === 'CloudUnreachable') return t.errors.cloudUnreachableHint;
  if (error.code === 'UnknownAction') return t.errors.unknownActionHint;
  if (error.code === 'CsrfCheckFailed') return t.errors.csrfHint;
  if (error.code === 'InvalidParameter' && error.field) return t.errors.invalidFieldHint(error.field);
  return undefined;
}
