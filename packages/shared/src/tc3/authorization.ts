import { TC3_ALGORITHM } from './sign.ts';

export interface ParsedAuthorization {
  secretId: string;
  date: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

// "TC3-HMAC-SHA256 Credential=AKID.../2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=hex"
const AUTHORIZATION_PATTERN = /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([^/\s,]+)\/tc3_request, ?SignedHeaders=([a-z0-9;_-]+), ?Signature=([0-9a-f]{64})$/;

/** Parses an Authorization header; null when it does not follow the TC3 form. */
export function parseTc3Authorization(header: string | undefined): ParsedAuthorization | null {
  if (!header || !header.startsWith(TC3_ALGORITHM)) return null;
  const match = AUTHORIZATION_PATTERN.exec(header.trim());
  if (!match) return null;
  const [, secretId, date, service, signedHeaders, signature] = match as unknown as [string, string, string, string, string, string];
  return { secretId, date, service, signedHeaders: signedHeaders.split(';'), signature };
}
