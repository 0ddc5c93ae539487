import { Router } from 'express';
import { z } from 'zod';
import { API_TOKEN_MAX_DAYS, ROLE_ORDER, roleAllows, type ApiToken, type CreatedApiToken } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { parseBody } from '../http/parse-body.ts';
import type { ApiTokenStore } from './api-tokens.ts';
import { actorOf, requireCsrf, signedIn } from './request-auth.ts';

// A person's API tokens, also through a token — so a script can rotate its own:
//   POST   /api/console/tokens      {name, role, expiresInDays} → 201 {id, token, apiToken}; the token this once
//   GET    /api/console/tokens      → {tokens}: yours; an administrator's ?all=true, everyone's
//   DELETE /api/console/tokens/:id  → 204: yours, or (an administrator) anyone's
// A token's role is at most its maker's; one made with a token is at most that token's. Every change is audited.

const createSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\p{L}\p{N} ._:@/-]+$/u, 'letters, digits, spaces and . _ : @ / - only'),
  role: z.enum(ROLE_ORDER as [string, ...string[]]),
  expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS),
});

const listSchema = z.strictObject({ all: z.enum(['true', 'false']).optional() });

export function tokenRouter({ tokens, audit }: { tokens: ApiTokenStore; audit: AuditLog }): Router {
  const router = Router();

  router.post('/api/console/tokens', requireCsrf, async (req, res) => {
    const body = parseBody(createSchema, req.body);
    const { user } = signedIn(res).session;
    const actor = actorOf(req, res);
    const role = body.role as ApiToken['role'];
    if (!roleAllows(user.role, role)) {
      await audit.record({ actor, category: 'security', action: 'tokens.create', outcome: 'denied', errorCode: 'Forbidden', params: body });
      throw new ConsoleError(403, 'Forbidden', `A token can do at most what you can: you are ${user.role}, so not ${role}.`, undefined, 'role');
    }
    let created: { token: string; apiToken: ApiToken };
    try {
      created = await tokens.create(user.id, { name: body.name, role, expiresInDays: body.expiresInDays });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConsoleError(409, 'TokenNameTaken', `You already have a token called ${body.name}.`, undefined, 'name');
      throw error;
    }
    await audit.record({ actor, category: 'security', action: 'tokens.create', outcome: 'success', targets: [created.apiToken.id], params: body });
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .json({ id: created.apiToken.id, token: created.token, apiToken: created.apiToken } satisfies CreatedApiToken);
  });

  router.get('/api/console/tokens', async (req, res) => {
    const { all } = parseBody(listSchema, req.query);
    const { user } = signedIn(res).session;
    if (all === 'true' && user.role !== 'admin') throw new ConsoleError(403, 'Forbidden', "Only an administrator sees everyone's tokens.");
    res.set('Cache-Control', 'no-store').json({ tokens: await tokens.list(all === 'true' ? {} : { userId: user.id }) });
  });

  router.delete('/api/console/tokens/:id', requireCsrf, async (req, res) => {
    const id = String(req.params.id);
    const { user } = signedIn(res).session;
    const actor = actorOf(req, res);
    const [token] = await tokens.list({ id });
    // Someone else's token is as unknown as a missing one, unless you are an administrator.
    if (!token || (token.owner.id !== user.id && user.role !== 'admin')) throw new ConsoleError(404, 'TokenNotFound', 'No such token.');
    await tokens.revoke(id);
    await audit.record({
      actor,
      category: 'security',
      action: 'tokens.revoke',
      outcome: 'success',
      targets: [id, token.owner.id],
      params: { name: token.name, owner: token.owner.username },
    });
    res.status(204).end();
  });

  return router;
}
