import type { SessionInfo } from '@cvm/shared';

// What the HTTP layer needs to know about the session, kept outside React: the CSRF token to send with every
// state-changing request, read at the moment a request leaves (never a stale copy from an earlier render).
// Every SessionInfo the browser receives — the session fetch, sign-in, setup, an accepted invitation, a password
// change, or "you are signed out" inferred from a 401 — passes through receiveSession(); the app mirrors it into
// its query cache by listening for SESSION_EVENT (app/session-sync.ts), so React and the HTTP layer agree.

export const SESSION_EVENT = 'cvm:session';

let csrfToken: string | null = null;

export function csrfTokenForRequests(): string | null {
  return csrfToken;
}

export function receiveSession(info: SessionInfo): void {
  csrfToken = info.csrfToken;
  window.dispatchEvent(new CustomEvent<SessionInfo>(SESSION_EVENT, { detail: info }));
}

/** What a session that ended looks like: no person, no token; the setup was done (someone had signed in). */
export const SIGNED_OUT: SessionInfo = { user: null, csrfToken: null, setupRequired: false };
