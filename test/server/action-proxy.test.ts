import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { ConsoleClient, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// The console server over real HTTP, forwarding to a real emulator.

let embedded: TestConsole;
let admin: ConsoleClient;
beforeAll(async () => {
  embedded = await startTestConsole();
  admin = await setupAdmin(embedded);
});
afterAll(() => embedded.close());

describe('the action path', () => {
  it('forwards a catalog action and returns the cloud Response with its RequestId', async () => {
    const { status, json } = await admin.call('cvm', 'DescribeInstances', { Limit: 5, Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });
    expect(status).toBe(200);
    expect(json.InstanceSet.length).toBeGreaterThan(0);
    expect(json.InstanceSet.every((i: { Placement: { Zone: string } }) => i.Placement.Zone === 'ap-guangzhou-3')).toBe(true);
    expect(json.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses actions outside the catalog with 404, without calling the cloud', async () => {
    const callCount = () => [...embedded.emulator!.stats.calls.values()].reduce((sum, n) => sum + n, 0);
    const before = callCount();
    for (const [service, action] of [
      // A CVM action of the cloud outside the reference's 98 (reserved instances), and another service's.
      ['cvm', 'DescribeReservedInstancesOfferings'],
      ['cam', 'ListUsers'],
      ['cvm', 'constructor'],
      ['cvm', '__proto__'],
    ]) {
      const { status, json } = await admin.call(service!, action!, {});
      expect(status).toBe(404);
      expect(json.code).toBe('UnknownAction');
      expect(json.message).toContain(`${service}.${action}`);
    }
    expect(callCount()).toBe(before);
  });

  it('answers bad parameters with 400 naming the field', async () => {
    const tooMany = await admin.call('cvm', 'DescribeInstances', { Limit: 1000 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ code: 'InvalidParameter', field: 'Limit' });
    const noName = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Values: ['x'] }] });
    expect(noName.json).toMatchObject({ code: 'InvalidParameter', field: 'Filters.0.Name' });
    const unknown = await admin.call('cvm', 'DescribeInstances', { Colour: 'red' });
    expect(unknown.json).toMatchObject({ code: 'InvalidParameter', field: 'Colour' });
    const notJson = await admin.call('cvm', 'DescribeInstances', '{"Limit":');
    expect(notJson.status).toBe(400);
    expect(notJson.json.code).toBe('InvalidParameter');
    const noRegion = await admin.call('cvm', 'DescribeZones', {}, { 'X-Region': '' });
    expect(noRegion.json).toMatchObject({ code: 'MissingParameter', field: 'X-Region' });
  });

  it('maps cloud errors to 4xx with the cloud Code, Message and RequestId', async () => {
    const malformed = await admin.call('cvm', 'DescribeInstances', { InstanceIds: ['ins-bad'] });
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe('InvalidInstanceId.Malformed');
    expect(malformed.json.message).toContain('ins-bad');
    expect(malformed.json.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const badFilter = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'colour', Values: ['red'] }] });
    expect(badFilter.status).toBe(400);
    expect(badFilter.json.code).toBe('InvalidFilter');
    const region = await admin.call('cvm', 'DescribeZones', {}, { 'X-Region': 'ap-atlantis' });
    expect(region.json.code).toBe('UnsupportedRegion');
  });

  it('requires its client header and the session CSRF token on API calls', async () => {
    const noClientHeader = await fetch(`${embedded.url}/api/cvm/DescribeZones`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Region': 'ap-guangzhou', Cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken, 'X-Account': 'emulator' },
      body: '{}',
    });
    expect(noClientHeader.status).toBe(403);
    expect(((await noClientHeader.json()) as { code: string }).code).toBe('CsrfCheckFailed');
    const wrongToken = await admin.call('cvm', 'DescribeZones', {}, { 'X-CSRF-Token': 'not-the-token' });
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.json.code).toBe('CsrfCheckFailed');
  });

  it('refuses everything to someone who is not signed in, before looking at the action', async () => {
    const stranger = new ConsoleClient(embedded.url);
    for (const [service, action] of [
      ['cvm', 'DescribeInstances'],
      ['cvm', 'TerminateInstances'],
      ['cam', 'ListUsers'],
    ]) {
      const { status, json } = await stranger.call(service!, action!, {});
      expect(status).toBe(401);
      expect(json.code).toBe('NotSignedIn');
    }
  });

  it('requires the account header and refuses unknown accounts', async () => {
    const missing = await admin.call('cvm', 'DescribeZones', {}, { 'X-Account': '' });
    expect(missing.json).toMatchObject({ code: 'MissingParameter', field: 'X-Account' });
    const unknown = await admin.call('cvm', 'DescribeZones', {}, { 'X-Account': 'acc-nothere' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('AccountNotFound');
  });

  it('answers only to its own host names, against DNS rebinding, and refuses cross-site API calls', async () => {
    const { request } = await import('node:http');
    const extraHeaders: Record<string, string> = {};
    const send = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${embedded.url}/api/cvm/DescribeZones`,
          { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1', 'X-Region': 'ap-guangzhou', ...extraHeaders, ...headers } },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    Object.assign(extraHeaders, { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken, 'X-Account': 'emulator' });
    expect(await send({ Host: `attacker.example:${embedded.port}` })).toBe(421);
    expect(await send({ Host: `localhost:${embedded.port}` })).toBe(200);
    expect(await send({ 'Sec-Fetch-Site': 'cross-site' })).toBe(403);
    expect(await send({ 'Sec-Fetch-Site': 'same-origin' })).toBe(200);
  });

  it('serves health, meta and strict security headers', async () => {
    const health = await fetch(`${embedded.url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', mode: 'emulator' });
    const meta = await fetch(`${embedded.url}/api/meta`);
    expect(await meta.json()).toMatchObject({ mode: 'emulator', defaultRegion: 'ap-guangzhou' });
    const csp = meta.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(meta.headers.get('x-content-type-options')).toBe('nosniff');
    expect(meta.headers.get('x-powered-by')).toBeNull();
  });
});

describe('against a separate cloud endpoint', () => {
  const SECRET_KEY = 'do-not-leak-this-secret-key-0123456789';
  let cloud: RunningEmulator;
  let consoleWithRightKey: TestConsole;
  let consoleWithWrongKey: TestConsole;
  let right: ConsoleClient;
  let wrong: ConsoleClient;

  beforeAll(async () => {
    cloud = await startEmulator({ rateLimits: false, credentials: [{ secretId: 'AKIDTESTACCOUNT0001', secretKey: SECRET_KEY }] });
    const env = { TENCENTCLOUD_SECRET_ID: 'AKIDTESTACCOUNT0001', TENCENTCLOUD_ENDPOINT: cloud.url };
    consoleWithRightKey = await startTestConsole({ ...env, TENCENTCLOUD_SECRET_KEY: SECRET_KEY });
    consoleWithWrongKey = await startTestConsole({ ...env, TENCENTCLOUD_SECRET_KEY: `${SECRET_KEY}-wrong` });
    right = await setupAdmin(consoleWithRightKey);
    wrong = await setupAdmin(consoleWithWrongKey);
    right.account = wrong.account = 'environment';
  });
  afterAll(async () => {
    await Promise.all([consoleWithRightKey.close(), consoleWithWrongKey.close(), cloud.close()]);
  });

  it('signs with the configured keys and reports cloud mode', async () => {
    const { status, json } = await right.call('cvm', 'DescribeRegions', {});
    expect(status).toBe(200);
    expect(json.TotalCount).toBeGreaterThan(3);
    expect(await (await fetch(`${consoleWithRightKey.url}/api/meta`)).json()).toMatchObject({ mode: 'cloud' });
  });

  it('turns a rejected signature into 403 AuthFailure.SignatureFailure with the RequestId', async () => {
    const { status, json } = await wrong.call('cvm', 'DescribeInstances', {});
    expect(status).toBe(403);
    expect(json.code).toBe('AuthFailure.SignatureFailure');
    expect(json.requestId).toBeTruthy();
  });

  it('never puts the SecretKey, a signature or an Authorization header in a response or a log line', async () => {
    const responses = await Promise.all([
      right.call('cvm', 'DescribeInstances', { Limit: 100 }),
      right.call('cvm', 'DescribeInstances', { InstanceIds: ['ins-bad'] }),
      wrong.call('cvm', 'DescribeInstances', {}),
      right.call('cvm', 'RunInstances', {}),
      right.call('cvm', 'DescribeInstances', { Limit: 'x' }),
    ]);
    const meta = await (await fetch(`${consoleWithRightKey.url}/api/meta`)).text();
    const everything = [...responses.map((r) => r.text + JSON.stringify([...r.headers.entries()])), meta, ...consoleWithRightKey.logs, ...consoleWithWrongKey.logs].join('\n');
    expect(consoleWithRightKey.logs.length).toBeGreaterThan(0);
    expect(everything).not.toContain(SECRET_KEY);
    expect(everything).not.toMatch(/TC3-HMAC-SHA256|Signature=|authorization/i);
    expect(everything).not.toContain('AKIDTESTACCOUNT0001');
  });
});

describe('when the cloud is unreachable or silent', () => {
  let silent: Server;
  let silentPort: number;
  beforeAll(async () => {
    silent = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as AddressInfo).port;
  });
  afterAll(() => {
    silent.closeAllConnections();
    silent.close();
  });

  it('answers 504 CloudTimeout after the configured timeout', async () => {
    const consoleServer = await startTestConsole({
      TENCENTCLOUD_SECRET_ID: 'AKIDX',
      TENCENTCLOUD_SECRET_KEY: 'k',
      TENCENTCLOUD_ENDPOINT: `http://127.0.0.1:${silentPort}`,
      CLOUD_TIMEOUT_MS: '300',
    });
    try {
      const client = await setupAdmin(consoleServer);
      client.account = 'environment';
      const { status, json } = await client.call('cvm', 'DescribeZones', {});
      expect(status).toBe(504);
      expect(json.code).toBe('CloudTimeout');
    } finally {
      await consoleServer.close();
    }
  });

  it('answers 502 CloudUnreachable when nothing listens', async () => {
    // A port that was just free: listen, note it, close.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const freePort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const consoleServer = await startTestConsole({ TENCENTCLOUD_SECRET_ID: 'AKIDX', TENCENTCLOUD_SECRET_KEY: 'k', TENCENTCLOUD_ENDPOINT: `http://127.0.0.1:${freePort}` });
    try {
      const client = await setupAdmin(consoleServer);
      client.account = 'environment';
      const { status, json } = await client.call('cvm', 'DescribeZones', {});
      expect(status).toBe(502);
      expect(json.code).toBe('CloudUnreachable');
    } finally {
      await consoleServer.close();
    }
  });
});
