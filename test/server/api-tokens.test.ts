import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@cvm/server';
import type { ApiToken, AuditEntry, CreatedApiToken } from '@cvm/shared';
import { ConsoleClient, createUser, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// API tokens for scripts, over HTTP: made by a person (shown once, stored hashed), used with Authorization: Bearer and
// nothing else — no cookie, no CSRF token, no console header — with at most the maker's role; refused once ended or
// revoked; every call audited as the owner with the token's name; kept to the routes a script needs.

const clock = new ManualClock();
let running: TestConsole;
let admin: ConsoleClient;
let viewer: ConsoleClient;
let operator: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole({}, { clock });
  admin = await setupAdmin(running);
  viewer = await createUser(admin, 'vera', 'viewer');
  operator = await createUser(admin, 'omar', 'operator');
});
afterAll(() => running.close());

/** A script's request: the token and JSON, nothing a browser would add. */
async function script(token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const answer = await fetch(`${running.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  return { status: answer.status, json: (text ? JSON.parse(text) : {}) as Record<string, any> };
}
const cvm = (token: string, action: string, params: object = {}) => script(token, 'POST', `/api/cvm/${action}`, params, { 'X-Region': 'ap-guangzhou', 'X-Account': 'emulator' });

async function makeToken(client: ConsoleClient, name: string, role: string, expiresInDays = 30): Promise<CreatedApiToken> {
  const made = await client.request('POST', '/api/console/tokens', { name, role, expiresInDays });
  expect(made.status, made.text).toBe(201);
  return made.json as CreatedApiToken;
}

describe('API tokens', () => {
  it("lets a viewer's token list instances and not stop one, and audits both with the token's name", async () => {
    const { token, apiToken } = await makeToken(viewer, 'inventory-script', 'viewer');
    expect(token).toMatch(/^cvmtok_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'inventory-script', role: 'viewer', owner: { username: 'vera' }, lastUsedAt: null });

    const list = await cvm(token, 'DescribeInstances', { Limit: 5 });
    expect(list.status).toBe(200);
    const id = (list.json.InstanceSet as { InstanceId: string }[])[0]!.InstanceId;
    const stop = await cvm(token, 'StopInstances', { InstanceIds: [id] });
    expect([stop.status, stop.json.code]).toEqual([403, 'Forbidden']);

    const audit = (await admin.request('GET', '/api/console/audit?limit=50')).json.entries as AuditEntry[];
    const denied = audit.find((e) => e.action === 'cvm.StopInstances' && e.outcome === 'denied' && e.actorName === 'vera');
    expect(denied?.tokenName).toBe('inventory-script');
    const listed = (await viewer.request('GET', '/api/console/tokens')).json.tokens as ApiToken[];
    expect(listed.find((t) => t.id === apiToken.id)?.lastUsedAt).not.toBeNull();
  });

  it("never gives a token more than its maker's role, nor more than the owner's role of the moment", async () => {
    const refused = await viewer.request('POST', '/api/console/tokens', { name: 'too-strong', role: 'operator', expiresInDays: 7 });
    expect([refused.status, refused.json.code, refused.json.field]).toEqual([403, 'Forbidden', 'role']);
    const { token, apiToken } = await makeToken(operator, 'ops-bot', 'operator');
    // Made with a token, a token is at most that token's role.
    const viaToken = await script(token, 'POST', '/api/console/tokens', { name: 'admin-from-ops', role: 'admin', expiresInDays: 7 });
    expect(viaToken.status).toBe(403);
    // The owner demoted: the token can do what a viewer can, no more.
    const users = (await admin.request('GET', '/api/console/users')).json.users as { id: string; username: string }[];
    const omar = users.find((u) => u.username === 'omar')!;
    expect((await admin.request('PATCH', `/api/console/users/${omar.id}`, { role: 'viewer' })).status).toBe(200);
    const list = await cvm(token, 'DescribeInstances', { Limit: 1 });
    const id = (list.json.InstanceSet as { InstanceId: string }[])[0]!.InstanceId;
    expect((await cvm(token, 'StopInstances', { InstanceIds: [id] })).status).toBe(403);
    expect((await admin.request('PATCH', `/api/console/users/${omar.id}`, { role: 'operator' })).status).toBe(200);
    expect(apiToken.role).toBe('operator');
  });

  it('refuses a token once revoked, with 401, and one whose owner is disabled', async () => {
    const revoked = await makeToken(admin, 'to-revoke', 'viewer');
    expect((await cvm(revoked.token, 'DescribeInstances', { Limit: 1 })).status).toBe(200);
    expect((await admin.request('DELETE', `/api/console/tokens/${revoked.id}`)).status).toBe(204);
    const after = await cvm(revoked.token, 'DescribeInstances', { Limit: 1 });
    expect([after.status, after.json.code]).toEqual([401, 'InvalidToken']);

    const temp = await createUser(admin, 'tess', 'operator');
    const hers = await makeToken(temp, 'tess-script', 'operator');
    const users = (await admin.request('GET', '/api/console/users')).json.users as { id: string; username: string }[];
    await admin.request('PATCH', `/api/console/users/${users.find((u) => u.username === 'tess')!.id}`, { disabled: true });
    expect((await cvm(hers.token, 'DescribeInstances', { Limit: 1 })).status).toBe(401);
    // A made-up token is refused the same way, and never served as anyone.
    expect((await cvm('cvmtok_not-a-real-token-at-all-000000000000000000', 'DescribeInstances')).status).toBe(401);
  });

  it('lets a script rotate its own token: make the next with it, then revoke it with itself', async () => {
    const first = await makeToken(operator, 'rotating', 'viewer');
    const next = await script(first.token, 'POST', '/api/console/tokens', { name: 'rotating-2', role: 'viewer', expiresInDays: 30 });
    expect(next.status).toBe(201);
    expect((await script(first.token, 'DELETE', `/api/console/tokens/${first.id}`)).status).toBe(204);
    expect((await cvm(first.token, 'DescribeInstances')).status).toBe(401);
    expect((await cvm(next.json.token as string, 'DescribeInstances', { Limit: 1 })).status).toBe(200);
  });

  it('keeps tokens to the routes a script needs, and to their owner', async () => {
    const { token } = await makeToken(admin, 'admin-script', 'admin');
    expect((await script(token, 'GET', '/api/console/session')).json.user).toMatchObject({ username: 'admin' });
    expect((await script(token, 'GET', '/api/console/accounts')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/api/console/users'],
      ['POST', '/api/console/password'],
      ['GET', '/api/console/audit'],
      ['POST', '/api/console/sign-out-everywhere'],
    ] as const) {
      const refused = await script(token, method, path, method === 'POST' ? {} : undefined);
      expect([path, refused.status, refused.json.code]).toEqual([path, 403, 'TokenNotAllowed']);
    }
    // Someone else's token is not there for you; an administrator sees and revokes everyone's.
    const veras = ((await viewer.request('GET', '/api/console/tokens')).json.tokens as ApiToken[])[0]!;
    expect((await operator.request('DELETE', `/api/console/tokens/${veras.id}`)).status).toBe(404);
    expect((await viewer.request('GET', '/api/console/tokens?all=true')).status).toBe(403);
    const everyone = (await admin.request('GET', '/api/console/tokens?all=true')).json.tokens as ApiToken[];
    expect(new Set(everyone.map((t) => t.owner.username))).toEqual(new Set(['vera', 'omar', 'admin', 'tess']));
  });

  it('stores only hashes, and writes no token to any log line', async () => {
    const { token } = await makeToken(admin, 'secret-check', 'viewer');
    await cvm(token, 'DescribeInstances', { Limit: 1 });
    const rows = await running.database.db.selectFrom('api_tokens').select(['token_hash']).execute();
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    const dump =
      JSON.stringify(await running.database.db.selectFrom('api_tokens').selectAll().execute()) +
      JSON.stringify(await running.database.db.selectFrom('audit_log').selectAll().execute());
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(token.slice(7));
    expect(running.logs.join('')).not.toContain(token.slice(7));
  });

  // Last: moving the clock a day on ends the suite's sessions too.
  it('refuses a token past its end, with 401', async () => {
    const shortLived = await makeToken(admin, 'one-day', 'viewer', 1);
    const longer = await makeToken(admin, 'two-days', 'viewer', 2);
    expect((await cvm(shortLived.token, 'DescribeInstances', { Limit: 1 })).status).toBe(200);
    clock.advance(86_400_000 + 1_000);
    const ended = await cvm(shortLived.token, 'DescribeInstances', { Limit: 1 });
    expect([ended.status, ended.json.code]).toEqual([401, 'InvalidToken']);
    expect((await cvm(longer.token, 'DescribeInstances', { Limit: 1 })).status).toBe(200);
  });
});
