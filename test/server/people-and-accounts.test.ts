import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@cvm/server';
import { ADMIN, ConsoleClient, createUser, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// Admins manage people (invitations, roles, disabling) and cloud accounts (secrets in, never out).

let running: TestConsole;
let admin: ConsoleClient;
const clock = new ManualClock();
beforeAll(async () => {
  running = await startTestConsole({}, { clock });
  admin = await setupAdmin(running);
});
afterAll(() => running.close());

describe('people', () => {
  it('invites someone by a one-time link that sets their password and signs them in', async () => {
    const created = await admin.request('POST', '/api/console/users', { username: 'ines', displayName: 'Inès', role: 'operator' });
    expect(created.status).toBe(201);
    expect(created.json.user).toMatchObject({ username: 'ines', role: 'operator', passwordSet: false });
    const token = (created.json.invitationUrl as string).split('#')[1]!;
    expect(created.json.invitationUrl).toMatch(/^\/invite#[A-Za-z0-9_-]{40,}$/);

    const invitee = new ConsoleClient(running.url);
    expect((await invitee.request('POST', '/api/console/invitations/lookup', { token })).json).toEqual({ username: 'ines', displayName: 'Inès' });
    const weak = await invitee.request('POST', '/api/console/invitations/accept', { token, password: 'ines1234567' });
    expect(weak.json).toMatchObject({ code: 'WeakPassword', field: 'password' });
    const accepted = await invitee.request('POST', '/api/console/invitations/accept', { token, password: 'a passphrase of her own' });
    expect(accepted.status).toBe(200);
    expect(accepted.json.user).toMatchObject({ username: 'ines', role: 'operator' });
    expect((await invitee.call('cvm', 'DescribeZones')).status).toBe(200);

    const reused = await new ConsoleClient(running.url).request('POST', '/api/console/invitations/accept', { token, password: 'somebody else entirely' });
    expect(reused.status).toBe(404);
    expect(reused.json.code).toBe('InvitationNotFound');
    expect((await new ConsoleClient(running.url).signIn('ines', 'a passphrase of her own')).status).toBe(200);
  });

  it('replaces an invitation link with a new one', async () => {
    const created = await admin.request('POST', '/api/console/users', { username: 'jon', role: 'viewer' });
    const oldToken = (created.json.invitationUrl as string).split('#')[1]!;
    const renewed = await admin.request('POST', `/api/console/users/${created.json.user.id}/invitation`);
    expect(renewed.status).toBe(201);
    expect((await new ConsoleClient(running.url).request('POST', '/api/console/invitations/lookup', { token: oldToken })).status).toBe(404);
    const newToken = (renewed.json.invitationUrl as string).split('#')[1]!;
    expect((await new ConsoleClient(running.url).request('POST', '/api/console/invitations/lookup', { token: newToken })).json.username).toBe('jon');
  });

  it('lets an invitation link lapse after seven days', async () => {
    const created = await admin.request('POST', '/api/console/users', { username: 'nia', role: 'viewer' });
    const token = (created.json.invitationUrl as string).split('#')[1]!;
    clock.advance(7 * 24 * 3600_000 - 1000);
    expect((await new ConsoleClient(running.url).request('POST', '/api/console/invitations/lookup', { token })).json.username).toBe('nia');
    clock.advance(2000);
    const lapsed = await new ConsoleClient(running.url).request('POST', '/api/console/invitations/lookup', { token });
    expect([lapsed.status, lapsed.json.code]).toEqual([404, 'InvitationNotFound']);
    const accepted = await new ConsoleClient(running.url).request('POST', '/api/console/invitations/accept', { token, password: 'a passphrase of her own' });
    expect([accepted.status, accepted.json.code]).toEqual([404, 'InvitationNotFound']);
    // A week has passed for the administrator too: past the session's absolute end, so they sign in again.
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(401);
    expect((await admin.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
  });

  it('changes a role, which takes effect on the next request', async () => {
    const kim = await createUser(admin, 'kim', 'viewer');
    const id = (await kim.request('GET', '/api/console/session')).json.user.id;
    expect((await kim.request('GET', '/api/console/users')).status).toBe(403);
    const promoted = await admin.request('PATCH', `/api/console/users/${id}`, { role: 'admin' });
    expect(promoted.json.user.role).toBe('admin');
    expect((await kim.request('GET', '/api/console/users')).status).toBe(200);
    const audit = await admin.request('GET', '/api/console/audit?action=users.role-change');
    expect(audit.json.entries[0]).toMatchObject({ actorName: 'admin', targets: [id], params: { role: 'admin', previousRole: 'viewer' } });
    await admin.request('PATCH', `/api/console/users/${id}`, { role: 'viewer' });
  });

  it('disables someone, ending their sessions and refusing their sign-in', async () => {
    const lee = await createUser(admin, 'lee', 'operator');
    const id = (await lee.request('GET', '/api/console/session')).json.user.id;
    expect((await admin.request('PATCH', `/api/console/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await lee.call('cvm', 'DescribeZones')).status).toBe(401);
    const again = await new ConsoleClient(running.url).signIn('lee', 'a long and careful passphrase');
    expect(again.status).toBe(403);
    expect(again.json.code).toBe('AccountDisabled');
  });

  it('keeps at least one active administrator', async () => {
    const me = (await admin.request('GET', '/api/console/session')).json.user.id;
    const users = (await admin.request('GET', '/api/console/users')).json.users as { id: string; role: string; disabled: boolean }[];
    const otherAdmins = users.filter((u) => u.role === 'admin' && !u.disabled && u.id !== me);
    expect(otherAdmins).toEqual([]);
    const demote = await admin.request('PATCH', `/api/console/users/${me}`, { role: 'operator' });
    expect(demote.status).toBe(409);
    expect(demote.json.code).toBe('LastAdmin');
    expect((await admin.request('PATCH', `/api/console/users/${me}`, { disabled: true })).json.code).toBe('LastAdmin');
  });

  it('refuses a taken username and a bad one, naming the field', async () => {
    expect((await admin.request('POST', '/api/console/users', { username: 'admin', role: 'viewer' })).json).toMatchObject({ code: 'UsernameTaken', field: 'username' });
    expect((await admin.request('POST', '/api/console/users', { username: 'Bad Name!', role: 'viewer' })).json).toMatchObject({ code: 'InvalidParameter', field: 'username' });
    expect((await admin.request('POST', '/api/console/users', { username: 'ok-name', role: 'root' })).json).toMatchObject({ code: 'InvalidParameter', field: 'role' });
  });
});

describe('cloud accounts', () => {
  const SECRET_KEY = 'emulator-secret';

  it('adds an account whose secrets never come back, tests it, and uses it for calls', async () => {
    const created = await admin.request('POST', '/api/console/accounts', {
      name: 'Staging',
      secretId: 'AKIDEMULATOR',
      secretKey: SECRET_KEY,
      token: 'temporary-token-value',
      defaultRegion: 'ap-shanghai',
      // The emulator does not know the token: saved on purpose, to be tested below.
      saveUntested: true,
    });
    expect(created.status).toBe(201);
    expect(created.json.account).toMatchObject({ name: 'Staging', secretIdLast4: 'ATOR', defaultRegion: 'ap-shanghai', source: 'database', hasToken: true });
    expect(created.text).not.toContain(SECRET_KEY);
    expect(created.text).not.toContain('AKIDEMULATOR');
    expect(created.text).not.toContain('temporary-token-value');
    const id = created.json.account.id as string;

    // The emulator does not know this token, so the test says so in the cloud's words.
    const failing = await admin.request('POST', `/api/console/accounts/${id}/test`);
    expect(failing.status).toBe(403);
    expect(failing.json).toMatchObject({ code: 'AuthFailure.TokenFailure' });
    expect(failing.json.requestId).toBeTruthy();

    const fixed = await admin.request('PATCH', `/api/console/accounts/${id}`, { token: '' });
    expect(fixed.json.account.hasToken).toBe(false);
    const ok = await admin.request('POST', `/api/console/accounts/${id}/test`);
    expect(ok.json).toMatchObject({ ok: true });
    expect(ok.json.regionCount).toBeGreaterThan(3);
    expect(ok.json.requestId).toBeTruthy();

    admin.account = id;
    expect((await admin.call('cvm', 'DescribeZones', {}, { 'X-Region': 'ap-shanghai' })).status).toBe(200);
    admin.account = 'emulator';

    const listed = await admin.request('GET', '/api/console/accounts');
    expect(listed.json.accounts.map((a: { name: string }) => a.name)).toEqual(['Local emulator', 'Local emulator (Alibaba Cloud)', 'Staging']);
    expect(listed.text).not.toContain(SECRET_KEY);
  });

  it('tests keys before saving them: refused keys are not saved unless the admin says so', async () => {
    const wrong = { name: 'Typo', secretId: 'AKIDEMULATOR', secretKey: 'emulator-secreT', defaultRegion: 'ap-guangzhou' };
    const refused = await admin.request('POST', '/api/console/accounts', wrong);
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ code: 'AccountTestFailed' });
    expect(refused.json.message).toContain('AuthFailure.SignatureFailure');
    expect(refused.json.message).toContain('Nothing was saved');
    expect(refused.json.requestId).toBeTruthy();
    expect(refused.text).not.toContain('emulator-secreT');
    const names = async () => (await admin.request('GET', '/api/console/accounts')).json.accounts.map((a: { name: string }) => a.name);
    expect(await names()).not.toContain('Typo');
    const audited = await admin.request('GET', '/api/console/audit?action=accounts.test&outcome=failure');
    expect(audited.json.entries[0]).toMatchObject({ action: 'accounts.test', outcome: 'failure', errorCode: 'AuthFailure.SignatureFailure' });

    const anyway = await admin.request('POST', '/api/console/accounts', { ...wrong, saveUntested: true });
    expect(anyway.status).toBe(201);
    const id = anyway.json.account.id as string;

    // A change of keys is tested too; a rename is not.
    const good = await admin.request('PATCH', `/api/console/accounts/${id}`, { secretKey: SECRET_KEY });
    expect(good.status).toBe(200);
    const stillBad = await admin.request('PATCH', `/api/console/accounts/${id}`, { secretKey: 'emulator-secreT', name: 'Typo again' });
    expect([stillBad.status, stillBad.json.code]).toEqual([422, 'AccountTestFailed']);
    expect((await admin.request('POST', `/api/console/accounts/${id}/test`)).json.ok).toBe(true);
    expect(await names()).toContain('Typo');
    expect((await admin.request('PATCH', `/api/console/accounts/${id}`, { name: 'Fixed' })).status).toBe(200);
    expect((await admin.request('DELETE', `/api/console/accounts/${id}`)).status).toBeLessThan(300);
  });

  it('stores secrets encrypted, not in clear', async () => {
    const created = await admin.request('POST', '/api/console/accounts', {
      name: 'Sealed',
      secretId: 'AKIDSEALED0001',
      secretKey: 'a-very-recognisable-secret',
      defaultRegion: 'ap-guangzhou',
      saveUntested: true,
    });
    const row = await running.database.db.selectFrom('cloud_accounts').selectAll().where('id', '=', created.json.account.id).executeTakeFirstOrThrow();
    expect(row.secret_key_enc).toMatch(/^v1:/);
    expect(row.secret_key_enc).not.toContain('a-very-recognisable-secret');
    expect(Buffer.from(row.secret_key_enc!.split(':')[3]!, 'base64url').toString()).not.toContain('recognisable');
  });

  it('refuses to change or delete the built-in account, and a duplicate name', async () => {
    expect((await admin.request('PATCH', '/api/console/accounts/emulator', { name: 'Mine' })).json.code).toBe('AccountManagedElsewhere');
    expect((await admin.request('DELETE', '/api/console/accounts/emulator')).json.code).toBe('AccountManagedElsewhere');
    expect(
      (await admin.request('POST', '/api/console/accounts', { name: 'Staging', secretId: 'AKIDEMULATOR', secretKey: SECRET_KEY, defaultRegion: 'ap-guangzhou' })).json,
    ).toMatchObject({ code: 'AccountNameTaken', field: 'name' });
  });

  it('deletes an account, after which calls naming it are refused', async () => {
    const created = await admin.request('POST', '/api/console/accounts', { name: 'Temporary', secretId: 'AKIDEMULATOR', secretKey: SECRET_KEY, defaultRegion: 'ap-guangzhou' });
    const id = created.json.account.id as string;
    expect((await admin.request('DELETE', `/api/console/accounts/${id}`)).status).toBe(204);
    expect((await admin.call('cvm', 'DescribeZones', {}, { 'X-Account': id })).json.code).toBe('AccountNotFound');
    const audit = await admin.request('GET', '/api/console/audit?action=accounts.');
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['accounts.create', 'accounts.update', 'accounts.test', 'accounts.delete']));
    // The audit log keeps what was done, with secrets redacted.
    expect(audit.text).not.toContain(SECRET_KEY);
    expect(audit.text).toContain('[redacted]');
  });
});
