import { describe, expect, it } from 'vitest';
import { buildStringToSign, computeTc3, sha256Hex, signStringToSign, signTc3, utcDate } from './sign.ts';
import { parseTc3Authorization } from './authorization.ts';

// The reference's worked example (001_*.txt 4822–5092; shared/api/protocol.md §4). Its SecretKey is masked, so the
// key chain is checked separately below and against the official SDK in test/sdk.
const example = {
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  timestamp: 1551113065,
  hashedPayload: '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
  canonicalRequest: [
    'POST',
    '/',
    '',
    'content-type:application/json; charset=utf-8',
    'host:cvm.tencentcloudapi.com',
    'x-tc-action:describeinstances',
    '',
    'content-type;host;x-tc-action',
    '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
  ].join('\n'),
  hashedCanonicalRequest: '7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
  credentialScope: '2019-02-25/cvm/tc3_request',
  secretSigning: 'b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af',
  signature: '10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f',
};

const request = {
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  action: 'DescribeInstances',
  version: '2017-03-12',
  region: 'ap-guangzhou',
  timestamp: example.timestamp,
  payload: example.payload,
};

describe('TC3-HMAC-SHA256 against the reference worked example', () => {
  const steps = computeTc3({ secretId: 'AKIDEXAMPLE', secretKey: 'any' }, request);

  it('hashes the payload', () => {
    expect(steps.hashedPayload).toBe(example.hashedPayload);
  });

  it('builds the canonical request byte for byte, and its hash', () => {
    expect(steps.canonicalRequest).toBe(example.canonicalRequest);
    expect(steps.hashedCanonicalRequest).toBe(example.hashedCanonicalRequest);
  });

  it('uses the UTC date in the credential scope (1551113065 is already the 26th in Beijing)', () => {
    expect(utcDate(example.timestamp)).toBe('2019-02-25');
    expect(steps.credentialScope).toBe(example.credentialScope);
  });

  it('builds the string to sign', () => {
    expect(steps.stringToSign).toBe(`TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n${example.hashedCanonicalRequest}`);
  });

  it('signs the string with the derived key to the documented signature', () => {
    const stringToSign = buildStringToSign(example.timestamp, example.credentialScope, example.hashedCanonicalRequest);
    expect(signStringToSign(Buffer.from(example.secretSigning, 'hex'), stringToSign)).toBe(example.signature);
  });

  it('derives a different key, and so a different signature, for another secret, service or day', () => {
    const base = computeTc3({ secretId: 'AKID', secretKey: 'k1' }, request).signature;
    expect(computeTc3({ secretId: 'AKID', secretKey: 'k2' }, request).signature).not.toBe(base);
    expect(computeTc3({ secretId: 'AKID', secretKey: 'k1' }, { ...request, service: 'vpc' }).signature).not.toBe(base);
    expect(computeTc3({ secretId: 'AKID', secretKey: 'k1' }, { ...request, timestamp: request.timestamp + 86400 }).signature).not.toBe(base);
  });
});

describe('signTc3 headers', () => {
  it('carries the optional token and language and an Authorization that parses back', () => {
    const headers = signTc3({ secretId: 'AKIDTEMP', secretKey: 'secret', token: 'session-token' }, { ...request, language: 'zh-CN', timestamp: 1700000000, payload: '{}' });
    expect(headers['X-TC-Token']).toBe('session-token');
    expect(headers['X-TC-Language']).toBe('zh-CN');
    expect(headers['X-TC-Region']).toBe('ap-guangzhou');
    const parsed = parseTc3Authorization(headers.Authorization);
    expect(parsed).toMatchObject({ secretId: 'AKIDTEMP', date: '2023-11-14', service: 'cvm' });
    expect(parsed?.signedHeaders).toEqual(['content-type', 'host', 'x-tc-action']);
    expect(Object.values(headers).join('\n')).not.toContain('secret');
  });

  it('rejects malformed Authorization headers', () => {
    expect(parseTc3Authorization(undefined)).toBeNull();
    expect(parseTc3Authorization('Basic abc')).toBeNull();
    expect(parseTc3Authorization('TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm, Signature=00')).toBeNull();
  });

  it('hashes the empty payload for GET', () => {
    const steps = computeTc3({ secretId: 'a', secretKey: 'b' }, { ...request, method: 'GET' });
    expect(steps.hashedPayload).toBe(sha256Hex(''));
  });
});
