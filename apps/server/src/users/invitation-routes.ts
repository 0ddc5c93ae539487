import { Router } from 'express';
import { z } from 'zod';
import type { Role } from '@cvm/shared';
import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-log.ts';
import { passwordProblem, type PasswordHasher } from '../auth/passwords.ts';
import { issueSession } from '../auth/issue-session.ts';
import type { TwoFactorStore } from '../auth/two-factor.ts';
import { clientIp } from '../auth/request-auth.ts';
import type { SessionStore } from '../auth/session-store.ts';
import { hashToken } from '../auth/tokens.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Clock } from '../time/clock.ts';

// An invited person opens their one-time link, chooses a password and is signed in; the link then stops working.

const acceptSchema = z.strictObject({ token: z.string().min(10).max(200), password: z.string().max(256) });
const lookupSchema = z.strictObject({ token: z.string().min(10).max(200) });

export function invitationRouter(deps: {
  db: Kysely<Database>;
  sessions: SessionStore;
  audit: AuditLog;
  secureCookies: boolean;
  clock: Clock;
  passwords: PasswordHasher;
  twoFactor: TwoFactorStore;
  twoFactorRequiredRoles: readonly Role[];
}): Router {
  const router = Router();
  const { db, sessions, audit } = deps;

  async function find(token: string) {
    const row = await db
      .selectFrom('invitations')
      .innerJoin('users', 'users.id', 'invitations.user_id')
      .select(['invitations.expires_at', 'users.id', 'users.username', 'users.display_name', 'users.role', 'users.disabled'])
      .where('invitations.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row || row.disabled || row.expires_at.getTime() < deps.clock.now()) {
      throw new ConsoleError(404, 'InvitationNotFound', 'This invitation link is not valid any more: it was used, replaced or has expired. Ask an administrator for a new one.');
    }
    return row;
  }

  // POST, not GET: the token never appears in a URL the server logs.
  router.post('/api/console/invitations/lookup', async (req, res) => {
    const { token } = parseBody(lookupSchema, req.body);
    const row = await find(token);
    res.json({ username: row.username, displayName: row.display_name });
  });

  router.post('/api/console/invitations/accept', async (req, res) => {
    const body = parseBody(acceptSchema, req.body);
    const row = await find(body.token);
    const problem = passwordProblem(body.password, row.username);
    if (problem) throw new ConsoleError(400, 'WeakPassword', problem, undefined, 'password');
    const passwordHash = await deps.passwords.hash(body.password);
    const used = await db.transaction().execute(async (tx) => {
      const deleted = await tx.deleteFrom('invitations').where('token_hash', '=', hashToken(body.token)).executeTakeFirst();
      if (Number(deleted.numDeletedRows) !== 1) return false;
      await tx.updateTable('users').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', row.id).execute();
      return true;
    });
    if (!used) throw new ConsoleError(404, 'InvitationNotFound', 'This invitation link was used a moment ago.');
    await sessions.destroyAllFor(row.id);
    // The invitation sets a password only: a role that requires two-factor sign-in is told so with the session.
    const twoFactorRequired = deps.twoFactorRequiredRoles.includes(row.role) && !(await deps.twoFactor.enabled(row.id));
    const info = await issueSession(req, res, sessions, { id: row.id, username: row.username, displayName: row.display_name, role: row.role }, deps.secureCookies, {
      twoFactorRequired,
    });
    await audit.record({
      actor: { id: row.id, name: row.username, ip: clientIp(req) },
      category: 'security',
      action: 'auth.invitation-accept',
      outcome: 'success',
      targets: [row.id],
    });
    res.json(info);
  });

  return router;
}
