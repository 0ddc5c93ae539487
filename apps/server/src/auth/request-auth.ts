import type { Request, RequestHandler, Response } from 'express';
import { CSRF_TOKEN_HEADER as CSRF_HEADER, roleAllows, type Role } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { ApiTokenStore } from './api-tokens.ts';
import type { ResolvedSession, SessionStore } from './session-store.ts';
import { safeEqual } from './tokens.ts';

export const SESSION_COOKIE = 'cvm_session';

export interface AuthContext {
  session: ResolvedSession;
  /** The session cookie's token; '' when the request came with an API token. */
  token: string;
  /** The API token the request came with (Authorization: Bearer), instead of a session. */
  bearer?: { tokenId: string; tokenName: string };
}

/** An API token in the Authorization header, or undefined. */
export function bearerTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) return undefined;
  return header.slice(7).trim();
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

/** Who the audit log says acted: the signed-in person, from where, and with which API token if any. */
export function actorOf(req: Request, res: Response): { id: string; name: string; ip: string; tokenName?: string } {
  const auth = signedIn(res);
  const { user } = auth.session;
  return { id: user.id, name: user.username, ip: clientIp(req), ...(auth.bearer ? { tokenName: auth.bearer.tokenName } : {}) };
}

/**
 * Resolves who is asking into res.locals.auth: an API token (Authorization: Bearer), which must be valid — a request
 * that names one is never served as anyone else — or else the session cookie, when there is one.
 */
export function resolveSession(sessions: SessionStore, tokens: ApiTokenStore): RequestHandler {
  return async (req, res, next) => {
    const bearer = bearerTokenOf(req);
    if (bearer !== undefined) {
      const resolved = await tokens.resolve(bearer);
      if (!resolved) throw new ConsoleError(401, 'InvalidToken', 'The API token is not valid: unknown, revoked, past its end, or its owner is disabled.');
      res.locals.auth = { session: resolved.session, token: '', bearer: { tokenId: resolved.tokenId, tokenName: resolved.tokenName } } satisfies AuthContext;
      return next();
    }
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
  // An API token is sent by a script, never by a browser on its own: no other site can make a request carry it.
  if (req.method !== 'GET' && req.method !== 'HEAD' && !auth.bearer) {
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
        actor: actorOf(req, res),
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
