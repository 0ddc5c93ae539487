import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@cvm/server';
import { ADMIN, ConsoleClient, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// First-run setup, sign-in, sessions, lockouts: what keeps strangers out. Idle and absolute ends and lock windows are
// crossed by moving the console's clock, never by waiting for them.

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('first-run setup', () => {
  let running: TestConsole;
  beforeAll(async () => {
    running = await startTestConsole();
  });
  afterAll(() => running.close());

  it('asks for setup, refuses a wrong token or a weak password, and accepts the printed token once', async () => {
    const visitor = new ConsoleClient(running.url);
    expect((await visitor.request('GET', '/api/console/session')).json).toMatchObject({ user: null, setupRequired: true });
    expect(running.setupToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const wrongToken = await visitor.request('POST', '/api/console/setup', { setupToken: 'guessed-token-value', ...ADMIN });
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.json).toMatchObject({ code: 'InvalidSetupToken', field: 'setupToken' });

    const weak = await visitor.request('POST', '/api/console/setup', { setupToken: running.setupToken, username: 'admin', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.json).toMatchObject({ code: 'WeakPassword', field: 'password' });

    const done = await visitor.request('POST', '/api/console/setup', { setupToken: running.setupToken, ...ADMIN });
    expect(done.status).toBe(201);
    expect(done.json.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(done.json.csrfToken).toBeTruthy();

    const again = await new ConsoleClient(running.url).request('POST', '/api/console/setup', {
      setupToken: running.setupToken,
      username: 'mallory',
      password: 'another long passphrase',
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('SetupAlreadyDone');
    expect((await new ConsoleClient(running.url).request('GET', '/api/console/session')).json).toMatchObject({ user: null, setupRequired: false });
  });
});

describe('sign-in and sessions', () => {
  let running: TestConsole;
  const clock = new ManualClock();
  beforeAll(async () => {
    running = await startTestConsole({ SIGNIN_LOCK_THRESHOLD: '3', SIGNIN_ADDRESS_THRESHOLD: '8', SIGNIN_LOCK_MINUTES: '10' }, { clock });
    await setupAdmin(running);
  });
  afterAll(() => running.close());

  it('signs in with an httpOnly, SameSite=Strict cookie and a fresh session ID each time', async () => {
    const client = new ConsoleClient(running.url);
    const first = await client.signIn('admin', ADMIN.password);
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/cvm_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const before = client.cookie;
    await client.signIn('ADMIN', ADMIN.password);
    expect(client.cookie).not.toBe(before);
    // The rotated-away session is gone.
    const stale = new ConsoleClient(running.url);
    stale.cookie = before;
    expect((await stale.request('GET', '/api/console/session')).json.user).toBeNull();
    expect((await client.request('GET', '/api/console/session')).json.user).toMatchObject({ username: 'admin' });
  });

  it('says the same thing for an unknown user and a wrong password', async () => {
    const unknown = await new ConsoleClient(running.url).signIn('nobody-here', 'whatever password');
    const wrong = await new ConsoleClient(running.url).signIn('admin', 'not the password at all');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.json.message).toBe(wrong.json.message);
  });

  it('locks an account after repeated failures, tells the person for how long, and holds even for the right password', async () => {
    const admin = await new ConsoleClient(running.url);
    await admin.signIn('admin', ADMIN.password);
    expect((await admin.request('POST', '/api/console/users', { username: 'victim', role: 'viewer', password: 'their own long passphrase' })).status).toBe(201);
    const attacker = new ConsoleClient(running.url);
    expect((await attacker.signIn('victim', 'guess number one')).status).toBe(401);
    expect((await attacker.signIn('victim', 'guess number two')).status).toBe(401);
    const locked = await attacker.signIn('victim', 'guess number three');
    expect(locked.status).toBe(429);
    expect(locked.json.code).toBe('SignInLocked');
    expect(locked.json.message).toMatch(/locked; try again in 10 minutes/);
    expect(locked.json.retryAfterSeconds).toBeGreaterThan(500);
    expect(locked.headers.get('retry-after')).toBeTruthy();
    const rightPassword = await new ConsoleClient(running.url).signIn('victim', 'their own long passphrase');
    expect(rightPassword.status).toBe(429);
    const audit = await admin.request('GET', '/api/console/audit?action=auth.lockout');
    expect(audit.json.entries[0]).toMatchObject({ action: 'auth.lockout', actorName: 'victim', errorCode: 'AccountLocked' });
  });

  it('locks an address that tries many accounts', async () => {
    // The failures above came from this same address: their window (the lock's 10 minutes) runs out first.
    clock.advance(10 * MINUTE + SECOND);
    const sprayer = new ConsoleClient(running.url);
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await sprayer.signIn(`user${i}`, 'spray password 1')).status);
    expect(statuses.slice(0, 7).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Everyone behind that address now waits, even with a right password.
    const blocked = await new ConsoleClient(running.url).signIn('admin', ADMIN.password);
    expect(blocked.status).toBe(429);
    expect(blocked.json.message).toMatch(/from your address/);
  });
});

describe('session lifetime and sign-out', () => {
  // One console for these: the clock, not a tiny timeout of its own, takes each session to its end.
  let running: TestConsole;
  const clock = new ManualClock();
  beforeAll(async () => {
    running = await startTestConsole({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '2' }, { clock });
    await setupAdmin(running);
  });
  afterAll(() => running.close());

  /** A new session of the administrator's, from now on the clock. */
  async function signedIn(): Promise<ConsoleClient> {
    const client = new ConsoleClient(running.url);
    expect((await client.signIn('admin', ADMIN.password)).status).toBe(200);
    return client;
  }

  it('ends a session that sits idle past its idle timeout', async () => {
    const admin = await signedIn();
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    // Used now and then, it stays: each request starts its idle time again.
    clock.advance(29 * MINUTE);
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    clock.advance(29 * MINUTE);
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    // Well before its absolute end (two hours), half an hour without a request ends it.
    clock.advance(30 * MINUTE + SECOND);
    const expired = await admin.call('cvm', 'DescribeZones');
    expect(expired.status).toBe(401);
    expect(expired.json.code).toBe('NotSignedIn');
  });

  it('ends a busy session at its absolute limit', async () => {
    const admin = await signedIn();
    const statuses: number[] = [];
    // A request every 20 minutes, within the idle timeout (half an hour): the session still ends two hours after sign-in.
    for (let i = 0; i < 8; i++) {
      statuses.push((await admin.call('cvm', 'DescribeZones')).status);
      clock.advance(20 * MINUTE);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 401, 401]);
  });

  it('signs out one session, or every session of the person', async () => {
    const [laptop, phone, tablet] = [await signedIn(), await signedIn(), await signedIn()];

    const out = await laptop!.request('POST', '/api/console/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/cvm_session=;/);
    expect((await laptop!.call('cvm', 'DescribeZones')).status).toBe(401);
    expect((await phone!.call('cvm', 'DescribeZones')).status).toBe(200);

    expect((await phone!.request('POST', '/api/console/sign-out-everywhere')).status).toBe(204);
    expect((await phone!.call('cvm', 'DescribeZones')).status).toBe(401);
    expect((await tablet!.call('cvm', 'DescribeZones')).status).toBe(401);
  });

  // Last here: it changes the administrator's password.
  it('changes a password only with the current one, and ends the other sessions', async () => {
    const admin = await signedIn();
    const other = await signedIn();
    const wrong = await admin.request('POST', '/api/console/password', { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
    expect(wrong.json).toMatchObject({ code: 'InvalidCredentials', field: 'currentPassword' });
    const changed = await admin.request('POST', '/api/console/password', { currentPassword: ADMIN.password, newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(200);
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    expect((await other.call('cvm', 'DescribeZones')).status).toBe(401);
    expect((await new ConsoleClient(running.url).signIn('admin', 'a brand new passphrase')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a signed-in mutation without the session token, and any API call without the client header', async () => {
    const running = await startTestConsole();
    try {
      const admin = await setupAdmin(running);
      const forged = await admin.request('POST', '/api/console/users', { username: 'forged', role: 'admin', password: 'a forged long passphrase' }, { 'X-CSRF-Token': '' });
      expect(forged.status).toBe(403);
      expect(forged.json.code).toBe('CsrfCheckFailed');
      const noHeader = await admin.request('POST', '/api/console/sign-out-everywhere', undefined, { 'X-CVM-Console': '' });
      expect(noHeader.status).toBe(403);
      const users = await admin.request('GET', '/api/console/users');
      expect(users.json.users.map((u: { username: string }) => u.username)).toEqual(['admin']);
    } finally {
      await running.close();
    }
  });
});

describe('sign-in under a burst of guesses', () => {
  let running: TestConsole;
  let admin: ConsoleClient;
  const THRESHOLD = 5;
  const clock = new ManualClock();
  beforeAll(async () => {
    // An address threshold high enough that only the per-account count is tested here.
    running = await startTestConsole({ SIGNIN_LOCK_THRESHOLD: String(THRESHOLD), SIGNIN_ADDRESS_THRESHOLD: '1000', SIGNIN_LOCK_MINUTES: '5' }, { clock });
    admin = await setupAdmin(running);
  });
  afterAll(() => running.close());

  it('lets no burst of 40 (39 wrong, the right one last) in, 20 times over', async () => {
    const password = 'the right long passphrase';
    const people = Array.from({ length: 20 }, (_, i) => `burst-${i}`);
    for (const username of people) {
      expect((await admin.request('POST', '/api/console/users', { username, role: 'viewer', password })).status).toBe(201);
    }
    let gotIn = 0;
    for (const username of people) {
      const attempts = Array.from({ length: 40 }, (_, i) => new ConsoleClient(running.url).signIn(username, i === 39 ? password : `wrong guess ${i}`));
      const results = await Promise.all(attempts);
      gotIn += results.filter((r) => r.status === 200).length;
      // Never more guesses checked than the threshold: the rest are refused as locked without a look at the password.
      expect(results.filter((r) => r.status === 401).length).toBeLessThanOrEqual(THRESHOLD);
      expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(40 - THRESHOLD);
    }
    expect(gotIn).toBe(0);
  }, 120_000);

  it('takes the right password once the lock has ended', async () => {
    await admin.request('POST', '/api/console/users', { username: 'patient', role: 'viewer', password: 'the right long passphrase' });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => new ConsoleClient(running.url).signIn('patient', `wrong guess ${i}`)));
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(12 - THRESHOLD);
    expect((await new ConsoleClient(running.url).signIn('patient', 'the right long passphrase')).status).toBe(429);
    // A second before its end (five minutes) the lock still holds, and says so.
    clock.advance(5 * MINUTE - SECOND);
    const almost = await new ConsoleClient(running.url).signIn('patient', 'the right long passphrase');
    expect([almost.status, almost.json.retryAfterSeconds]).toEqual([429, 1]);
    clock.advance(SECOND);
    expect((await new ConsoleClient(running.url).signIn('patient', 'the right long passphrase')).status).toBe(200);
  });

  it('never writes down a name that no account has (it may be a password typed in the wrong box)', async () => {
    const typed = 'Tr0ub4dor&3-typed-as-a-name';
    expect((await new ConsoleClient(running.url).signIn(typed, 'anything at all')).status).toBe(401);
    const { json, text } = await admin.request('GET', '/api/console/audit?action=auth.sign-in&outcome=failure');
    expect(json.entries.length).toBeGreaterThan(0);
    expect(text.toLowerCase()).not.toContain(typed.toLowerCase());
    const keys = await running.database.db.selectFrom('sign_in_throttle').select('key').execute();
    expect(
      keys
        .map((k) => k.key)
        .join(' ')
        .toLowerCase(),
    ).not.toContain(typed.toLowerCase());
  });
});
