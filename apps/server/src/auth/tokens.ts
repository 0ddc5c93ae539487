import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret: session cookies, CSRF tokens, invitation links, setup tokens. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** What the database keeps of a token: its hash, so a leaked table opens nothing. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
