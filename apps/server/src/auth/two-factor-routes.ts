import { Router, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionInfo, TwoFactorEnrolment, TwoFactorStatus } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Clock } from '../time/clock.ts';
import { issueSession } from './issue-session.ts';
import { actorOf, clientIp, requireCsrf, signedIn } from './request-auth.ts';
import type { SessionStore, SessionUser } from './session-store.ts';
import { hashToken, randomToken } from './tokens.ts';
import type { TwoFactorStore } from './two-factor.ts';

// Two-factor sign-in (TOTP) for local accounts:
//   GET  /api/console/two-factor                 → {enabled, recoveryCodesLeft}
//   POST /api/console/two-factor/enrol           → {secret, uri, qrSvg}: a new secret, not in use until confirmed
//   POST /api/console/two-factor/confirm {code}  → 201 {recoveryCodes}: on, with ten one-time codes shown once
//   POST /api/console/two-factor/disable {code | recoveryCode} → 204: off, proven with the factor itself
//   POST /api/console/sign-in/second-factor {challenge, code | recoveryCode} → the session, after a right password
// A challenge lives five minutes and takes five tries; every outcome is audited.

export const CHALLENGE_LIFETIME_MS = 5 * 60_000;
const CHALLENGE_TRIES = 5;

const codeSchema = z.string().trim().max(32);
const proofSchema = z
  .strictObject({ code: codeSchema.optional(), recoveryCode: codeSchema.optional() })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), { message: 'send a code or a recovery code', path: ['code'] });
const secondFactorSchema = z.strictObject({ challenge: z.string().min(1).max(200), code: codeSchema.optional(), recoveryCode: codeSchema.optional() });

export interface TwoFactorDependencies {
  db: Kysely<Database>;
  sessions: SessionStore;
  twoFactor: TwoFactorStore;
  audit: AuditLog;
  clock: Clock;
  secureCookies: boolean;
}

/** A challenge for a person whose password was right: the browser's ticket to the second step. */
export async function issueSignInChallenge(db: Kysely<Database>, userId: string, now: number): Promise<NonNullable<SessionInfo['secondFactor']>> {
  const challenge = randomToken();
  const expiresAt = new Date(now + CHALLENGE_LIFETIME_MS);
  await db
    .insertInto('sign_in_challenges')
    .values({ id_hash: hashToken(challenge), user_id: userId, expires_at: expiresAt })
    .execute();
  return { challenge, expiresAt: expiresAt.toISOString() };
}

