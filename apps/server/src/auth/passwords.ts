import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

// argon2id with OWASP's baseline parameters (19 MiB, 2 passes, 1 lane), in WebAssembly: nothing to compile at install.
const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash: encoded });
  } catch {
    return false;
  }
}

/** A hash of nothing in particular, verified when the username is unknown so both paths take the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

export const PASSWORD_MIN_LENGTH = 10;
const COMMON = ['password', '123456', 'qwerty', 'letmein', 'welcome', 'admin', 'iloveyou', 'monkey', 'dragon', 'tencent'];

/** Why a password is refused, in words, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > 256) return 'The password must have at most 256 characters.';
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) return 'The password must not contain the username.';
  if (COMMON.some((word) => lower.replace(/[^a-z0-9]/g, '').startsWith(word)) && new Set(lower).size < 6) {
    return 'The password is too easy to guess.';
  }
  if (new Set(password).size < 4) return 'The password is too easy to guess.';
  return undefined;
}
