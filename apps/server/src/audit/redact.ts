import { escapeUnstorable } from '@cvm/shared';

/**
 * Parameters as the audit log keeps them: anything that could be a secret (passwords, secret keys, tokens, private
 * keys, user data) is replaced, however deeply it is nested. IDs that merely name a secret stay (KeyIds), or keep their last four characters (SecretId).
 */
const SECRET_KEY = /password|passwd|secretkey|secret_key|^secret$|token|privatekey|private_key|userdata|credential/i;

/** Idempotency tokens are not secrets, and finding a duplicate purchase needs them. */
const NOT_SECRET = /^clienttoken$/i;

/** SecretIds name a key rather than being one, but the console shows only their last four characters anywhere. */
const SECRET_ID = /^secret_?id$/i;

export const REDACTED = '[redacted]';

export function redactParams(value: unknown, depth = 0): unknown {
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactParams(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) && !NOT_SECRET.test(key) ? REDACTED : SECRET_ID.test(key) && typeof item === 'string' ? `…${item.slice(-4)}` : redactParams(item, depth + 1),
      ]),
    );
  }
  if (typeof value === 'string' && value.length > 1024) return `${value.slice(0, 1024)}…`;
  return value;
}

/**
 * IDs an audit entry is about: CVM instances (ins-), HAI instances (hai-), Alibaba Cloud ECS instances (i-) and scaling
 * groups (asg-).
 */
const TARGET_ID = /^(ins-[a-z0-9]{8}|hai-[a-z0-9]{8,9}|i-[a-z0-9]{20}|asg-[a-z0-9]{20})$/;

/** The resource IDs an entry is about, found anywhere in its parameters, and any ID the caller adds. */
export function targetsOf(params: unknown, extra: string[] = []): string[] {
  const found = new Set(extra);
  const visit = (value: unknown, depth: number) => {
    if (depth > 6) return;
    if (typeof value === 'string' && TARGET_ID.test(value)) found.add(value);
    else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => visit(v, depth + 1));
  };
  visit(params, 0);
  return [...found].slice(0, 200);
}

/**
 * A value as the database can keep it: text with NUL or lone surrogates written as \uXXXX escapes, in keys too. Input
 * with such text is refused where it enters; this is the last line, so an entry about it can still be written.
 */
export function storable<T>(value: T): T;
export function storable(value: unknown): unknown {
  if (typeof value === 'string') return escapeUnstorable(value);
  if (Array.isArray(value)) return value.map((item) => storable(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [escapeUnstorable(key), storable(item)]));
  }
  return value;
}
