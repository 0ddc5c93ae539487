import { createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.ts';

// Alibaba Cloud RPC signature, version 1.0 with HMAC-SHA1: the string to sign is the HTTP method, the encoded "/", and
// the encoded canonical query (every parameter but Signature, sorted by name, each name and value percent-encoded).

export const RPC_SIGNATURE_METHOD = 'HMAC-SHA1';
export const RPC_SIGNATURE_VERSION = '1.0';

export interface AliyunCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS credentials' token, sent as SecurityToken. */
  securityToken?: string;
}

/** `a=1&b=2` with names sorted by code unit and every name and value encoded; Signature itself is never part of it. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join('&');
}

export function rpcStringToSign(method: 'GET' | 'POST', params: Record<string, string>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
}

/** Base64 HMAC-SHA1 of the string to sign, keyed by the secret followed by "&". */
export function rpcSignature(accessKeySecret: string, method: 'GET' | 'POST', params: Record<string, string>): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(rpcStringToSign(method, params)).digest('base64');
}

/** The `2014-05-26T12:00:00Z` form the Timestamp parameter takes: UTC, no milliseconds. */
export function rpcTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface RpcRequestParts {
  action: string;
  version: string;
  /** Flat parameters (see flattenParams); RegionId among them when the action is regional. */
  params: Record<string, string>;
  date: Date;
  nonce: string;
  format?: 'JSON' | 'XML';
}

/** Every parameter of a signed request, Signature included: what goes into the query string or the form body. */
export function signRpcRequest(credentials: AliyunCredentials, method: 'GET' | 'POST', parts: RpcRequestParts): Record<string, string> {
  const params: Record<string, string> = {
    ...parts.params,
    Action: parts.action,
    Version: parts.version,
    Format: parts.format ?? 'JSON',
    AccessKeyId: credentials.accessKeyId,
    SignatureMethod: RPC_SIGNATURE_METHOD,
    SignatureVersion: RPC_SIGNATURE_VERSION,
    SignatureNonce: parts.nonce,
    Timestamp: rpcTimestamp(parts.date),
    ...(credentials.securityToken ? { SecurityToken: credentials.securityToken } : {}),
  };
  return { ...params, Signature: rpcSignature(credentials.accessKeySecret, method, params) };
}

/** The query string or form body of a signed request. */
export function encodeRpcParams(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
}
