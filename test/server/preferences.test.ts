import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient, createUser, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// A person's preferences are kept by the server: chosen in one browser, found in another; nobody else's are touched.

let running: TestConsole;
let admin: ConsoleClient;
let viewer: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole();
  admin = await setupAdmin(running);
  viewer = await createUser(admin, 'vera', 'viewer');
});
afterAll(() => running.close());

describe('preferences', () => {
  it('keeps chosen columns for the person, in their order, across sessions', async () => {
    expect((await viewer.request('GET', '/api/console/preferences')).json).toEqual({});
    const columns = ['privateIp', 'state', 'tags', 'expires'];
    const saved = await viewer.request('PUT', '/api/console/preferences/instanceColumns', { value: columns });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ value: columns });

    // Another browser: a new session of the same person.
    const elsewhere = new ConsoleClient(running.url);
    expect((await elsewhere.signIn('vera', 'a long and careful passphrase')).status).toBe(200);
    expect((await elsewhere.request('GET', '/api/console/preferences')).json).toEqual({ instanceColumns: columns });
    // Someone else's are their own.
    expect((await admin.request('GET', '/api/console/preferences')).json).toEqual({});

    const replaced = await elsewhere.request('PUT', '/api/console/preferences/instanceColumns', { value: ['zone'] });
    expect(replaced.status).toBe(200);
    expect((await viewer.request('GET', '/api/console/preferences')).json).toEqual({ instanceColumns: ['zone'] });

    expect((await viewer.request('DELETE', '/api/console/preferences/instanceColumns')).status).toBe(204);
    expect((await elsewhere.request('GET', '/api/console/preferences')).json).toEqual({});
  });

  it('refuses what is not a column list, naming the field', async () => {
    for (const [value, field] of [
      [['state', 'no-such-column'], 'value.1'],
      [['state', 'state'], 'value'],
      [[], 'value'],
      ['state', 'value'],
      [['state\u0000'], 'value.0'],
    ] as const) {
      const refused = await admin.request('PUT', '/api/console/preferences/instanceColumns', { value });
      expect(refused.status, JSON.stringify(value)).toBe(400);
      expect(refused.json.field).toBe(field);
    }
    expect((await admin.request('PUT', '/api/console/preferences/instanceColumns', { value: ['state'], extra: 1 })).status).toBe(400);
    expect((await admin.request('GET', '/api/console/preferences')).json).toEqual({});
  });

  it('knows only its preferences, and wants a session and its CSRF token', async () => {
    const unknown = await admin.request('PUT', '/api/console/preferences/__proto__', { value: ['state'] });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('UnknownPreference');

    const noCsrf = await admin.request('PUT', '/api/console/preferences/instanceColumns', { value: ['state'] }, { 'X-CSRF-Token': 'wrong' });
    expect(noCsrf.status).toBe(403);
    const anonymous = new ConsoleClient(running.url);
    expect((await anonymous.request('GET', '/api/console/preferences')).status).toBe(401);
  });
});
