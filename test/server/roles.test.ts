import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_ORDER, allActions, type Role } from '@cvm/shared';
import { ConsoleClient, createUser, setupAdmin, type TestConsole } from '../support/console.ts';
import { signInWithSso, startProviderAndConsole, type RunningProvider } from '../support/oidc-provider.ts';

// Every role against every kind of action: each cloud action in the catalog, and the console's own admin endpoints.
// Allowed means "not refused for the role" (parameters may still be wrong); refused means 403 and an audit entry.

let running: TestConsole;
let provider: RunningProvider;
let clients: Record<Role, ConsoleClient>;
/** The same people's single sign-on sessions: their role from their provider groups. */
let ssoClients: Record<Role, ConsoleClient>;
/** Each person's API token of their own role: a script holds the same rights as its owner, no more. */
let tokens: Record<Role, string>;

beforeAll(async () => {
  ({ provider, running } = await startProviderAndConsole({ OIDC_ROLE_MAP: ROLE_ORDER.map((role) => `g-${role}=${role}`).join(',') }));
  for (const role of ROLE_ORDER) provider.accounts.set(role, { sub: `sso-${role}`, preferred_username: `sso-${role}`, name: `SSO ${role}`, groups: [`g-${role}`] });
  const admin = await setupAdmin(running);
  clients = { admin, operator: await createUser(admin, 'olivia', 'operator'), viewer: await createUser(admin, 'victor', 'viewer') };
  const entries = await Promise.all(
    ROLE_ORDER.map(async (role) => {
      const made = await clients[role].request('POST', '/api/console/tokens', { name: `matrix-${role}`, role, expiresInDays: 1 });
      return [role, made.json.token as string] as const;
    }),
  );
  tokens = Object.fromEntries(entries) as Record<Role, string>;
  ssoClients = Object.fromEntries(await Promise.all(ROLE_ORDER.map(async (role) => [role, (await signInWithSso(running.url, role)).client] as const))) as Record<
    Role,
    ConsoleClient
  >;
});
afterAll(async () => {
  await running?.close();
  await provider?.close();
});

type Via = 'session' | 'API token' | 'single sign-on session';

/** One cloud action with empty parameters: as a person of the role in a browser, as their token, or signed in by SSO. */
function asRole(role: Role, via: Via, service: string, action: string) {
  if (via === 'session') return clients[role].call(service, action, {});
  if (via === 'single sign-on session') return ssoClients[role].call(service, action, {});
  return new ConsoleClient(running.url).call(service, action, {}, { Authorization: `Bearer ${tokens[role]}` });
}

const refusalsInAudit = async (action: string, username: string) => {
  const { json } = await clients.admin.request('GET', `/api/console/audit?action=${encodeURIComponent(action)}&actor=${username}&outcome=denied`);
  return json.entries as { action: string; outcome: string }[];
};

describe.each(['session', 'API token', 'single sign-on session'] as const)('cloud actions by role, with a %s', (via) => {
  for (const spec of allActions()) {
    for (const role of ROLE_ORDER) {
      const allowed = ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(spec.minRole);
      if (spec.serverOnly) {
        it(`nobody may call ${spec.service}.${spec.action}: the console's server keeps it to itself (${role})`, async () => {
          const { status, json, text } = await asRole(role, via, spec.service, spec.action);
          expect([status, json.code]).toEqual([403, 'ServerOnlyAction']);
          expect(text).not.toMatch(/TmpSecret/);
        });
        continue;
      }
      it(`${role} ${allowed ? 'may' : 'may not'} call ${spec.service}.${spec.action} (least role ${spec.minRole})`, async () => {
        const { status, json } = await asRole(role, via, spec.service, spec.action);
        if (allowed) {
          expect(json.code).not.toBe('Forbidden');
          expect(status).not.toBe(403);
        } else {
          expect(status).toBe(403);
          expect(json).toMatchObject({ code: 'Forbidden' });
          expect(json.message).toContain(spec.minRole);
          const username = via === 'single sign-on session' ? `sso-${role}` : role === 'viewer' ? 'victor' : 'olivia';
          expect((await refusalsInAudit(`${spec.service}.${spec.action}`, username)).length).toBeGreaterThan(0);
        }
      });
    }
  }
});

describe('console administration by role', () => {
  const endpoints: { name: string; audit: string; send: (c: ConsoleClient) => ReturnType<ConsoleClient['request']> }[] = [
    { name: 'list users', audit: 'users.list', send: (c) => c.request('GET', '/api/console/users') },
    {
      name: 'create a user',
      audit: 'users.create',
      send: (c) => c.request('POST', '/api/console/users', { username: `u${Math.random().toString(36).slice(2, 8)}`, role: 'viewer' }),
    },
    {
      name: 'add a cloud account',
      audit: 'accounts.create',
      send: (c) =>
        c.request('POST', '/api/console/accounts', { name: `acct ${Math.random()}`, secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret', defaultRegion: 'ap-guangzhou' }),
    },
    { name: 'test a cloud account', audit: 'accounts.test', send: (c) => c.request('POST', '/api/console/accounts/emulator/test') },
    { name: 'read the audit log', audit: 'audit.read', send: (c) => c.request('GET', '/api/console/audit') },
    { name: 'export the audit log', audit: 'audit.export', send: (c) => c.request('GET', '/api/console/audit.csv') },
  ];
  for (const endpoint of endpoints) {
    it(`only an admin may ${endpoint.name}`, async () => {
      expect((await endpoint.send(clients.admin)).status).toBeLessThan(300);
      for (const [role, username] of [
        ['operator', 'olivia'],
        ['viewer', 'victor'],
      ] as const) {
        const refused = await endpoint.send(clients[role]);
        expect(refused.status).toBe(403);
        expect(refused.json.code).toBe('Forbidden');
        expect((await refusalsInAudit(endpoint.audit, username)).length).toBeGreaterThan(0);
      }
    });
  }

  it('lets every role see the accounts it can switch between, without secrets', async () => {
    for (const client of Object.values(clients)) {
      const { status, json, text } = await client.request('GET', '/api/console/accounts');
      expect(status).toBe(200);
      expect(json.accounts[0]).toMatchObject({ id: 'emulator', secretIdLast4: 'ATOR', source: 'emulator' });
      expect(text).not.toContain('emulator-secret');
      expect(text).not.toContain('AKIDEMULATOR');
    }
  });
});
