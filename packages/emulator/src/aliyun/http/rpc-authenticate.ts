import { timingSafeEqual } from 'node:crypto';
import { RPC_SIGNATURE_METHOD, RPC_SIGNATURE_VERSION, rpcSignature, rpcStringToSign } from '@cvm/shared/aliyun-rpc';
import { AliyunError, missingParameter } from './aliyun-error.ts';

export interface AliyunCredential {
  accessKeyId: string;
  accessKeySecret: string;
}

/** How far a request's Timestamp may be from the emulator's real time, either way, and how long a nonce is remembered. */
export const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;

const TIMESTAMP_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Signature nonces seen in the last 15 minutes: the cloud refuses a replayed request even when its signature holds. */
export class NonceLedger {
  private seen = new Map<string, number>();

  claim(accessKeyId: string, nonce: string, nowMs: number): boolean {
    for (const [key, at] of this.seen) {
      if (nowMs - at <= TIMESTAMP_WINDOW_MS) break; // insertion order is time order
      this.seen.delete(key);
    }
    const key = `${accessKeyId}|${nonce}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, nowMs);
    return true;
  }
}

/**
 * Checks an RPC request's common parameters and its HMAC-SHA1 signature, recomputed over every parameter but Signature
 * with the method the request came with. Answers the caller's AccessKeyId.
 */
export function authenticateRpc(method: 'GET' | 'POST', params: Record<string, string>, credentials: readonly AliyunCredential[], nonces: NonceLedger, nowMs: number): string {
  for (const name of ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureNonce', 'Timestamp']) {
    if (!params[name]) throw missingParameter(name);
  }
  if (params.SignatureMethod !== RPC_SIGNATURE_METHOD) {
    throw new AliyunError(400, 'InvalidSignatureMethod', `Specified signature method \`${params.SignatureMethod}\` is not valid; use ${RPC_SIGNATURE_METHOD}.`);
  }
  if (params.SignatureVersion !== undefined && params.SignatureVersion !== RPC_SIGNATURE_VERSION) {
    throw new AliyunError(400, 'InvalidSignatureVersion', `Specified signature version \`${params.SignatureVersion}\` is not valid; use ${RPC_SIGNATURE_VERSION}.`);
  }
  const timestamp = params.Timestamp!;
  if (!TIMESTAMP_FORMAT.test(timestamp)) {
    throw new AliyunError(400, 'InvalidTimeStamp.Format', `Specified time stamp \`${timestamp}\` is not in the ISO 8601 form yyyy-MM-ddTHH:mm:ssZ (UTC).`);
  }
  if (Math.abs(Date.parse(timestamp) - nowMs) > TIMESTAMP_WINDOW_MS) {
    throw new AliyunError(400, 'InvalidTimeStamp.Expired', `Specified time stamp or date value is expired: ${timestamp} is more than 15 minutes from the server's time.`);
  }
  const credential = credentials.find((c) => c.accessKeyId === params.AccessKeyId);
  if (!credential) throw new AliyunError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');

  const expected = Buffer.from(rpcSignature(credential.accessKeySecret, method, params));
  const given = Buffer.from(params.Signature!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    // The cloud quotes the string it signed, so a caller can compare it with its own; it holds no secret.
    throw new AliyunError(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${rpcStringToSign(method, params)}`);
  }
  if (!nonces.claim(credential.accessKeyId, params.SignatureNonce!, nowMs)) {
    throw new AliyunError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  }
  return credential.accessKeyId;
}
