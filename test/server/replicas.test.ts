import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvm } from '@cvm/shared';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { ADMIN, ConsoleClient, setupAdmin, startTestConsole, usePostgres, type TestConsole } from '../support/console.ts';
import { createTestDatabase, postgresUrlFromEnv } from '../support/postgres.ts';

// Two server processes on different ports sharing one PostgreSQL behave as one console.
describe.runIf(usePostgres())('two replicas on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let first: TestConsole;
  let second: TestConsole;

  beforeAll(async () => {
    database = await createTestDatabase(postgresUrlFromEnv()!);
    const shared = { DATABASE_URL: database.url, CONSOLE_ENCRYPTION_KEY: 'a'.repeat(64), SIGNIN_LOCK_THRESHOLD: '3' };
    // Started together: both run the migrations, under Kysely's lock, and both print a setup token.
    [first, second] = await Promise.all([startTestConsole(shared), startTestConsole(shared)]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await database?.drop();
  });

  it("accepts either replica's setup token once, and then neither", async () => {
    expect(first.setupToken).toBeTruthy();
    expect(second.setupToken).toBeTruthy();
    expect(first.setupToken).not.toBe(second.setupToken);
    const admin = await setupAdmin(second);
    expect(admin.cookie).toBeTruthy();
    const late = await new ConsoleClient(first.url).request('POST', '/api/console/setup', { setupToken: first.setupToken, username: 'late', password: 'a late long passphrase' });
    expect(late.status).toBe(409);
  });

  it('honours a session made on one replica on the other', async () => {
    const onFirst = new ConsoleClient(first.url);
    expect((await onFirst.signIn('admin', ADMIN.password)).status).toBe(200);
    const onSecond = new ConsoleClient(second.url);
    onSecond.cookie = onFirst.cookie;
    onSecond.csrfToken = onFirst.csrfToken;
    const session = await onSecond.request('GET', '/api/console/session');
    expect(session.json.user).toMatchObject({ username: 'admin' });
    expect((await onSecond.call('cvm', 'DescribeZones')).status).toBe(200);
    // And signing out on the second ends it on the first.
    expect((await onSecond.request('POST', '/api/console/sign-out')).status).toBe(204);
    expect((await onFirst.call('cvm', 'DescribeZones')).status).toBe(401);
  });

  it('writes one audit log from both', async () => {
    const a = new ConsoleClient(first.url);
    const b = new ConsoleClient(second.url);
    await a.signIn('admin', ADMIN.password);
    await b.signIn('admin', ADMIN.password);
    await a.request('POST', '/api/console/users', { username: 'from-first', role: 'viewer' });
    await b.request('POST', '/api/console/users', { username: 'from-second', role: 'viewer' });
    for (const client of [a, b]) {
      const { json } = await client.request('GET', '/api/console/audit?action=users.create');
      expect(json.entries.map((e: { params: { username: string } }) => e.params.username).sort()).toEqual(['from-first', 'from-second']);
    }
  });

  it('keeps lockouts across replicas', async () => {
    const admin = new ConsoleClient(first.url);
    await admin.signIn('admin', ADMIN.password);
    await admin.request('POST', '/api/console/users', { username: 'shared-victim', role: 'viewer', password: 'their own long passphrase' });
    expect((await new ConsoleClient(first.url).signIn('shared-victim', 'wrong guess one')).status).toBe(401);
    expect((await new ConsoleClient(second.url).signIn('shared-victim', 'wrong guess two')).status).toBe(401);
    expect((await new ConsoleClient(first.url).signIn('shared-victim', 'wrong guess three')).status).toBe(429);
    const onOther = await new ConsoleClient(second.url).signIn('shared-victim', 'their own long passphrase');
    expect(onOther.status).toBe(429);
    expect(onOther.json.code).toBe('SignInLocked');
  });

  it('reads cloud accounts added on one replica from the other, with the shared encryption key', async () => {
    const a = new ConsoleClient(first.url);
    await a.signIn('admin', ADMIN.password);
    const created = await a.request('POST', '/api/console/accounts', { name: 'Shared', secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret', defaultRegion: 'ap-guangzhou' });
    expect(created.status).toBe(201);
    const b = new ConsoleClient(second.url);
    await b.signIn('admin', ADMIN.password);
    const tested = await b.request('POST', `/api/console/accounts/${created.json.account.id}/test`);
    // Each replica has its own embedded emulator, and both accept the emulator's key.
    expect(tested.status).toBe(200);
    expect(tested.json.ok).toBe(true);
  });

  it("signs with an account's new keys, and stops using a deleted account, on the other replica at once", async () => {
    const a = new ConsoleClient(first.url);
    await a.signIn('admin', ADMIN.password);
    const created = await a.request('POST', '/api/console/accounts', { name: 'Rotated', secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret', defaultRegion: 'ap-guangzhou' });
    expect(created.status).toBe(201);
    const id = created.json.account.id as string;
    const b = new ConsoleClient(second.url);
    await b.signIn('admin', ADMIN.password);
    b.account = id;
    // The second replica reads the account and keeps it in memory.
    expect((await b.call('cvm', 'DescribeZones')).status).toBe(200);
    expect((await b.call('cvm', 'DescribeZones')).status).toBe(200);
    // Keys no cloud knows, saved on the first: the second's very next call signs with them, and is refused for them.
    expect((await a.request('PATCH', `/api/console/accounts/${id}`, { secretId: 'AKIDNOBODYKNOWSTHISKEY', secretKey: 'not-a-secret-anyone-has', saveUntested: true })).status).toBe(
      200,
    );
    const refused = await b.call('cvm', 'DescribeZones');
    expect(refused.json.code).toMatch(/^AuthFailure/);
    // Deleted on the first: gone on the second.
    expect((await a.request('DELETE', `/api/console/accounts/${id}`)).status).toBe(204);
    const gone = await b.call('cvm', 'DescribeZones');
    expect([gone.status, gone.json.code]).toEqual([404, 'AccountNotFound']);
  });

  it('takes a new role, a disable and a sign-out made on one replica into account on the other at once', async () => {
    const admin = new ConsoleClient(first.url);
    await admin.signIn('admin', ADMIN.password);
    const created = await admin.request('POST', '/api/console/users', { username: 'dana', role: 'operator', password: 'a careful long passphrase' });
    const dana = new ConsoleClient(second.url);
    expect((await dana.signIn('dana', 'a careful long passphrase')).status).toBe(200);
    // Read twice on the second replica: the session is now in its memory.
    expect((await dana.request('GET', '/api/console/session')).json.user.role).toBe('operator');
    expect((await dana.call('cvm', 'DescribeZones')).status).toBe(200);
    expect((await admin.request('PATCH', `/api/console/users/${created.json.user.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await dana.request('GET', '/api/console/session')).json.user.role).toBe('viewer');
    expect((await admin.request('PATCH', `/api/console/users/${created.json.user.id}`, { disabled: true })).status).toBe(200);
    expect((await dana.call('cvm', 'DescribeZones')).status).toBe(401);
  });
});

// Two replicas, one cloud account: each keeps to its half of every documented limit, so together they keep within it.
describe.runIf(usePostgres())('two replicas sharing one cloud account', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let cloud: RunningEmulator;
  let replicas: TestConsole[];

  beforeAll(async () => {
    database = await createTestDatabase(postgresUrlFromEnv()!);
    cloud = await startEmulator();
    const shared = {
      DATABASE_URL: database.url,
      CONSOLE_ENCRYPTION_KEY: 'b'.repeat(64),
      REPLICAS: '2',
      CLOUD_MAX_WAIT_MS: '10000',
      TENCENTCLOUD_SECRET_ID: cloud.credentials[0]!.secretId,
      TENCENTCLOUD_SECRET_KEY: cloud.credentials[0]!.secretKey,
      TENCENTCLOUD_ENDPOINT: cloud.url,
    };
    replicas = await Promise.all([startTestConsole(shared), startTestConsole(shared)]);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
    await cloud.close();
    await database?.drop();
  });

  it('sends 120 different list pages through both without the cloud refusing one', async () => {
    const admin = await setupAdmin(replicas[0]!);
    const clients = replicas.map((replica) => {
      const client = new ConsoleClient(replica.url);
      client.cookie = admin.cookie;
      client.csrfToken = admin.csrfToken;
      client.account = 'environment';
      return client;
    });
    cloud.stats.reset();
    const answers = await Promise.all(Array.from({ length: 120 }, (_, n) => clients[n % 2]!.call('cvm', 'DescribeInstances', { Offset: n, Limit: 1 })));
    expect(answers.filter((a) => a.status !== 200).map((a) => a.text)).toEqual([]);
    expect(Object.fromEntries(cloud.stats.errors)).toEqual({});
    expect(cloud.stats.peakPerSecond.get('cvm.DescribeInstances')).toBeLessThanOrEqual(cvm.DescribeInstances.rateLimit.perSecond);
  });
});
