import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { ManualClock } from '@cvm/server';
import type { AuditEntry, SessionInfo, TwoFactorEnrolment } from '@cvm/shared';
import { ADMIN, ConsoleClient, createUser, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// Two-factor sign-in over HTTP, codes made by otpauth as an authenticator app makes them from the enrolment's secret:
// enrol (nothing changes until a code confirms it), sign in with password then code, a code used once, a recovery
// code used once, too many wrong codes end the sign-in, and turning it off takes the factor itself. The console's
// clock is a ManualClock, so codes are made for the console's now.

const clock = new ManualClock();
let running: TestConsole;
let admin: ConsoleClient;
let dana: ConsoleClient;
const DANA = { username: 'dana', password: 'a long and careful passphrase' };
let secret: string;
/** The recovery codes the enrolment showed. */
let recoveryCodes: string[];

beforeAll(async () => {
  running = await startTestConsole({}, { clock });
  admin = await setupAdmin(running);
  dana = await createUser(admin, DANA.username, 'operator', DANA.password);
});
afterAll(() => running.close());

/** The code an authenticator app shows for the secret at the console's now (+ steps of 30 s). */
const codeFor = (base32: string, steps = 0) => TOTP.generate({ secret: Secret.fromBase32(base32), timestamp: clock.now() + steps * 30_000 });

async function passwordStep(username: string, password: string): Promise<{ client: ConsoleClient; info: SessionInfo }> {
  const client = new ConsoleClient(running.url);
  const answer = await client.signIn(username, password);
  expect(answer.status, answer.text).toBe(200);
  return { client, info: answer.json as SessionInfo };
}

describe('two-factor sign-in', () => {
  it('is enrolled with a QR code and on only once a code from it confirms it, with ten recovery codes shown once', async () => {
    const enrolment = (await dana.request('POST', '/api/console/two-factor/enrol')).json as TwoFactorEnrolment;
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/CVM%20Console:dana\?.*secret=[A-Z2-7]+/);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(enrolment.qrSvg).not.toMatch(/<script|href=/);
    secret = enrolment.secret;
    // Not on yet: the password alone still signs in.
    expect((await passwordStep(DANA.username, DANA.password)).info.user?.username).toBe('dana');

    const wrong = await dana.request('POST', '/api/console/two-factor/confirm', { code: '000000' === codeFor(secret) ? '111111' : '000000' });
    expect([wrong.status, wrong.json.code, wrong.json.field]).toEqual([400, 'InvalidCode', 'code']);
    const confirmed = await dana.request('POST', '/api/console/two-factor/confirm', { code: codeFor(secret) });
    expect(confirmed.status).toBe(201);
    const codes = confirmed.json.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    codes.forEach((c) => expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/));
    expect((await dana.request('GET', '/api/console/two-factor')).json).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    // Stored sealed and hashed: neither the secret nor a code is in the database as written.
    const dump =
      JSON.stringify(await running.database.db.selectFrom('user_totp').selectAll().execute()) +
      JSON.stringify(await running.database.db.selectFrom('recovery_codes').selectAll().execute());
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(codes[0]);
    recoveryCodes = codes;
  });

  it('then signs in with the password and a code; a code works once', async () => {
    clock.advance(60_000);
    const { client, info } = await passwordStep(DANA.username, DANA.password);
    expect(info.user).toBeNull();
    expect(info.secondFactor?.challenge).toBeTruthy();
    // No session before the second step.
    expect((await client.request('GET', '/api/console/session')).json.user).toBeNull();
    const code = codeFor(secret);
    const done = await client.request('POST', '/api/console/sign-in/second-factor', { challenge: info.secondFactor!.challenge, code });
    expect(done.status, done.text).toBe(200);
    expect((done.json as SessionInfo).user?.username).toBe('dana');
    expect((await client.request('GET', '/api/console/session')).json.user.username).toBe('dana');

    // The same code again, for another sign-in in the same 30 seconds: refused.
    const again = await passwordStep(DANA.username, DANA.password);
    const replay = await again.client.request('POST', '/api/console/sign-in/second-factor', { challenge: again.info.secondFactor!.challenge, code });
    expect([replay.status, replay.json.code]).toEqual([401, 'InvalidSecondFactor']);
  });

  it('takes a recovery code once, and ends a sign-in after five wrong codes', async () => {
    const codes = recoveryCodes;
    const first = await passwordStep(DANA.username, DANA.password);
    const viaRecovery = await first.client.request('POST', '/api/console/sign-in/second-factor', {
      challenge: first.info.secondFactor!.challenge,
      recoveryCode: codes[0]!.toUpperCase().replace('-', ' '),
    });
    expect(viaRecovery.status, viaRecovery.text).toBe(200);
    const second = await passwordStep(DANA.username, DANA.password);
    const reused = await second.client.request('POST', '/api/console/sign-in/second-factor', { challenge: second.info.secondFactor!.challenge, recoveryCode: codes[0] });
    expect(reused.status).toBe(401);
    expect((await dana.request('GET', '/api/console/two-factor')).json.recoveryCodesLeft).toBe(9);

    for (let i = 0; i < 4; i++) {
      expect((await second.client.request('POST', '/api/console/sign-in/second-factor', { challenge: second.info.secondFactor!.challenge, code: '123456' })).status).toBe(401);
    }
    clock.advance(30_000);
    const tooLate = await second.client.request('POST', '/api/console/sign-in/second-factor', { challenge: second.info.secondFactor!.challenge, code: codeFor(secret) });
    expect([tooLate.status, tooLate.json.code]).toEqual([401, 'SignInChallengeExpired']);

    // A challenge lives five minutes.
    const slow = await passwordStep(DANA.username, DANA.password);
    clock.advance(5 * 60_000 + 1_000);
    const expired = await slow.client.request('POST', '/api/console/sign-in/second-factor', { challenge: slow.info.secondFactor!.challenge, code: codeFor(secret) });
    expect(expired.json.code).toBe('SignInChallengeExpired');
  });

  it('is turned off only with a current code, and every step is in the audit log', async () => {
    const { client, info } = await passwordStep(DANA.username, DANA.password);
    clock.advance(30_000);
    expect((await client.request('POST', '/api/console/sign-in/second-factor', { challenge: info.secondFactor!.challenge, code: codeFor(secret) })).status).toBe(200);
    expect((await client.request('POST', '/api/console/two-factor/disable', { code: '000001' })).status).toBe(400);
    clock.advance(30_000);
    expect((await client.request('POST', '/api/console/two-factor/disable', { code: codeFor(secret) })).status).toBe(204);
    expect((await passwordStep(DANA.username, DANA.password)).info.user?.username).toBe('dana');

    await admin.signIn(ADMIN.username, ADMIN.password);
    const audit = (await admin.request('GET', '/api/console/audit?actor=dana&limit=100')).json.entries as AuditEntry[];
    const actions = audit.map((e) => `${e.action}:${e.outcome}`);
    for (const expected of [
      'auth.two-factor-on:success',
      'auth.two-factor-on:failure',
      'auth.sign-in-password:success',
      'auth.sign-in:failure',
      'auth.two-factor-off:failure',
      'auth.two-factor-off:success',
    ]) {
      expect(actions).toContain(expected);
    }
  });
});

