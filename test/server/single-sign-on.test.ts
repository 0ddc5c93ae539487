import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, SessionInfo } from '@cvm/shared';
import { ConsoleClient, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';
import { passProviderLogin, signInWithSso, startProviderAndConsole, type RunningProvider } from '../support/oidc-provider.ts';

// Single sign-on against a real OpenID Connect provider (oidc-provider, in this process): the console sends the
// browser there with state, nonce and PKCE; the provider's own login and consent pages are passed as a browser would;
// the callback signs the person in — made on first sign-in, their groups mapped to a role, re-mapped at the next
// sign-in; a callback whose state this console never sent is refused; signing out ends the provider's session too.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
let oidcClient: { clientId: string; clientSecret: string };
let provider: RunningProvider;
let running: TestConsole;
let admin: ConsoleClient;
let consoleUrl: string;

beforeAll(async () => {
  ({
    provider,
    running,
    consoleUrl,
    client: oidcClient,
  } = await startProviderAndConsole({ OIDC_ROLE_MAP: 'console-admins=admin,console-ops=operator', OIDC_LABEL: 'Company login' }));
  provider.accounts.set('grace', { sub: 'u-grace', preferred_username: 'Grace.H', name: 'Grace Hopper', email: 'grace@example.com', groups: ['console-ops'] });
  provider.accounts.set('nobody', { sub: 'u-nobody', preferred_username: 'nobody', name: 'No Group', groups: ['marketing'] });
  admin = await setupAdmin(running);
});
afterAll(async () => {
  await running?.close();
  await provider?.close();
});

const signInThroughProvider = (login: string, next?: string) => signInWithSso(consoleUrl, login, next);

describe('single sign-on', () => {
  it('says it is there, with its label, and shows administrators its settings without the secret', async () => {
    const meta = (await (await fetch(`${consoleUrl}/api/meta`)).json()) as { sso?: { label: string } };
    expect(meta.sso).toEqual({ label: 'Company login' });
    const settings = await admin.request('GET', '/api/console/sso');
    expect(settings.json).toMatchObject({
      localSignIn: 'all',
      oidc: {
        issuer: provider.issuer,
        clientId: oidcClient.clientId,
        roleMap: [
          { group: 'console-admins', role: 'admin' },
          { group: 'console-ops', role: 'operator' },
        ],
        defaultRole: null,
      },
    });
    expect(settings.text).not.toContain(oidcClient.clientSecret);
  });

  it('signs a new person in through the provider, made with the role their groups map to', async () => {
    const { client, landing } = await signInThroughProvider('grace');
    expect(landing).toBe('/overview');
    const session = (await client.request('GET', '/api/console/session')).json as SessionInfo;
    expect(session.user).toMatchObject({ username: 'grace.h', displayName: 'Grace Hopper', role: 'operator' });
    expect((await client.call('cvm', 'DescribeInstances', { Limit: 1 })).status).toBe(200);
    // Their role is the mapped one, as any session's: an operator may not terminate.
    const terminate = await client.call('cvm', 'TerminateInstances', { InstanceIds: ['ins-00000000'] });
    expect([terminate.status, terminate.json.code]).toEqual([403, 'Forbidden']);
    // No password: only the provider signs them in.
    expect((await new ConsoleClient(consoleUrl).signIn('grace.h', '')).status).not.toBe(200);
  });

  it('maps the role again at the next sign-in', async () => {
    provider.accounts.get('grace')!.groups = ['console-admins'];
    const { client } = await signInThroughProvider('grace');
    expect(((await client.request('GET', '/api/console/session')).json as SessionInfo).user?.role).toBe('admin');
    const users = (await admin.request('GET', '/api/console/users')).json.users as { username: string; role: string }[];
    expect(users.filter((u) => u.username.startsWith('grace'))).toEqual([expect.objectContaining({ username: 'grace.h', role: 'admin' })]);
  });

  it('refuses a person none of whose groups has a role, a state this console never sent, and a wrong nonce', async () => {
    const start = await fetch(`${consoleUrl}/api/console/oidc/start`, { redirect: 'manual' });
    const callback = await passProviderLogin(start.headers.get('location')!, 'nobody');
    const refused = await fetch(callback, { redirect: 'manual' });
    expect(refused.headers.get('location')).toBe('/sign-in?sso_error=SsoNoRole');

    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-a-state-this-console-sent');
    const bad = await fetch(forged, { redirect: 'manual' });
    expect(bad.headers.get('location')).toBe('/sign-in?sso_error=SsoStateInvalid');
    expect(bad.headers.getSetCookie().some((c) => c.startsWith('cvm_session=') && !c.startsWith('cvm_session=;'))).toBe(false);
    // And the same callback twice: its state is used up.
    const start2 = await fetch(`${consoleUrl}/api/console/oidc/start`, { redirect: 'manual' });
    const callback2 = await passProviderLogin(start2.headers.get('location')!, 'grace');
    expect((await fetch(callback2, { redirect: 'manual' })).headers.get('location')).toBe('/');
    expect((await fetch(callback2, { redirect: 'manual' })).headers.get('location')).toBe('/sign-in?sso_error=SsoStateInvalid');

    // A nonce that is not the one sent: the ID token is refused (the row is changed behind the console's back).
    const start3 = await fetch(`${consoleUrl}/api/console/oidc/start`, { redirect: 'manual' });
    const state3 = new URL(start3.headers.get('location')!).searchParams.get('state')!;
    await running.database.db.updateTable('oidc_requests').set({ nonce: 'a-nonce-this-provider-never-saw' }).where('state_hash', '=', sha256(state3)).execute();
    const callback3 = await passProviderLogin(start3.headers.get('location')!, 'grace');
    expect((await fetch(callback3, { redirect: 'manual' })).headers.get('location')).toBe('/sign-in?sso_error=SsoRefused');

    const audit = (await admin.request('GET', '/api/console/audit?action=auth.sign-in&limit=50')).json.entries as AuditEntry[];
    expect(audit.filter((e) => e.outcome === 'failure' && e.errorCode === 'SsoNoRole').length).toBe(1);
  });

  it('signs out of the provider too', async () => {
    const { client } = await signInThroughProvider('grace');
    const out = await client.request('POST', '/api/console/sign-out');
    expect(out.status).toBe(200);
    const endSessionUrl = new URL(out.json.endSessionUrl as string);
    expect(endSessionUrl.origin).toBe(provider.issuer);
    expect(endSessionUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${consoleUrl}/sign-in`);
    expect(((await client.request('GET', '/api/console/session')).json as SessionInfo).user).toBeNull();
  });
});

describe('local sign-in turned down for single sign-on', () => {
  it('keeps passwords to administrators (break glass), or turns them off', async () => {
    const adminsOnly = await startTestConsole({ LOCAL_SIGN_IN: 'admins' });
    try {
      const first = await setupAdmin(adminsOnly);
      expect((await first.request('POST', '/api/console/users', { username: 'opal', role: 'operator', password: 'a long and careful passphrase' })).status).toBe(201);
      const refused = await new ConsoleClient(adminsOnly.url).signIn('opal', 'a long and careful passphrase');
      expect([refused.status, refused.json.code]).toEqual([403, 'LocalSignInOff']);
      expect((await new ConsoleClient(adminsOnly.url).signIn('admin', 'correct horse battery staple')).status).toBe(200);
    } finally {
      await adminsOnly.close();
    }
    const off = await startTestConsole({ LOCAL_SIGN_IN: 'off' });
    try {
      await setupAdmin(off);
      const refused = await new ConsoleClient(off.url).signIn('admin', 'correct horse battery staple');
      expect([refused.status, refused.json.code]).toEqual([403, 'LocalSignInOff']);
      expect(((await (await fetch(`${off.url}/api/meta`)).json()) as { localSignIn: string }).localSignIn).toBe('off');
    } finally {
      await off.close();
    }
  });
});
