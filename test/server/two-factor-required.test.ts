import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import type { SessionInfo, TwoFactorEnrolment } from '@cvm/shared';
import { ConsoleClient, createUser, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// TWO_FACTOR_REQUIRED_ROLES=operator: an operator signed in with a password alone reaches nothing but enrolment —
// their session says so, and everything else is refused with TwoFactorEnrolmentRequired — until two-factor sign-in is
// on; other roles are not asked.

let running: TestConsole;
let admin: ConsoleClient;
let operator: ConsoleClient;
let viewer: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole({ TWO_FACTOR_REQUIRED_ROLES: 'operator' });
  admin = await setupAdmin(running);
  operator = await createUser(admin, 'otis', 'operator');
  viewer = await createUser(admin, 'vick', 'viewer');
});
afterAll(() => running.close());

describe('two-factor sign-in required for a role', () => {
  it('keeps an operator to enrolment until two-factor is on, then lets them work', async () => {
    // The sign-in itself says so.
    const again = await new ConsoleClient(running.url).signIn('otis', 'a long and careful passphrase');
    expect((again.json as SessionInfo).twoFactorRequired).toBe(true);
    expect(((await operator.request('GET', '/api/console/session')).json as SessionInfo).twoFactorRequired).toBe(true);
    const first = await operator.request('GET', '/api/console/first-reads');
    expect(first.status).toBe(200);
    expect(first.json.session.twoFactorRequired).toBe(true);
    expect(first.json.accounts).toBeNull();
    const refused = await operator.call('cvm', 'DescribeInstances', { Limit: 1 });
    expect([refused.status, refused.json.code]).toEqual([403, 'TwoFactorEnrolmentRequired']);
    expect((await operator.request('GET', '/api/console/accounts')).json.code).toBe('TwoFactorEnrolmentRequired');

    const { secret } = (await operator.request('POST', '/api/console/two-factor/enrol')).json as TwoFactorEnrolment;
    const confirmed = await operator.request('POST', '/api/console/two-factor/confirm', { code: TOTP.generate({ secret: Secret.fromBase32(secret) }) });
    expect(confirmed.status).toBe(201);
    expect(((await operator.request('GET', '/api/console/session')).json as SessionInfo).twoFactorRequired).toBeUndefined();
    expect((await operator.call('cvm', 'DescribeInstances', { Limit: 1 })).status).toBe(200);
  });

  it('asks nothing of the roles not listed', async () => {
    expect(((await viewer.request('GET', '/api/console/session')).json as SessionInfo).twoFactorRequired).toBeUndefined();
    expect((await viewer.call('cvm', 'DescribeInstances', { Limit: 1 })).status).toBe(200);
    expect((await admin.call('cvm', 'DescribeInstances', { Limit: 1 })).status).toBe(200);
  });

  it('refuses a configuration that names no role', () => {
    return expect(startTestConsole({ TWO_FACTOR_REQUIRED_ROLES: 'operators' })).rejects.toThrow(/TWO_FACTOR_REQUIRED_ROLES/);
  });
});