describe('step-up before the dangerous actions', () => {
  let adminSecret: string;
  const runningInstances = () => admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 10 });

  it('refuses terminating without a second factor from the last 15 minutes, with a clear code, and takes it after a code', async () => {
    await admin.signIn(ADMIN.username, ADMIN.password);
    adminSecret = ((await admin.request('POST', '/api/console/two-factor/enrol')).json as TwoFactorEnrolment).secret;
    expect((await admin.request('POST', '/api/console/two-factor/confirm', { code: codeFor(adminSecret) })).status).toBe(201);
    // This session signed in with the password alone, before two-factor was on: no second factor yet.
    const ids = ((await runningInstances()).json.InstanceSet as { InstanceId: string }[]).map((i) => i.InstanceId);
    const refused = await admin.call('cvm', 'TerminateInstances', { InstanceIds: [ids[0]] });
    expect([refused.status, refused.json.code, refused.json.stepUpMinutes]).toEqual([403, 'StepUpRequired', 15]);
    expect(refused.json.message).toContain('authenticator app');
    // People and accounts too.
    const users = (await admin.request('GET', '/api/console/users')).json.users as { id: string; username: string }[];
    const danaId = users.find((u) => u.username === 'dana')!.id;
    expect((await admin.request('PATCH', `/api/console/users/${danaId}`, { displayName: 'Dana' })).json.code).toBe('StepUpRequired');

    clock.advance(30_000);
    expect((await admin.request('POST', '/api/console/step-up', { code: '000000' === codeFor(adminSecret) ? '111111' : '000000' })).status).toBe(400);
    const stepped = await admin.request('POST', '/api/console/step-up', { code: codeFor(adminSecret) });
    expect(stepped.status, stepped.text).toBe(200);
    expect((await admin.call('cvm', 'TerminateInstances', { InstanceIds: [ids[0]] })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/console/users/${danaId}`, { displayName: 'Dana' })).status).toBe(200);

    // Fifteen minutes on, it is asked again.
    clock.advance(15 * 60_000 + 1_000);
    expect((await admin.call('cvm', 'TerminateInstances', { InstanceIds: [ids[1]] })).json.code).toBe('StepUpRequired');
    const audit = (await admin.request('GET', '/api/console/audit?action=cvm.TerminateInstances&limit=20')).json.entries as AuditEntry[];
    expect(audit.filter((e) => e.outcome === 'denied' && e.errorCode === 'StepUpRequired').length).toBe(2);
  });

  it('counts a two-factor sign-in as the second factor, and never asks an API token', async () => {
    clock.advance(30_000);
    const { client, info } = await passwordStep(ADMIN.username, ADMIN.password);
    expect((await client.request('POST', '/api/console/sign-in/second-factor', { challenge: info.secondFactor!.challenge, code: codeFor(adminSecret) })).status).toBe(200);
    const ids = (
      (await client.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 10 })).json.InstanceSet as { InstanceId: string }[]
    ).map((i) => i.InstanceId);
    expect((await client.call('cvm', 'TerminateInstances', { InstanceIds: [ids[0]] })).status).toBe(200);
    const token = (await client.request('POST', '/api/console/tokens', { name: 'ops-script', role: 'admin', expiresInDays: 1 })).json.token as string;
    clock.advance(20 * 60_000);
    const viaToken = await new ConsoleClient(running.url).call('cvm', 'TerminateInstances', { InstanceIds: [ids[1]] }, { Authorization: `Bearer ${token}` });
    expect(viaToken.status, viaToken.text).toBe(200);
  });
});
