import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { errorCode, signedCall } from '../support/signed-call.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    credentials: [
      { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
      { secretId: 'AKIDTEMPORARY', secretKey: 'temp-secret', token: 'session-token-1' },
    ],
  });
});
afterAll(() => emulator.close());

describe('emulator signature verification', () => {
  it('answers a correctly signed request in the documented envelope', async () => {
    const envelope = await signedCall(emulator.url, 'DescribeZones');
    expect(envelope.Response.Error).toBeUndefined();
    expect(envelope.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(envelope.Response.TotalCount).toBe(envelope.Response.ZoneSet.length);
  });

  it('refuses a signature made with the wrong SecretKey', async () => {
    const envelope = await signedCall(emulator.url, 'DescribeZones', {}, { secretKey: 'not-the-key' });
    expect(errorCode(envelope)).toBe('AuthFailure.SignatureFailure');
    expect(envelope.Response.RequestId).toBeTruthy();
  });

  it('refuses a body changed after signing', async () => {
    const url = new URL(emulator.url);
    const { signTc3 } = await import('@cvm/shared/tc3');
    const headers = signTc3(
      { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
      {
        service: 'cvm',
        host: url.host,
        action: 'DescribeInstances',
        version: '2017-03-12',
        region: 'ap-guangzhou',
        timestamp: Math.floor(Date.now() / 1000),
        payload: '{"Limit":1}',
      },
    );
    delete (headers as Record<string, string | undefined>).Host;
    const response = await fetch(url, { method: 'POST', headers, body: '{"Limit":2}' });
    expect(((await response.json()) as any).Response.Error.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses an unknown SecretId', async () => {
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { secretId: 'AKIDNOBODY' }))).toBe('AuthFailure.SecretIdNotFound');
  });

  it('refuses a timestamp more than five minutes away, either way', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { timestamp: now - 301 }))).toBe('AuthFailure.SignatureExpire');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { timestamp: now + 400 }))).toBe('AuthFailure.SignatureExpire');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { timestamp: now - 240 }))).toBeUndefined();
  });

  it('refuses malformed or missing Authorization headers', async () => {
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { override: { Authorization: 'TC3-HMAC-SHA256 garbage' } }))).toBe('AuthFailure.InvalidAuthorization');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { override: { Authorization: undefined } }))).toBe('AuthFailure.InvalidAuthorization');
  });

  it('requires the matching X-TC-Token for temporary credentials', async () => {
    const temp = { secretId: 'AKIDTEMPORARY', secretKey: 'temp-secret' };
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { ...temp, token: 'session-token-1' }))).toBeUndefined();
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, temp))).toBe('AuthFailure.TokenFailure');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { ...temp, token: 'stolen' }))).toBe('AuthFailure.TokenFailure');
  });

  it('accepts a request whose scope names another service label and whose host was signed without its port', async () => {
    // What the official SDK sends when its endpoint is 127.0.0.1:PORT: service "127", host "127.0.0.1".
    const url = new URL(emulator.url);
    const { computeTc3 } = await import('@cvm/shared/tc3');
    const timestamp = Math.floor(Date.now() / 1000);
    const steps = computeTc3(
      { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
      { service: '127', host: url.hostname, action: 'DescribeZones', version: '2017-03-12', timestamp, payload: '{}' },
    );
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        Authorization: steps.authorization,
        'Content-Type': 'application/json; charset=utf-8',
        'X-TC-Action': 'DescribeZones',
        'X-TC-Version': '2017-03-12',
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': 'ap-guangzhou',
      },
      body: '{}',
    });
    const body = (await response.json()) as any;
    expect(body.Response.Error).toBeUndefined();
    expect(body.Response.ZoneSet.length).toBeGreaterThan(0);
  });

  it('names unknown actions, versions and regions with their codes', async () => {
    expect(errorCode(await signedCall(emulator.url, 'DescribeNothing'))).toBe('InvalidAction');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { version: '2099-01-01' }))).toBe('NoSuchVersion');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { region: 'ap-atlantis' }))).toBe('UnsupportedRegion');
    expect(errorCode(await signedCall(emulator.url, 'DescribeZones', {}, { region: null }))).toBe('MissingParameter');
    // DescribeRegions is the one action that needs no region.
    expect(errorCode(await signedCall(emulator.url, 'DescribeRegions', {}, { region: null }))).toBeUndefined();
  });

  it('answers callers past the documented 20/s of DescribeZones with RequestLimitExceeded, per action', async () => {
    let now = Date.parse('2026-01-01T00:00:00.250Z');
    const limited = await startEmulator({ rateLimits: { nowMs: () => now } });
    try {
      const burst = async (action: string, count: number) => (await Promise.all(Array.from({ length: count }, () => signedCall(limited.url, action)))).map(errorCode);
      const zones = await burst('DescribeZones', 25);
      expect(zones.filter((c) => c === undefined)).toHaveLength(20);
      expect(zones.filter((c) => c === 'RequestLimitExceeded')).toHaveLength(5);
      // Another action has its own budget (40/s for DescribeInstancesStatus) in the same second.
      expect((await burst('DescribeInstancesStatus', 40)).every((c) => c === undefined)).toBe(true);
      now += 1000;
      expect((await burst('DescribeZones', 20)).every((c) => c === undefined)).toBe(true);
    } finally {
      await limited.close();
    }
  });
});
