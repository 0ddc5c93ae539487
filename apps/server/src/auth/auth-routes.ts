import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Role, SessionInfo } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../time/clock.ts';
import { parseBody } from '../http/parse-body.ts';
import { UserStore, normalizeUsername, usernameSchema } from '../users/user-store.ts';
import { passwordProblem, type PasswordHasher } from './passwords.ts';
import { issueSession } from './issue-session.ts';
import type { TwoFactorStore } from './two-factor.ts';
import type { OidcSignIn } from './oidc.ts';
import { issueSignInChallenge } from './two-factor-routes.ts';
import { SESSION_COOKIE, authOf, clientIp, requireCsrf, signedIn, type AuthContext } from './request-auth.ts';
import type { SessionStore, SessionUser } from './session-store.ts';
import { SetupTokens } from './setup-tokens.ts';
import type { SignInThrottle } from './sign-in-throttle.ts';
import { hashToken } from './tokens.ts';

export interface AuthDependencies {
  db: Kysely<Database>;
  sessions: SessionStore;
  throttle: SignInThrottle;
  setupTokens: SetupTokens;
  users: UserStore;
  audit: AuditLog;
  logger: Logger;
  /** Secure cookies: true behind HTTPS. */
  secureCookies: boolean;
  /** Milliseconds a failed sign-in is held per previous failure (slowing guessing), capped at 2 s. */
  failureDelayMs: number;
  /** The time the rules go by (the throttle and sessions take the same one): how long a lock has left. */
  clock: Clock;
  passwords: PasswordHasher;
  twoFactor: TwoFactorStore;
  /** Roles that must set up two-factor sign-in before anything else (TWO_FACTOR_REQUIRED_ROLES). */
  twoFactorRequiredRoles: readonly Role[];
  /** Single sign-on, when configured: its sign-out follows the console's. */
  oidc?: OidcSignIn;
  /** LOCAL_SIGN_IN: who may sign in with a password. */
  localSignIn: 'all' | 'admins' | 'off';
}

const setupSchema = z.strictObject({
  setupToken: z.string().min(1).max(200),
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(64).optional(),
  password: z.string().max(256),
});
const signInSchema = z.strictObject({ username: z.string().max(64), password: z.string().max(256) });
const passwordChangeSchema = z.strictObject({ currentPassword: z.string().max(256), newPassword: z.string().max(256) });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What GET /api/console/session answers: who is signed in, or whether the console still needs its first admin. */
export async function sessionInfoOf(auth: AuthContext | undefined, setupTokens: SetupTokens, requiredRoles: readonly Role[] = []): Promise<SessionInfo> {
  if (!auth) return { user: null, csrfToken: null, setupRequired: await setupTokens.needed() };
  const info: SessionInfo = { user: auth.session.user, csrfToken: auth.session.csrfToken, setupRequired: false };
  return mustEnrol(auth, requiredRoles) ? { ...info, twoFactorRequired: true } : info;
}

/**
 * A session whose person's role requires two-factor sign-in, which they have not set up. API tokens are not asked, nor
 * single sign-on sessions: the provider is where their second factor is asked for.
 */
export function mustEnrol(auth: AuthContext, requiredRoles: readonly Role[]): boolean {
  return !auth.bearer && !auth.session.viaSso && requiredRoles.includes(auth.session.user.role) && !auth.session.twoFactorOn;
}

