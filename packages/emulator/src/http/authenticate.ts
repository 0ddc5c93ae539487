import { timingSafeEqual } from 'node:crypto';
import { buildCanonicalRequest, buildStringToSign, deriveSigningKey, parseTc3Authorization, sha256Hex, signStringToSign, utcDate, type Tc3Credentials } from '@cvm/shared/tc3';
import { CloudError } from './cloud-error.ts';

// Verifies TC3-HMAC-SHA256 the way the cloud does (protocol.md §4 and its failure codes).

/** A key pair the emulator accepts; with a token, requests must carry that X-TC-Token (temporary credentials). */
export type EmulatorCredential = Tc3Credentials;

export interface IncomingSignedRequest {
  method: string;
  path: string;
  query: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface Authenticated {
  secretId: string;
  /** The service named in the credential scope (the official SDK sends "127" when its endpoint is 127.0.0.1). */
  scopeService: string;
}

/** How far a request's timestamp may be from the server's time, either way (v3 and v1 alike). */
export const MAX_SKEW_SECONDS = 300;

/** Two signatures compared in constant time. */
export function signaturesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Host values to try: as sent, and without its port (official SDKs sign the hostname alone). */
export function hostCandidates(host: string): string[] {
  const withoutPort = host.replace(/:\d+$/, '');
  return withoutPort === host ? [host] : [host, withoutPort];
}

/**
 * The key pair a SecretId names, or undefined; throws for one the emulator knows but no longer accepts (temporary
 * credentials past their end).
 */
export type CredentialLookup = (secretId: string) => EmulatorCredential | undefined;

export function authenticate(request: IncomingSignedRequest, findCredential: CredentialLookup, nowSeconds: number): Authenticated {
  const header = request.headers['authorization'];
  if (!header) throw new CloudError('AuthFailure.InvalidAuthorization', 'The request carries no Authorization header.');
  const auth = parseTc3Authorization(header);
  if (!auth) {
    throw new CloudError(
      'AuthFailure.InvalidAuthorization',
      'The Authorization header does not follow the TC3-HMAC-SHA256 format: "TC3-HMAC-SHA256 Credential=<SecretId>/<Date>/<service>/tc3_request, SignedHeaders=<headers>, Signature=<hex>".',
    );
  }
  if (!auth.signedHeaders.includes('content-type') || !auth.signedHeaders.includes('host')) {
    throw new CloudError('AuthFailure.InvalidAuthorization', 'SignedHeaders must include content-type and host.');
  }
  const rawTimestamp = request.headers['x-tc-timestamp'];
  if (!rawTimestamp) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Timestamp` (X-TC-Timestamp).');
  if (!/^\d+$/.test(rawTimestamp)) throw new CloudError('InvalidParameter', 'The parameter `Timestamp` (X-TC-Timestamp) must be an integer number of seconds.');
  const timestamp = Number(rawTimestamp);
  if (Math.abs(nowSeconds - timestamp) > MAX_SKEW_SECONDS) {
    throw new CloudError('AuthFailure.SignatureExpire', `The signature expired: X-TC-Timestamp ${timestamp} differs from the server time ${nowSeconds} by more than 5 minutes.`);
  }
  const credential = findCredential(auth.secretId);
  if (!credential) throw new CloudError('AuthFailure.SecretIdNotFound', 'The SecretId is not found; check that the key exists, is enabled and has no surrounding spaces.');
  const token = request.headers['x-tc-token'];
  if ((credential.token ?? '') !== (token ?? '')) {
    throw new CloudError(
      'AuthFailure.TokenFailure',
      credential.token ? 'The X-TC-Token is missing or does not match the temporary credentials.' : 'An X-TC-Token was sent with permanent credentials.',
    );
  }
  if (auth.date !== utcDate(timestamp)) {
    throw new CloudError('AuthFailure.SignatureFailure', `The credential scope date ${auth.date} is not the UTC date of X-TC-Timestamp (${utcDate(timestamp)}).`);
  }

  const hashedPayload = sha256Hex(request.body);
  const signingKey = deriveSigningKey(credential.secretKey, auth.date, auth.service);
  const credentialScope = `${auth.date}/${auth.service}/tc3_request`;
  for (const host of hostCandidates(request.headers['host'] ?? '')) {
    const headers: Record<string, string> = {};
    for (const name of auth.signedHeaders) headers[name] = name === 'host' ? host : (request.headers[name] ?? '');
    const { canonicalRequest } = buildCanonicalRequest({ method: request.method, path: request.path, query: request.query, headers, hashedPayload });
    const expected = signStringToSign(signingKey, buildStringToSign(timestamp, credentialScope, sha256Hex(canonicalRequest)));
    if (signaturesEqual(expected, auth.signature)) return { secretId: credential.secretId, scopeService: auth.service };
  }
  throw new CloudError('AuthFailure.SignatureFailure', 'The provided credentials could not be validated. Please check your signature is correct.');
}
