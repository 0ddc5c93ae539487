import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ConsoleClient, createUser, setupAdmin, startTestConsole, type ApiResult, type TestConsole } from '../support/console.ts';

// Who did what, when, from where: every mutation and security event, filterable, exportable, append-only.
// And nothing secret in any response or log line along the way.

let running: TestConsole;
let admin: ConsoleClient;
let operator: ConsoleClient;
const responses: ApiResult[] = [];
const OPERATOR_PASSWORD = 'operator passphrase number 7';
const ACCOUNT_SECRET = 'account-secret-key-that-must-not-leak';

const record = async (result: Promise<ApiResult>) => {
  const value = await result;
  responses.push(value);
  return value;
};

beforeAll(async () => {
  running = await startTestConsole();
  admin = await setupAdmin(running);
  operator = await createUser(admin, 'oscar', 'operator', OPERATOR_PASSWORD);
});
afterAll(() => running.close());

async function instanceNamed(name: string): Promise<string> {
  const { json } = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] });
  return json.InstanceSet[0].InstanceId;
}

describe('the audit log', () => {
  it('records a cloud mutation with who, where, which account and region, its parameters and the RequestId', async () => {
    const id = await instanceNamed('web-prod-01');
    const stop = await record(operator.call('cvm', 'StopInstances', { InstanceIds: [id], StopType: 'SOFT' }));
    expect(stop.status).toBe(200);
    const { json } = await record(admin.request('GET', `/api/console/audit?instance=${id}`));
    expect(json.entries[0]).toMatchObject({
      actorName: 'oscar',
      ip: expect.stringMatching(/127\.0\.0\.1/),
      accountId: 'emulator',
      region: 'ap-guangzhou',
      category: 'cloud',
      action: 'cvm.StopInstances',
      targets: [id],
      params: { InstanceIds: [id], StopType: 'SOFT' },
      outcome: 'success',
      requestId: stop.json.RequestId,
    });
  });

  it('records an HAI purchase and stop under the HAI instance they are about', async () => {
    const bought = await record(operator.call('hai', 'RunInstances', { ApplicationId: 'app-jknfna', BundleType: 'XL' }));
    expect(bought.status).toBe(200);
    const [id] = bought.json.InstanceIdSet as string[];
    const { json: listed } = await admin.call('hai', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }] });
    const running = listed.InstanceSet[0].InstanceId as string;
    expect((await record(operator.call('hai', 'StopInstance', { InstanceId: running }))).status).toBe(200);
    // The audit filter takes CVM instance IDs only; the entries are found by action, and carry the HAI ID as target.
    const purchase = await admin.request('GET', '/api/console/audit?action=hai.RunInstances');
    expect(purchase.json.entries[0]).toMatchObject({ action: 'hai.RunInstances', targets: [id], outcome: 'success' });
    // The console supplied the purchase's ClientToken, so a retry of it could not buy twice.
    expect(purchase.json.entries[0].params.ClientToken).toEqual(expect.any(String));
    const stop = await admin.request('GET', '/api/console/audit?action=hai.StopInstance');
    expect(stop.json.entries[0]).toMatchObject({ action: 'hai.StopInstance', targets: [running], outcome: 'success' });
  });

  it('records a refused cloud mutation with the cloud error and its RequestId', async () => {
    const id = await instanceNamed('staging-app');
    const refused = await record(operator.call('cvm', 'StopInstances', { InstanceIds: [id] }));
    expect(refused.json.code).toBe('UnsupportedOperation.InstanceStateStopped');
    const { json } = await admin.request('GET', `/api/console/audit?instance=${id}&outcome=failure`);
    expect(json.entries[0]).toMatchObject({
      action: 'cvm.StopInstances',
      outcome: 'failure',
      errorCode: 'UnsupportedOperation.InstanceStateStopped',
      requestId: refused.json.requestId,
    });
  });

  it('does not record plain reads', async () => {
    await admin.call('cvm', 'DescribeZones');
    const { json } = await admin.request('GET', '/api/console/audit?action=cvm.Describe');
    expect(json.entries).toEqual([]);
  });

  it('records security events: sign-in, failure, setup', async () => {
    await record(new ConsoleClient(running.url).signIn('oscar', 'not the right one'));
    const { json } = await admin.request('GET', '/api/console/audit?category=security&limit=200');
    const actions = json.entries.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['auth.setup:success', 'auth.sign-in:success', 'auth.sign-in:failure']));
  });

  it('filters by person, action, instance and time, and pages by cursor', async () => {
    const byPerson = await admin.request('GET', '/api/console/audit?actor=oscar');
    expect(byPerson.json.entries.length).toBeGreaterThan(0);
    expect(byPerson.json.entries.every((e: { actorName: string }) => e.actorName === 'oscar')).toBe(true);

    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await admin.request('GET', `/api/console/audit?from=${encodeURIComponent(future)}`)).json.entries).toEqual([]);
    const past = new Date(Date.now() - 3600_000).toISOString();
    expect((await admin.request('GET', `/api/console/audit?to=${encodeURIComponent(past)}`)).json.entries).toEqual([]);

    const first = await admin.request('GET', '/api/console/audit?limit=2');
    expect(first.json.entries).toHaveLength(2);
    expect(first.json.nextCursor).toBe(first.json.entries[1].id);
    const second = await admin.request('GET', `/api/console/audit?limit=2&before=${first.json.nextCursor}`);
    expect(second.json.entries[0].id).toBeLessThan(first.json.entries[1].id);

    expect((await admin.request('GET', '/api/console/audit?instance=web-prod-01')).json).toMatchObject({ code: 'InvalidParameter', field: 'instance' });
  });

  it('exports the filtered log as CSV, with formulas neutralised', async () => {
    const csv = await record(admin.request('GET', '/api/console/audit.csv?actor=oscar'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,time,actor,ip,account,region,category,action,targets,outcome,error_code,error_message,request_id,params,token');
    expect(lines.slice(1).every((line) => line.includes(',oscar,'))).toBe(true);
    expect(csv.text).toContain('cvm.StopInstances');

    await admin.request('POST', '/api/console/users', { username: 'formula', displayName: '=HYPERLINK("http://evil")', role: 'viewer' });
    const exported = await admin.request('GET', '/api/console/audit.csv?action=users.create');
    expect(exported.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("cannot be changed or deleted, even by the application's own database connection", async () => {
    const { db } = running.database;
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(db.updateTable('audit_log').set({ outcome: 'success' }).execute()).rejects.toThrow(/append-only/);
    expect((await admin.request('GET', '/api/console/audit')).json.entries.length).toBeGreaterThan(0);
  });
});

describe('no secret in any response, header or log line', () => {
  it('scans everything this suite saw', async () => {
    const account = await record(
      admin.request('POST', '/api/console/accounts', {
        name: 'Scan',
        secretId: 'AKIDSCANNED00001',
        secretKey: ACCOUNT_SECRET,
        token: 'scan-session-token-value',
        defaultRegion: 'ap-guangzhou',
        saveUntested: true,
      }),
    );
    await record(admin.request('POST', `/api/console/accounts/${account.json.account.id}/test`));
    await record(admin.request('GET', '/api/console/accounts'));
    await record(admin.request('GET', '/api/console/audit?limit=200'));
    await record(admin.request('GET', '/api/console/audit.csv'));
    await record(admin.request('GET', '/api/console/users'));
    await record(new ConsoleClient(running.url).signIn('admin', ADMIN.password));

    const sessionTokens = [admin.cookie, operator.cookie].map((c) => c.split('=')[1]!);
    const secrets = [ADMIN.password, OPERATOR_PASSWORD, ACCOUNT_SECRET, 'scan-session-token-value', 'AKIDSCANNED00001', 'emulator-secret', running.setupToken!, ...sessionTokens];
    const seen = [...responses.map((r) => `${r.text}\n${JSON.stringify([...r.headers.entries()].filter(([name]) => name !== 'set-cookie'))}`), ...running.logs].join('\n');
    for (const secret of secrets) expect(seen, `leaked ${secret.slice(0, 6)}…`).not.toContain(secret);
    expect(seen).not.toMatch(/TC3-HMAC-SHA256|Signature=[0-9a-f]{64}/);
  });
});