export function authRouter(deps: AuthDependencies): Router {
  const router = Router();
  const { sessions, throttle, setupTokens, users, audit } = deps;

  const actorOf = (req: Request, user?: { id: string; username: string } | null) => ({
    id: user?.id ?? null,
    name: user?.username ?? null,
    ip: clientIp(req),
  });

  // A session for a person whose role requires two-factor sign-in they have not set up says so (app.ts enrolmentFirst).
  const startSession = async (req: Request, res: Response, user: SessionUser) =>
    issueSession(req, res, sessions, user, deps.secureCookies, {
      twoFactorRequired: deps.twoFactorRequiredRoles.includes(user.role) && !(await deps.twoFactor.enabled(user.id)),
    });

  router.get('/api/console/session', async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await sessionInfoOf(authOf(res), setupTokens, deps.twoFactorRequiredRoles));
  });

  router.post('/api/console/setup', async (req, res) => {
    const body = parseBody(setupSchema, req.body);
    if (!(await setupTokens.needed())) throw new ConsoleError(409, 'SetupAlreadyDone', 'The console already has an administrator; sign in instead.');
    if (!(await setupTokens.isValid(body.setupToken))) {
      await audit.record({ actor: actorOf(req), category: 'security', action: 'auth.setup', outcome: 'denied', errorCode: 'InvalidSetupToken' });
      throw new ConsoleError(403, 'InvalidSetupToken', 'That setup token is not valid. Copy it from the server log, where it was printed at start.', undefined, 'setupToken');
    }
    const problem = passwordProblem(body.password, body.username);
    if (problem) throw new ConsoleError(400, 'WeakPassword', problem, undefined, 'password');
    const passwordHash = await deps.passwords.hash(body.password);
    const user = await deps.db.transaction().execute(async (tx) => {
      // Deleting the tokens is the lock: of two setups racing, only the one whose token it deletes goes on.
      const voided = await tx.deleteFrom('setup_tokens').returning('token_hash').execute();
      if (!voided.some((row) => row.token_hash === hashToken(body.setupToken))) return undefined;
      return users.create({ username: body.username, displayName: body.displayName ?? body.username, role: 'admin', passwordHash }, tx);
    });
    if (!user) throw new ConsoleError(409, 'SetupAlreadyDone', 'Someone else completed the setup a moment ago; sign in instead.');
    await audit.record({ actor: actorOf(req, user), category: 'security', action: 'auth.setup', outcome: 'success', targets: [user.id] });
    deps.logger.info({ username: user.username }, 'first administrator created; setup tokens are void');
    res.status(201).json(await startSession(req, res, user));
  });

  router.post('/api/console/sign-in', async (req, res) => {
    const body = parseBody(signInSchema, req.body);
    if (deps.localSignIn === 'off') throw new ConsoleError(403, 'LocalSignInOff', 'Sign in with single sign-on: passwords are turned off here.');
    const username = normalizeUsername(body.username);
    const ip = clientIp(req);
    // Counted before the password is looked at: a burst of guesses gets no more checks than the threshold allows.
    const admission = await throttle.admit(username, ip);
    const row = await users.findByUsername(username);
    // A name no account has is never written down: it may be a password typed into the wrong box.
    const actor = { id: row?.id ?? null, name: row?.username ?? null, ip };
    if (!admission.admitted) {
      await audit.record({ actor, category: 'security', action: 'auth.sign-in', outcome: 'denied', errorCode: 'SignInLocked' });
      throw lockedError(admission.lockedUntil!, admission.scope!, deps.clock);
    }
    const valid = await deps.passwords.verify(body.password, row?.password_hash ?? (await deps.passwords.decoyHash()));
    if (!row || !valid || !row.password_hash) {
      // Each failure waits a little longer before it is answered, so guessing slows down before the lock arrives.
      await sleep(Math.min(2000, deps.failureDelayMs * Math.max(1, admission.attempts)));
      await audit.record({ actor, category: 'security', action: 'auth.sign-in', outcome: 'failure', errorCode: 'InvalidCredentials' });
      if (admission.lockedUntil) {
        await audit.record({
          actor,
          category: 'security',
          action: 'auth.lockout',
          outcome: 'success',
          errorCode: admission.scope === 'account' ? 'AccountLocked' : 'AddressLocked',
        });
        throw lockedError(admission.lockedUntil, admission.scope!, deps.clock);
      }
      throw new ConsoleError(401, 'InvalidCredentials', 'The username or password is not right.');
    }
    if (row.disabled) {
      await audit.record({ actor: actorOf(req, row), category: 'security', action: 'auth.sign-in', outcome: 'denied', errorCode: 'AccountDisabled' });
      throw new ConsoleError(403, 'AccountDisabled', 'This account is disabled; ask an administrator.');
    }
    // LOCAL_SIGN_IN=admins: passwords are the administrators' way in when single sign-on is down, no one else's.
    if (deps.localSignIn === 'admins' && row.role !== 'admin') {
      await audit.record({ actor: actorOf(req, row), category: 'security', action: 'auth.sign-in', outcome: 'denied', errorCode: 'LocalSignInOff' });
      throw new ConsoleError(403, 'LocalSignInOff', 'Sign in with single sign-on: passwords are for administrators only here.');
    }
    await throttle.succeeded(username, ip);
    // With two-factor sign-in on, a right password earns a challenge for the second step, not a session.
    if (await deps.twoFactor.enabled(row.id)) {
      await audit.record({ actor: actorOf(req, row), category: 'security', action: 'auth.sign-in-password', outcome: 'success' });
      const secondFactor = await issueSignInChallenge(deps.db, row.id, deps.clock.now());
      res.json({ user: null, csrfToken: null, setupRequired: false, secondFactor } satisfies SessionInfo);
      return;
    }
    await audit.record({ actor: actorOf(req, row), category: 'security', action: 'auth.sign-in', outcome: 'success' });
    res.json(await startSession(req, res, { id: row.id, username: row.username, displayName: row.display_name, role: row.role }));
  });

  router.post('/api/console/sign-out', async (req, res) => {
    const auth = authOf(res);
    if (auth) {
      requireCsrf(req, res, () => undefined);
      await sessions.destroy(auth.token);
      await audit.record({ actor: actorOf(req, auth.session.user), category: 'security', action: 'auth.sign-out', outcome: 'success' });
      // Signed in through the provider: out of it too (RP-initiated logout), then back to this console's sign-in page.
      if (auth.session.viaSso && deps.oidc) {
        const endSessionUrl = await deps.oidc.endSessionUrl(new URL('/sign-in', deps.oidc.settings.redirectUrl).toString());
        if (endSessionUrl) {
          res.clearCookie(SESSION_COOKIE, { path: '/' }).json({ endSessionUrl });
          return;
        }
      }
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
  });

  router.post('/api/console/sign-out-everywhere', requireCsrf, async (req, res) => {
    const { session } = signedIn(res);
    const count = await sessions.destroyAllFor(session.user.id);
    await audit.record({ actor: actorOf(req, session.user), category: 'security', action: 'auth.sign-out-everywhere', outcome: 'success', params: { sessions: count } });
    res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
  });

  router.post('/api/console/password', requireCsrf, async (req, res) => {
    const { session } = signedIn(res);
    const body = parseBody(passwordChangeSchema, req.body);
    const row = await users.findById(session.user.id);
    if (!row?.password_hash || !(await deps.passwords.verify(body.currentPassword, row.password_hash))) {
      await audit.record({ actor: actorOf(req, session.user), category: 'security', action: 'auth.password-change', outcome: 'failure', errorCode: 'InvalidCredentials' });
      throw new ConsoleError(400, 'InvalidCredentials', 'The current password is not right.', undefined, 'currentPassword');
    }
    const problem = passwordProblem(body.newPassword, row.username);
    if (problem) throw new ConsoleError(400, 'WeakPassword', problem, undefined, 'newPassword');
    await users.update(row.id, { password_hash: await deps.passwords.hash(body.newPassword) });
    // Every other session ends: a changed password should lock out whoever knew the old one.
    await sessions.destroyAllFor(row.id);
    const info = await startSession(req, res, session.user);
    await audit.record({ actor: actorOf(req, session.user), category: 'security', action: 'auth.password-change', outcome: 'success' });
    res.json(info);
  });

  return router;
}

function lockedError(until: Date, scope: 'account' | 'address', clock: Clock): ConsoleError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - clock.now()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const wait = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new ConsoleError(
    429,
    'SignInLocked',
    scope === 'account' ? `Too many failed sign-ins for this account. It is locked; try again in ${wait}.` : `Too many failed sign-ins from your address. Try again in ${wait}.`,
  ).with({ retryAfterSeconds: seconds });
}
