import { createHash, createHmac } from 'node:crypto';

// TC3-HMAC-SHA256, as the reference describes it (001_*.txt 4727–5092; digest in shared/api/protocol.md §4).

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export interface Tc3Credentials {
  secretId: string;
  secretKey: string;
  /** Temporary credentials' session token, sent as X-TC-Token. */
  token?: string;
}

export interface Tc3Request {
  /** Signing service name: cvm, vpc, batch, hai... It must match the endpoint's service for the real cloud. */
  service: string;
  /** Host header value that is signed, e.g. cvm.tencentcloudapi.com. */
  host: string;
  action: string;
  version: string;
  region?: string;
  /** Seconds since the epoch. */
  timestamp: number;
  /** The exact bytes that will be sent as the body. */
  payload: string;
  method?: 'POST' | 'GET';
  contentType?: string;
  language?: 'zh-CN' | 'en-US';
}

export interface Tc3Steps {
  hashedPayload: string;
  canonicalRequest: string;
  hashedCanonicalRequest: string;
  date: string;
  credentialScope: string;
  stringToSign: string;
  signingKey: Buffer;
  signature: string;
  signedHeaders: string;
  authorization: string;
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
export const hmacSha256 = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** The credential scope's date is the UTC date of the timestamp, never local time. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/**
 * A signing key depends only on the secret, the UTC date and the service, so it is derived once a day per key and
 * service instead of three HMACs a request (the console signs, and the emulator checks, thousands a second). The
 * cache holds one date's keys and at most MAX_CACHED_KEYS of them; it lives as long as the process, as the secrets do.
 */
const MAX_CACHED_KEYS = 256;
const signingKeys = new Map<string, Buffer>();
let signingKeysDate = '';

/** SecretDate → SecretService → SecretSigning. */
export function deriveSigningKey(secretKey: string, date: string, service: string): Buffer {
  if (date !== signingKeysDate || signingKeys.size >= MAX_CACHED_KEYS) {
    signingKeys.clear();
    signingKeysDate = date;
  }
  const cacheKey = `${service}\n${secretKey}`;
  const cached = signingKeys.get(cacheKey);
  if (cached) return cached;
  const secretDate = hmacSha256(`TC3${secretKey}`, date);
  const secretService = hmacSha256(secretDate, service);
  const signingKey = hmacSha256(secretService, 'tc3_request');
  signingKeys.set(cacheKey, signingKey);
  return signingKey;
}

export interface CanonicalParts {
  method: string;
  path: string;
  query: string;
  /** Header name → value, as they will be signed (names and values are lower-cased and trimmed here). */
  headers: Record<string, string>;
  hashedPayload: string;
}

export function buildCanonicalRequest(parts: CanonicalParts): { canonicalRequest: string; signedHeaders: string } {
  const entries = Object.entries(parts.headers)
    .map(([name, value]) => [name.trim().toLowerCase(), value.trim().toLowerCase()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonicalHeaders = entries.map(([name, value]) => `${name}:${value}\n`).join('');
  const signedHeaders = entries.map(([name]) => name).join(';');
  const canonicalRequest = [parts.method, parts.path, parts.query, canonicalHeaders, signedHeaders, parts.hashedPayload].join('\n');
  return { canonicalRequest, signedHeaders };
}

export function buildStringToSign(timestamp: number, credentialScope: string, hashedCanonicalRequest: string): string {
  return `${TC3_ALGORITHM}\n${timestamp}\n${credentialScope}\n${hashedCanonicalRequest}`;
}

export function signStringToSign(signingKey: Buffer, stringToSign: string): string {
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
}

/** Every intermediate value of a signature, so tests can compare each step with the reference's worked example. */
export function computeTc3(credentials: Tc3Credentials, request: Tc3Request): Tc3Steps {
  const method = request.method ?? 'POST';
  const contentType = request.contentType ?? JSON_CONTENT_TYPE;
  const hashedPayload = sha256Hex(method === 'GET' ? '' : request.payload);
  const { canonicalRequest, signedHeaders } = buildCanonicalRequest({
    method,
    path: '/',
    query: '',
    headers: { 'content-type': contentType, host: request.host, 'x-tc-action': request.action },
    hashedPayload,
  });
  const hashedCanonicalRequest = sha256Hex(canonicalRequest);
  const date = utcDate(request.timestamp);
  const credentialScope = `${date}/${request.service}/tc3_request`;
  const stringToSign = buildStringToSign(request.timestamp, credentialScope, hashedCanonicalRequest);
  const signingKey = deriveSigningKey(credentials.secretKey, date, request.service);
  const signature = signStringToSign(signingKey, stringToSign);
  const authorization = `${TC3_ALGORITHM} Credential=${credentials.secretId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return {
    hashedPayload,
    canonicalRequest,
    hashedCanonicalRequest,
    date,
    credentialScope,
    stringToSign,
    signingKey,
    signature,
    signedHeaders,
    authorization,
  };
}

/** The headers to send with a signed API 3.0 request (Host is set by the HTTP client from the URL). */
export function signTc3(credentials: Tc3Credentials, request: Tc3Request): Record<string, string> {
  const { authorization } = computeTc3(credentials, request);
  const headers: Record<string, string> = {
    Authorization: authorization,
    'Content-Type': request.contentType ?? JSON_CONTENT_TYPE,
    Host: request.host,
    'X-TC-Action': request.action,
    'X-TC-Timestamp': String(request.timestamp),
    'X-TC-Version': request.version,
  };
  if (request.region) headers['X-TC-Region'] = request.region;
  if (credentials.token) headers['X-TC-Token'] = credentials.token;
  if (request.language) headers['X-TC-Language'] = request.language;
  return headers;
}
