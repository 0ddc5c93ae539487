import type { Request, RequestHandler, Response } from 'express';
import { CSRF_TOKEN_HEADER as CSRF_HEADER, roleAllows, type Role } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { ResolvedSession, SessionStore } from './session-store.ts';
import { safeEqual } from './tokens.ts';

export const SESSION_COOKIE = 'cvm_session';

export interface AuthContext {
  session: ResolvedSession;
  token: string;
}

export function authOf(res: Response): AuthContext | undefined {
  return res.locals.auth as AuthContext | undefined;
}

/** The signed-in person, or a 401 a route cannot forget to send. */
export function signedIn(res: Response): AuthContext {
  const auth = authOf(res);
  if (!auth) throw new ConsoleError(401, 'NotSignedIn', 'Sign in to use the console.');
  return auth;
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/** The client's address as this server sees it (no proxy headers are trusted unless TRUST_PROXY says so). */
export const clientIp = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** Resolves the session cookie, when there is one, into res.locals.auth. */
export function resolveSession(sessions: SessionStore): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token && token.length < 200) {
      const session = await sessions.resolve(token);
      if (session) res.locals.auth = { session, token } satisfies AuthContext;
    }
    next();
  };
}

/**
 * Every state-changing request of a signed-in person carries the session's CSRF token in a header, which another
 * site can neither read nor set (synchronizer token).
 */
export const requireCsrf: RequestHandler = (req, res, next) => {
  const auth = signedIn(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const sent = req.get(CSRF_HEADER) ?? '';
    if (!safeEqual(sent, auth.session.csrfToken)) {
      throw new ConsoleError(403, 'CsrfCheckFailed', `The request did not carry this session's ${CSRF_HEADER}; reload the page and try again.`);
    }
  }
  next();
};

/** Refuses people below a role, and writes the refusal to the audit log under the given action name. */
export function requireRole(least: Role, audit: AuditLog, action: string): RequestHandler {
  return async (req, res, next) => {
    const { user } = signedIn(res).session;
    if (!roleAllows(user.role, least)) {
      await audit.record({
        actor: { id: user.id, name: user.username, ip: clientIp(req) },
        category: 'admin',
        action,
        outcome: 'denied',
        errorCode: 'Forbidden',
        targets: req.params.id ? [String(req.params.id)] : [],
      });
      throw new ConsoleError(403, 'Forbidden', `This needs the ${least} role; you are signed in as ${user.role}.`);
    }
    next();
  };
}
