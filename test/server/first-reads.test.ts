import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirstReads } from '@cvm/shared';
import { ConsoleClient, createUser, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// GET /api/console/first-reads, which index.html preloads: in one answer, exactly what the four routes it stands for
// answer for the same person — and for nobody signed in, nothing beyond what those routes give a stranger.

let running: TestConsole;
let admin: ConsoleClient;
let viewer: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole();
  admin = await setupAdmin(running);
  viewer = await createUser(admin, 'vera', 'viewer');
});
afterAll(() => running.close());

describe('first reads', () => {
  it('answers a signed-in person with what /api/meta, the session, the accounts and the preferences answer', async () => {
    expect((await viewer.request('PUT', '/api/console/preferences/instanceColumns', { value: ['zone', 'state'] })).status).toBe(200);
    const first = await viewer.request('GET', '/api/console/first-reads');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const reads = first.json as FirstReads;
    expect(reads.meta).toEqual((await viewer.request('GET', '/api/meta')).json);
    expect(reads.session).toEqual((await viewer.request('GET', '/api/console/session')).json);
    expect(reads.session.user?.username).toBe('vera');
    expect(reads.accounts).toEqual((await viewer.request('GET', '/api/console/accounts')).json.accounts);
    expect(reads.accounts?.length).toBeGreaterThan(0);
    expect(reads.preferences).toEqual({ instanceColumns: ['zone', 'state'] });
    // Each person's own: the admin's preferences are not the viewer's.
    expect(((await admin.request('GET', '/api/console/first-reads')).json as FirstReads).preferences).toEqual({});
  });

  it('tells a stranger only what the session route tells them: nobody is signed in, no accounts, no preferences', async () => {
    const stranger = new ConsoleClient(running.url);
    const first = await stranger.request('GET', '/api/console/first-reads');
    expect(first.status).toBe(200);
    const reads = first.json as FirstReads;
    expect(reads.session).toEqual({ user: null, csrfToken: null, setupRequired: false });
    expect(reads.accounts).toBeNull();
    expect(reads.preferences).toBeNull();
    expect(reads.meta).toEqual((await stranger.request('GET', '/api/meta')).json);
  });

  it('follows the session: signed out, the same browser gets the stranger’s answer', async () => {
    const elsewhere = new ConsoleClient(running.url);
    expect((await elsewhere.signIn('vera', 'a long and careful passphrase')).status).toBe(200);
    expect(((await elsewhere.request('GET', '/api/console/first-reads')).json as FirstReads).session.user?.username).toBe('vera');
    expect((await elsewhere.request('POST', '/api/console/sign-out')).status).toBeLessThan(300);
    const after = (await elsewhere.request('GET', '/api/console/first-reads')).json as FirstReads;
    expect(after.session.user).toBeNull();
    expect(after.accounts).toBeNull();
  });
});