export function twoFactorRouter({ db, sessions, twoFactor, audit, clock, secureCookies }: TwoFactorDependencies): Router {
  const router = Router();

  router.get('/api/console/two-factor', async (_req, res) => {
    const { user } = signedIn(res).session;
    const status: TwoFactorStatus = { enabled: await twoFactor.enabled(user.id), recoveryCodesLeft: await twoFactor.recoveryCodesLeft(user.id) };
    res.set('Cache-Control', 'no-store').json(status);
  });

  router.post('/api/console/two-factor/enrol', requireCsrf, async (_req, res) => {
    const { user } = signedIn(res).session;
    const enrolment: TwoFactorEnrolment | undefined = await twoFactor.begin(user.id, user.username);
    if (!enrolment) throw new ConsoleError(409, 'TwoFactorAlreadyOn', 'Two-factor sign-in is already on; turn it off first to enrol another device.');
    res.set('Cache-Control', 'no-store').json(enrolment);
  });

  router.post('/api/console/two-factor/confirm', requireCsrf, async (req, res) => {
    const { code } = parseBody(z.strictObject({ code: codeSchema }), req.body);
    const { user } = signedIn(res).session;
    const recoveryCodes = await twoFactor.confirm(user.id, user.username, code);
    if (!recoveryCodes) {
      await audit.record({ actor: actorOf(req, res), category: 'security', action: 'auth.two-factor-on', outcome: 'failure', errorCode: 'InvalidCode' });
      throw new ConsoleError(400, 'InvalidCode', 'That code is not the one the app shows now (or enrolment was not started); try the next one.', undefined, 'code');
    }
    await audit.record({ actor: actorOf(req, res), category: 'security', action: 'auth.two-factor-on', outcome: 'success', targets: [user.id] });
    // Sessions carry whether two-factor is on: every replica reads the person's again.
    await sessions.userChanged(user.id);
    res.status(201).set('Cache-Control', 'no-store').json({ recoveryCodes });
  });

  /**
   * The signed-in person's second factor proved with the body's code or recovery code (used once), or the request
   * refused (400 naming the field that was sent) with the failure in the audit log under `action`.
   */
  async function proveOrRefuse(req: Request, res: Response, action: string, why: string): Promise<SessionUser> {
    const proof = parseBody(proofSchema, req.body);
    const { user } = signedIn(res).session;
    if (await twoFactor.prove(user.id, user.username, proof)) return user;
    await audit.record({ actor: actorOf(req, res), category: 'security', action, outcome: 'failure', errorCode: 'InvalidCode' });
    throw new ConsoleError(400, 'InvalidCode', `That code is not right: ${why}`, undefined, proof.code !== undefined ? 'code' : 'recoveryCode');
  }

  router.post('/api/console/two-factor/disable', requireCsrf, async (req, res) => {
    const user = await proveOrRefuse(req, res, 'auth.two-factor-off', 'turning two-factor sign-in off takes a current code or a recovery code.');
    await twoFactor.disable(user.id);
    await sessions.userChanged(user.id);
    await audit.record({ actor: actorOf(req, res), category: 'security', action: 'auth.two-factor-off', outcome: 'success', targets: [user.id] });
    res.status(204).end();
  });

  // Step-up: a code (or recovery code) again, for the dangerous actions (auth/step-up.ts).
  router.post('/api/console/step-up', requireCsrf, async (req, res) => {
    const auth = signedIn(res);
    if (!(await twoFactor.enabled(auth.session.user.id))) throw new ConsoleError(409, 'TwoFactorOff', 'Two-factor sign-in is off for you, so nothing needs stepping up.');
    await proveOrRefuse(req, res, 'auth.step-up', 'enter the one your authenticator app shows now, or a recovery code.');
    await sessions.markSecondFactor(auth.session.idHash);
    await audit.record({ actor: actorOf(req, res), category: 'security', action: 'auth.step-up', outcome: 'success' });
    res.json({ secondFactorAt: new Date(clock.now()).toISOString() });
  });

  router.post('/api/console/sign-in/second-factor', async (req, res) => {
    const body = parseBody(secondFactorSchema, req.body);
    const idHash = hashToken(body.challenge);
    const now = clock.now();
    const row = await db
      .selectFrom('sign_in_challenges')
      .innerJoin('users', 'users.id', 'sign_in_challenges.user_id')
      .select(['sign_in_challenges.expires_at', 'sign_in_challenges.attempts', 'users.id', 'users.username', 'users.display_name', 'users.role', 'users.disabled'])
      .where('sign_in_challenges.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row || row.disabled || row.expires_at.getTime() <= now || row.attempts >= CHALLENGE_TRIES) {
      if (row) await db.deleteFrom('sign_in_challenges').where('id_hash', '=', idHash).execute();
      throw new ConsoleError(401, 'SignInChallengeExpired', 'This sign-in has expired or had too many wrong codes; sign in with your password again.');
    }
    await db
      .updateTable('sign_in_challenges')
      .set({ attempts: row.attempts + 1 })
      .where('id_hash', '=', idHash)
      .execute();
    const actor = { id: row.id, name: row.username, ip: clientIp(req) };
    const byRecoveryCode = body.code === undefined && body.recoveryCode !== undefined;
    const proven = await twoFactor.prove(row.id, row.username, body);
    if (!proven) {
      await audit.record({ actor, category: 'security', action: 'auth.sign-in', outcome: 'failure', errorCode: 'InvalidSecondFactor' });
      throw new ConsoleError(
        401,
        'InvalidSecondFactor',
        'That code is not right; enter the one your authenticator app shows now, or a recovery code.',
        undefined,
        byRecoveryCode ? 'recoveryCode' : 'code',
      );
    }
    await db.deleteFrom('sign_in_challenges').where('id_hash', '=', idHash).execute();
    await audit.record({ actor, category: 'security', action: 'auth.sign-in', outcome: 'success', params: { secondFactor: byRecoveryCode ? 'recovery code' : 'authenticator' } });
    res.json(await issueSession(req, res, sessions, { id: row.id, username: row.username, displayName: row.display_name, role: row.role }, secureCookies, { secondFactor: true }));
  });

  return router;
}
