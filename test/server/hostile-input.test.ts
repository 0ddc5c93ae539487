import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@cvm/server';
import { createUser, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';
import { purchase } from '../support/purchase.ts';

// Hostile input is normal input: each reproduction of issue 12 gets a 400 naming the field (or a 413), nothing changes,
// and no mutation can reach a cloud without its audit entry.

let running: TestConsole;
let admin: ConsoleClient;
let operator: ConsoleClient;
const clock = new ManualClock();

beforeAll(async () => {
  running = await startTestConsole({}, { clock });
  admin = await setupAdmin(running);
  operator = await createUser(admin, 'oscar', 'operator');
});
afterAll(() => running.close());

const NUL = '\u0000';
const LONE = '\ud800';

async function instanceNamed(name: string): Promise<{ InstanceId: string; InstanceName: string; InstanceState: string }> {
  const { json } = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] });
  return json.InstanceSet[0];
}
const total = async () => (await admin.call('cvm', 'DescribeInstances', { Limit: 1 })).json.TotalCount as number;
const auditCount = async () => Number((await sql<{ n: string }>`select count(*) as n from audit_log`.execute(running.database.db)).rows[0]!.n);

describe('text no database can keep', () => {
  it('refuses a NUL in a RunInstances tag value, naming it, and buys nothing', async () => {
    const before = await total();
    const { status, json } = await operator.call('cvm', 'RunInstances', purchase({ TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'k', Value: `v${NUL}` }] }] }));
    expect([status, json.code, json.field]).toEqual([400, 'InvalidParameter', 'TagSpecification.0.Tags.0.Value']);
    expect(await total()).toBe(before);
  });

  it('refuses a rename to a lone surrogate and keeps the name', async () => {
    const target = await instanceNamed('web-prod-01');
    const { status, json } = await operator.call('cvm', 'ModifyInstancesAttribute', { InstanceIds: [target.InstanceId], InstanceName: `evade${LONE}` });
    expect([status, json.field]).toEqual([400, 'InstanceName']);
    expect(json.message).toMatch(/unpaired UTF-16 surrogate/);
    expect((await instanceNamed('web-prod-01')).InstanceId).toBe(target.InstanceId);
  });

  it('refuses a lone surrogate as ResetInstancesPassword UserName', async () => {
    const target = await instanceNamed('web-prod-01');
    const { status, json } = await operator.call('cvm', 'ResetInstancesPassword', {
      InstanceIds: [target.InstanceId],
      Password: 'A-long-Passw0rd!',
      UserName: LONE,
      ForceStop: true,
    });
    expect([status, json.field]).toEqual([400, 'UserName']);
  });

  it('refuses a key that holds unstorable text, naming it escaped', async () => {
    const { status, json } = await operator.call('cvm', 'DescribeInstances', { [`Limit${NUL}`]: 1 });
    expect([status, json.field]).toEqual([400, 'Limit\\u0000']);
  });

  it('refuses a display name with a lone surrogate, and the role change sent with it does not happen', async () => {
    const { json: list } = await admin.request('GET', '/api/console/users');
    const oscar = list.users.find((u: { username: string }) => u.username === 'oscar');
    const before = await auditCount();
    const { status, json } = await admin.request('PATCH', `/api/console/users/${oscar.id}`, { role: 'admin', displayName: `Dina${LONE}` });
    expect([status, json.field]).toEqual([400, 'displayName']);
    const { json: after } = await admin.request('GET', '/api/console/users');
    expect(after.users.find((u: { id: string }) => u.id === oscar.id).role).toBe('operator');
    expect(await auditCount()).toBe(before);
  });

  it("refuses a NUL in the sign-in username, a new person's display name and an account name with 400s, not 500s", async () => {
    const signIn = await admin.request('POST', '/api/console/sign-in', { username: `admin${NUL}`, password: 'x' });
    expect([signIn.status, signIn.json.field]).toEqual([400, 'username']);
    const person = await admin.request('POST', '/api/console/users', { username: 'nina', displayName: `Nina${NUL}`, role: 'viewer', password: 'a long and careful passphrase' });
    expect([person.status, person.json.field]).toEqual([400, 'displayName']);
    const account = await admin.request('POST', '/api/console/accounts', {
      name: `prod${NUL}`,
      secretId: 'AKIDxxxxxxxx',
      secretKey: 'yyyyyyyyyyyy',
      defaultRegion: 'ap-guangzhou',
    });
    expect([account.status, account.json.field]).toEqual([400, 'name']);
  });

  it('refuses a lone surrogate in an Alibaba Cloud action before it is signed', async () => {
    const { status, json } = await admin.call('ess', 'DescribeScalingGroups', { ScalingGroupName: `web${LONE}` }, { 'X-Region': 'cn-hangzhou', 'X-Account': 'emulator-aliyun' });
    expect([status, json.field]).toEqual([400, 'ScalingGroupName']);
  });
});

