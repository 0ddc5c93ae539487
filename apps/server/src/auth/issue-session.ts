import type { Request, Response } from 'express';
import type { SessionInfo } from '@cvm/shared';
import { SESSION_COOKIE, clientIp, readCookie } from './request-auth.ts';
import type { SessionStore, SessionUser } from './session-store.ts';

/**
 * Signs a person in: ends the session the browser came with (a new ID at every sign-in, so no fixation), starts a new
 * one behind an httpOnly, SameSite=Strict cookie, and answers with what the browser needs.
 */
export async function issueSession(
  req: Request,
  res: Response,
  sessions: SessionStore,
  user: SessionUser,
  secureCookies: boolean,
  /** secondFactor: it proved one now; twoFactorRequired: its role requires two-factor sign-in, still off (app.ts). */
  options: { secondFactor?: boolean; twoFactorRequired?: boolean; viaSso?: boolean } = {},
): Promise<SessionInfo> {
  const previous = readCookie(req, SESSION_COOKIE);
  if (previous) await sessions.destroy(previous);
  const { token, csrfToken, expiresAt } = await sessions.create(user.id, {
    ip: clientIp(req),
    userAgent: req.get('User-Agent'),
    secondFactor: options.secondFactor,
    viaSso: options.viaSso,
  });
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/', expires: expiresAt });
  return { user, csrfToken, setupRequired: false, ...(options.twoFactorRequired ? { twoFactorRequired: true } : {}) };
}
