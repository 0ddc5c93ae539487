import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { ConsoleUser } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { passwordProblem, type PasswordHasher } from '../auth/passwords.ts';
import { clientIp, requireCsrf, requireRole, signedIn } from '../auth/request-auth.ts';
import type { SessionStore } from '../auth/session-store.ts';
import { issueInvitation as issueUserInvitation } from './issue-invitation.ts';
import { requireStepUp, type StepUpPolicy } from '../auth/step-up.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Clock } from '../time/clock.ts';
import { usernameSchema, type UserStore } from './user-store.ts';

// Admins manage people: invite by one-time link or set a first password, change role, disable.

const roleSchema = z.enum(['viewer', 'operator', 'admin']);
const createSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(64).optional(),
  role: roleSchema,
  password: z.string().max(256).optional(),
});
const updateSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
});

export interface UserRouteDependencies {
  db: Kysely<Database>;
  users: UserStore;
  sessions: SessionStore;
  audit: AuditLog;
  /** An invitation's end is counted from this clock's now (and checked against it when the link is opened). */
  clock: Clock;
  passwords: PasswordHasher;
  /** Step-up for changes to people (auth/step-up.ts). */
  stepUp: StepUpPolicy;
}

export function userRouter({ db, users, sessions, audit, clock, passwords, stepUp }: UserRouteDependencies): Router {
  const router = Router();
  const admin = (action: string) => [requireCsrf, requireRole('admin', audit, action)];
  // A change to people is a dangerous action: it asks a recent second factor of those who have one.
  const change = (action: string) => [...admin(action), requireStepUp(stepUp, audit, action)];
  const actorOf = (req: Request, res: Parameters<typeof signedIn>[0]) => {
    const { user } = signedIn(res).session;
    return { id: user.id, name: user.username, ip: clientIp(req) };
  };

  const issueInvitation = (userId: string, createdBy: string) => issueUserInvitation(db, userId, createdBy, clock.now());

  router.get('/api/console/users', ...admin('users.list'), async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ users: await users.list() });
  });

  router.post('/api/console/users', ...change('users.create'), async (req, res) => {
    const body = parseBody(createSchema, req.body);
    const actor = actorOf(req, res);
    if (await users.findByUsername(body.username)) throw new ConsoleError(409, 'UsernameTaken', `The username ${body.username} is already taken.`, undefined, 'username');
    if (body.password !== undefined) {
      const problem = passwordProblem(body.password, body.username);
      if (problem) throw new ConsoleError(400, 'WeakPassword', problem, undefined, 'password');
    }
    const passwordHash = body.password === undefined ? null : await passwords.hash(body.password);
    // The person and the audit entry about them commit together, or neither does.
    const user = await db.transaction().execute(async (tx) => {
      const created = await users.create({ username: body.username, displayName: body.displayName ?? body.username, role: body.role, passwordHash }, tx);
      await audit.record(
        {
          actor,
          category: 'admin',
          action: 'users.create',
          outcome: 'success',
          targets: [created.id],
          params: { username: created.username, role: created.role, invited: passwordHash === null },
        },
        tx,
      );
      return created;
    });
    const invitationUrl = passwordHash === null ? await issueInvitation(user.id, actor.id) : null;
    res.status(201).json({ user, invitationUrl });
  });

  router.patch('/api/console/users/:id', ...change('users.update'), async (req, res) => {
    const body = parseBody(updateSchema, req.body);
    const actor = actorOf(req, res);
    const id = String(req.params.id);
    const existing = await users.findById(id);
    if (!existing) throw new ConsoleError(404, 'UserNotFound', 'No such user.');
    const losesAdmin = existing.role === 'admin' && !existing.disabled && ((body.role && body.role !== 'admin') || body.disabled === true);
    if (losesAdmin && (await users.activeAdminCount()) <= 1) {
      throw new ConsoleError(409, 'LastAdmin', 'The console must keep at least one active administrator.', undefined, body.role ? 'role' : 'disabled');
    }
    const action =
      body.role !== undefined && body.role !== existing.role
        ? 'users.role-change'
        : body.disabled !== undefined
          ? body.disabled
            ? 'users.disable'
            : 'users.enable'
          : 'users.update';
    const user = await db.transaction().execute(async (tx) => {
      const updated = (await users.update(
        id,
        {
          ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
          ...(body.role !== undefined ? { role: body.role } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        },
        tx,
      )) as ConsoleUser;
      await audit.record(
        { actor, category: 'security', action, outcome: 'success', targets: [id], params: { username: existing.username, ...body, previousRole: existing.role } },
        tx,
      );
      return updated;
    });
    if (body.disabled) await sessions.destroyAllFor(id);
    // A new role or name must be what the next request of theirs sees, on every replica.
    else await sessions.userChanged(id);
    res.json({ user });
  });

  router.post('/api/console/users/:id/invitation', ...change('users.invite'), async (req, res) => {
    const actor = actorOf(req, res);
    const id = String(req.params.id);
    const existing = await users.findById(id);
    if (!existing) throw new ConsoleError(404, 'UserNotFound', 'No such user.');
    const invitationUrl = await issueInvitation(id, actor.id);
    await audit.record({ actor, category: 'admin', action: 'users.invite', outcome: 'success', targets: [id], params: { username: existing.username } });
    res.status(201).json({ invitationUrl });
  });

  return router;
}
