import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import { issueSession } from './issue-session.ts';
import type { OidcIdentity, OidcSignIn } from './oidc.ts';
import { clientIp, requireRole } from './request-auth.ts';
import type { SsoSettings } from '@cvm/shared';
import type { SessionStore, SessionUser } from './session-store.ts';

// Single sign-on's two browser steps (both GET: they are navigations, not API calls):
//   GET /api/console/oidc/start?next=/path  → 302 to the provider, a sign-in remembered (state, nonce, PKCE)
//   GET /api/console/oidc/callback          → 302 to where the person was going, signed in; or to /sign-in with
//                                             sso_error=<code> when the provider's answer is refused
// A person is known by their provider subject: made on their first sign-in (no password: they sign in only through
// the provider), their role and name taken again from the ID token at every sign-in. A single sign-on session counts
// as a fresh second factor for the step-up.

/** A path of this console to go back to: never another site (//host, https:...). */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next.slice(0, 500) : '/');

export function oidcRouter(deps: {
  db: Kysely<Database>;
  oidc?: OidcSignIn;
  sessions: SessionStore;
  audit: AuditLog;
  secureCookies: boolean;
  localSignIn: 'all' | 'admins' | 'off';
}): Router {
  const router = Router();
  const { db, oidc, sessions, audit } = deps;

  // How single sign-on is set up (the environment's OIDC_* and LOCAL_SIGN_IN), for administrators; never the secret.
  router.get('/api/console/sso', requireRole('admin', audit, 'sso.read'), (_req, res) => {
    const settings = oidc?.settings;
    const answer: SsoSettings = {
      localSignIn: deps.localSignIn,
      oidc: settings
        ? {
            issuer: settings.issuer,
            clientId: settings.clientId,
            redirectUrl: settings.redirectUrl,
            scopes: settings.scopes,
            groupsClaim: settings.groupsClaim,
            roleMap: [...settings.roleMap].map(([group, role]) => ({ group, role })),
            defaultRole: settings.defaultRole ?? null,
            label: settings.label,
          }
        : null,
    };
    res.set('Cache-Control', 'no-store').json(answer);
  });

  router.get('/api/console/oidc/start', async (req, res) => {
    if (!oidc) throw new ConsoleError(404, 'SsoOff', 'Single sign-on is not configured (OIDC_ISSUER).');
    const url = await oidc.start(safeNext(req.query.next));
    res.set('Cache-Control', 'no-store').redirect(302, url.toString());
  });

  router.get('/api/console/oidc/callback', async (req, res) => {
    if (!oidc) throw new ConsoleError(404, 'SsoOff', 'Single sign-on is not configured (OIDC_ISSUER).');
    const callbackUrl = new URL(req.originalUrl, oidc.settings.redirectUrl);
    const ip = clientIp(req);
    try {
      const { identity, nextPath } = await oidc.finish(callbackUrl);
      const user = await personFor(db, identity);
      await audit.record({
        actor: { id: user.id, name: user.username, ip },
        category: 'security',
        action: 'auth.sign-in',
        outcome: 'success',
        params: { via: 'single sign-on', role: user.role },
      });
      await issueSession(req, res, sessions, user, deps.secureCookies, { secondFactor: true, viaSso: true });
      res.set('Cache-Control', 'no-store').redirect(302, nextPath);
    } catch (error) {
      const code = error instanceof ConsoleError ? error.code : 'SsoFailed';
      await audit.record({
        actor: { id: null, name: null, ip },
        category: 'security',
        action: 'auth.sign-in',
        outcome: 'failure',
        errorCode: code,
        params: { via: 'single sign-on' },
      });
      res.set('Cache-Control', 'no-store').redirect(302, `/sign-in?sso_error=${encodeURIComponent(code)}`);
    }
  });

  return router;
}

/** The person a provider identity is: found by subject and brought up to date, or made now with a free username. */
async function personFor(db: Kysely<Database>, identity: OidcIdentity): Promise<SessionUser> {
  const known = await db.selectFrom('users').selectAll().where('sso_subject', '=', identity.subject).executeTakeFirst();
  if (known) {
    if (known.disabled) throw new ConsoleError(403, 'AccountDisabled', 'This account is disabled; ask an administrator.');
    if (known.role !== identity.role || known.display_name !== identity.displayName) {
      await db.updateTable('users').set({ role: identity.role, display_name: identity.displayName, updated_at: new Date() }).where('id', '=', known.id).execute();
    }
    return { id: known.id, username: known.username, displayName: identity.displayName, role: identity.role };
  }
  for (let n = 1; n < 100; n++) {
    const username = n === 1 ? identity.username : `${identity.username.slice(0, 28)}-${n}`;
    const taken = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (taken) continue;
    const id = randomUUID();
    await db
      .insertInto('users')
      .values({
        id,
        username,
        display_name: identity.displayName,
        role: identity.role,
        password_hash: null,
        disabled: false,
        updated_at: new Date(),
        sso_subject: identity.subject,
      })
      .execute();
    return { id, username, displayName: identity.displayName, role: identity.role };
  }
  throw new ConsoleError(409, 'SsoUsernameTaken', 'No free username could be made for this person; ask an administrator.');
}
