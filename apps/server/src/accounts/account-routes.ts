import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { REGION_ID_PATTERN, type AccountInput, type AccountPatch, type ConnectionTestResult } from '@cvm/shared';
import type { AuditLog } from '../audit/audit-log.ts';
import { clientIp, requireCsrf, requireRole, signedIn } from '../auth/request-auth.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Database } from '../db/schema.ts';
import { probeAccount } from './account-probe.ts';
import { requireStepUp, type StepUpPolicy } from '../auth/step-up.ts';
import type { AccountRegistry, AccountInput as RegistryAccountInput } from './account-registry.ts';

// Cloud accounts: everyone signed in sees names and the SecretId's last four characters; admins add, change, remove
// and test them. Secrets go in, never out.

const secret = z
  .string()
  .trim()
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
  .max(512);
const region = z.string().regex(REGION_ID_PATTERN, 'must look like ap-guangzhou (Tencent Cloud) or cn-hangzhou (Alibaba Cloud)');
const roleArn = z
  .string()
  .trim()
  .regex(/^qcs::cam::uin\/\d+:(role|roleName)\/[^/\s]+$/, 'must be a role description: qcs::cam::uin/<uin>:roleName/<name> or :role/<roleId>');
const roleSessionName = z.string().regex(/^[\w+=,.@-]{2,128}$/, 'must be 2 to 128 letters, digits or =,.@_-+');
const durationSeconds = z.number().int().min(900).max(43_200);
const createSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(64),
    /** The cloud never changes afterwards: a key pair belongs to one cloud. */
    cloud: z.enum(['tencent', 'aliyun']).default('tencent'),
    secretId: secret.min(8).optional(),
    secretKey: secret.min(8).optional(),
    token: secret.optional(),
    roleArn: roleArn.optional(),
    roleSessionName: roleSessionName.optional(),
    durationSeconds: durationSeconds.optional(),
    defaultRegion: region,
    /** Saved even though the cloud refused the keys (they are made for later, or the cloud is unreachable from here). */
    saveUntested: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.roleArn) {
      if (body.cloud !== 'tencent') ctx.addIssue({ code: 'custom', path: ['roleArn'], message: 'a role account is a Tencent Cloud CAM role' });
      for (const key of ['secretId', 'secretKey', 'token'] as const) {
        if (body[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'a role account keeps no keys: give roleArn or a key pair, not both' });
      }
    } else {
      for (const key of ['secretId', 'secretKey'] as const) if (body[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'is required (or give roleArn)' });
      for (const key of ['roleSessionName', 'durationSeconds'] as const) if (body[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'goes with roleArn' });
    }
  });
const updateSchema = z.strictObject({
  name: z.string().trim().min(1).max(64).optional(),
  secretId: secret.min(8).optional(),
  secretKey: secret.min(8).optional(),
  token: secret.or(z.literal('')).optional(),
  roleArn: roleArn.optional(),
  roleSessionName: roleSessionName.optional(),
  durationSeconds: durationSeconds.optional(),
  defaultRegion: region.optional(),
  saveUntested: z.boolean().optional(),
});

/** The create body as the registry takes it: a key pair, or a role with its defaults. */
function storedInput(body: Omit<z.output<typeof createSchema>, 'saveUntested'>): RegistryAccountInput {
  const { roleArn: arn, roleSessionName: sessionName, durationSeconds: seconds, ...rest } = body;
  return arn
    ? { name: rest.name, cloud: rest.cloud, defaultRegion: rest.defaultRegion, role: { roleArn: arn, sessionName: sessionName ?? 'cvm-console', durationSeconds: seconds ?? 3600 } }
    : rest;
}