describe('bodies built to break parsers', () => {
  it('refuses ActionTimer.Externals nested 5,000 deep with a 400 for the body', async () => {
    const deep = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const body = JSON.stringify(purchase({ ActionTimer: { Externals: { k: 'PLACEHOLDER' } } })).replace('"PLACEHOLDER"', deep);
    expect(body.length).toBeGreaterThan(30_000);
    const { status, json } = await operator.request('POST', '/api/cvm/RunInstances', body, { 'X-Region': 'ap-guangzhou', 'X-Account': 'emulator' });
    expect([status, json.code, json.field]).toEqual([400, 'InvalidParameter', '(body)']);
    expect(json.message).toMatch(/nested deeper than 32/);
  });

  it('counts nesting on the bytes, so brackets inside strings do not count', async () => {
    const { status, json } = await operator.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: ['{['.repeat(30)] }] });
    expect([status, json.TotalCount]).toEqual([200, 0]);
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', async () => {
    const response = await fetch(`${running.url}/api/console/sign-in`, {
      method: 'POST',
      headers: { 'X-CVM-Console': '1', 'Content-Type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"username":"adm'), Buffer.from([0xff, 0xfe]), Buffer.from('","password":"x"}')]),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: '(body)', message: expect.stringMatching(/UTF-8/) });
  });

  it('answers a 10 MB body with 413', async () => {
    const { status, json } = await operator.request(
      'POST',
      '/api/cvm/DescribeInstances',
      JSON.stringify({ Filters: [{ Name: 'instance-name', Values: ['x'.repeat(10 * 1024 * 1024)] }] }),
      { 'X-Region': 'ap-guangzhou', 'X-Account': 'emulator' },
    );
    expect([status, json.code]).toEqual([413, 'RequestSizeLimitExceeded']);
  });
});

describe('an audit log that fails closed', () => {
  it('sends no mutation whose entry cannot be written, and says so', async () => {
    const target = await instanceNamed('web-prod-02');
    expect(target.InstanceState).toBe('RUNNING');
    const db = running.database.db;
    await sql`create function audit_log_refuse_for_test() returns trigger language plpgsql as $$ begin raise exception 'audit storage is down'; end $$`.execute(db);
    await sql`create trigger audit_log_refuse_for_test before insert on audit_log for each row execute function audit_log_refuse_for_test()`.execute(db);
    try {
      const { status, json } = await operator.call('cvm', 'StopInstances', { InstanceIds: [target.InstanceId], StopType: 'SOFT' });
      expect([status, json.code]).toEqual([503, 'AuditUnavailable']);
      expect((await instanceNamed('web-prod-02')).InstanceState).toBe('RUNNING');
    } finally {
      await sql`drop trigger audit_log_refuse_for_test on audit_log`.execute(db);
      await sql`drop function audit_log_refuse_for_test()`.execute(db);
    }
  });

  it('settles an entry once, and refuses any other change or deletion', async () => {
    const db = running.database.db;
    const entry = (await sql<{ id: number }>`select id from audit_log where outcome = 'success' order by id desc limit 1`.execute(db)).rows[0]!;
    await expect(sql`update audit_log set outcome = 'failure' where id = ${entry.id}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = ${entry.id}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const pending = (await sql<{ id: number }>`insert into audit_log (category, action, outcome) values ('cloud', 'cvm.Test', 'pending') returning id`.execute(db)).rows[0]!;
    await expect(sql`update audit_log set params = '{"changed":true}'::jsonb, outcome = 'success' where id = ${pending.id}`.execute(db)).rejects.toThrow(/append-only/);
    await sql`update audit_log set outcome = 'success' where id = ${pending.id}`.execute(db);
    await expect(sql`update audit_log set outcome = 'failure' where id = ${pending.id}`.execute(db)).rejects.toThrow(/append-only/);
  });
});

describe('refusals before anyone is known', () => {
  it('records unauthenticated and CSRF-refused requests once a minute per address, without their bodies', async () => {
    const stranger = await fetch(`${running.url}/api/cvm/TerminateInstances`, {
      method: 'POST',
      headers: { 'X-CVM-Console': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ InstanceIds: ['ins-secret01'] }),
    });
    expect(stranger.status).toBe(401);
    await fetch(`${running.url}/api/cvm/TerminateInstances`, { method: 'POST', headers: { 'X-CVM-Console': '1' }, body: '{}' });
    const forged = await operator.request(
      'POST',
      '/api/cvm/StopInstances',
      { InstanceIds: ['ins-secret02'] },
      { 'X-CSRF-Token': 'forged', 'X-Region': 'ap-guangzhou', 'X-Account': 'emulator' },
    );
    expect([forged.status, forged.json.code]).toEqual([403, 'CsrfCheckFailed']);
    const { json } = await admin.request('GET', '/api/console/audit?action=auth.refused');
    const codes = json.entries.map((e: { errorCode: string }) => e.errorCode).sort();
    expect(codes).toEqual(['CsrfCheckFailed', 'NotSignedIn']);
    expect(JSON.stringify(json.entries)).not.toMatch(/ins-secret/);
    expect(json.entries[0]).toMatchObject({ category: 'security', outcome: 'denied', params: { method: 'POST' } });

    // A minute on, the same address and refusal are recorded again.
    clock.advance(60_000);
    await fetch(`${running.url}/api/cvm/TerminateInstances`, { method: 'POST', headers: { 'X-CVM-Console': '1' }, body: '{}' });
    const later = await admin.request('GET', '/api/console/audit?action=auth.refused');
    expect(later.json.entries.map((e: { errorCode: string }) => e.errorCode).sort()).toEqual(['CsrfCheckFailed', 'NotSignedIn', 'NotSignedIn']);
  });
});