export function accountRouter({ db, accounts, audit, stepUp }: { db: Kysely<Database>; accounts: AccountRegistry; audit: AuditLog; stepUp: StepUpPolicy }): Router {
  const router = Router();
  const admin = (action: string) => [requireCsrf, requireRole('admin', audit, action)];
  // A change to cloud accounts is a dangerous action: it asks a recent second factor of those who have one.
  const change = (action: string) => [...admin(action), requireStepUp(stepUp, audit, action)];
  const actor = (req: Parameters<typeof clientIp>[0], res: Parameters<typeof signedIn>[0]) => {
    const { user } = signedIn(res).session;
    return { id: user.id, name: user.username, ip: clientIp(req) };
  };

  router.get('/api/console/accounts', async (_req, res) => {
    signedIn(res);
    res.set('Cache-Control', 'no-store').json({ accounts: await accounts.list() });
  });

  router.post('/api/console/accounts', ...change('accounts.create'), async (req, res) => {
    const { saveUntested, ...body } = parseBody(createSchema, req.body) satisfies AccountInput;
    const who = actor(req, res);
    const input = storedInput(body);
    if (!saveUntested) await testBeforeSaving(who, null, () => accounts.probe({ ...input, cloud: body.cloud }));
    // The change and its audit entry commit together, or neither does.
    const account = await db.transaction().execute(async (tx) => {
      const created = await accounts.create(input, who.id, tx);
      await audit.record(
        {
          actor: who,
          category: 'admin',
          action: 'accounts.create',
          outcome: 'success',
          accountId: created.id,
          targets: [created.id],
          params: { ...body, ...(saveUntested ? { saveUntested } : {}) },
        },
        tx,
      );
      return created;
    });
    res.status(201).json({ account });
  });

  router.patch('/api/console/accounts/:id', ...change('accounts.update'), async (req, res) => {
    const { saveUntested, ...body } = parseBody(updateSchema, req.body) satisfies AccountPatch;
    const who = actor(req, res);
    const id = String(req.params.id);
    const { roleArn: arn, roleSessionName: sessionName, durationSeconds: seconds, ...keys } = body;
    const rolePatch = arn !== undefined || sessionName !== undefined || seconds !== undefined ? { roleArn: arn, sessionName, durationSeconds: seconds } : undefined;
    const patch = { ...keys, ...(rolePatch ? { rolePatch: Object.fromEntries(Object.entries(rolePatch).filter(([, v]) => v !== undefined)) } : {}) };
    const keysChange = body.secretId !== undefined || body.secretKey !== undefined || body.token !== undefined || body.defaultRegion !== undefined || rolePatch !== undefined;
    if (keysChange && !saveUntested) {
      // What the account would be, worked out first: a change it cannot take is refused as such, not as a failed test.
      const after = await accounts.keysAfter(id, patch);
      await testBeforeSaving(who, id, () => accounts.probe(after));
    }
    const account = await db.transaction().execute(async (tx) => {
      const updated = await accounts.update(id, patch, tx);
      await audit.record(
        {
          actor: who,
          category: 'admin',
          action: 'accounts.update',
          outcome: 'success',
          accountId: id,
          targets: [id],
          params: { ...body, ...(saveUntested ? { saveUntested } : {}) },
        },
        tx,
      );
      return updated;
    });
    await accounts.changed(id);
    res.json({ account });
  });

  router.delete('/api/console/accounts/:id', ...change('accounts.delete'), async (req, res) => {
    const who = actor(req, res);
    const id = String(req.params.id);
    await db.transaction().execute(async (tx) => {
      const account = await accounts.remove(id, tx);
      await audit.record({ actor: who, category: 'admin', action: 'accounts.delete', outcome: 'success', accountId: id, targets: [id], params: { name: account.name } }, tx);
    });
    await accounts.changed(id);
    res.status(204).end();
  });

  /** "Test connection": one DescribeRegions with the account's keys (CVM's or ECS's), answered with the cloud's own words. */
  router.post('/api/console/accounts/:id/test', ...admin('accounts.test'), async (req, res) => {
    const who = actor(req, res);
    const id = String(req.params.id);
    const { account, client } = await accounts.clientFor(id);
    try {
      const { regionCount, requestId } = await probeAccount(client, account.cloud, account.defaultRegion);
      await audit.record({ actor: who, category: 'admin', action: 'accounts.test', outcome: 'success', accountId: id, targets: [id], requestId });
      res.json({ ok: true, regionCount, requestId } satisfies ConnectionTestResult);
    } catch (error) {
      if (error instanceof ConsoleError) {
        await audit.record({
          actor: who,
          category: 'admin',
          action: 'accounts.test',
          outcome: 'failure',
          accountId: id,
          targets: [id],
          errorCode: error.code,
          errorMessage: error.message,
          requestId: error.requestId ?? null,
        });
      }
      throw error;
    }
  });

  /**
   * Keys are saved only once the cloud has taken them (or the admin said to save them anyway): a key pair that fails
   * "Test connection" would otherwise be saved and break every page that uses it. The refusal is audited as a failed
   * test and answered as 422 AccountTestFailed with the cloud's code and RequestId; nothing is saved.
   */
  async function testBeforeSaving(who: ReturnType<typeof actor>, accountId: string | null, probe: () => Promise<unknown>): Promise<void> {
    try {
      await probe();
    } catch (error) {
      if (!(error instanceof ConsoleError) || error.code === 'AccountNotFound') throw error;
      await audit.record({
        actor: who,
        category: 'admin',
        action: 'accounts.test',
        outcome: 'failure',
        accountId,
        targets: accountId ? [accountId] : [],
        errorCode: error.code,
        errorMessage: error.message,
        requestId: error.requestId ?? null,
      });
      throw new ConsoleError(
        422,
        'AccountTestFailed',
        `Testing these keys failed (${error.code}: ${error.message}). Nothing was saved: check them, or save them anyway.`,
        error.requestId,
      );
    }
  }

  return router;
}
