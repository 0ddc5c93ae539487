import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/** What an argon2id hash costs: memory in KiB and passes. */
export interface PasswordHashCost {
  memorySize: number;
  iterations: number;
}

/** OWASP's baseline for argon2id (19 MiB, 2 passes, 1 lane): what the console hashes with unless told otherwise. */
export const OWASP_HASH_COST: PasswordHashCost = { memorySize: 19_456, iterations: 2 };

/**
 * Hashes and checks passwords with argon2id, in WebAssembly (nothing to compile at install). The cost is a start
 * option, not configuration: only the test suites lower it, which sign in hundreds of times and assert the throttle,
 * not the hash. A hash records its own cost, so one made at any cost verifies at any other.
 */
export class PasswordHasher {
  private decoy: Promise<string> | undefined;

  constructor(private readonly cost: PasswordHashCost = OWASP_HASH_COST) {}

  hash(password: string): Promise<string> {
    return argon2id({ parallelism: 1, hashLength: 32, ...this.cost, password, salt: randomBytes(16), outputType: 'encoded' });
  }

  async verify(password: string, encoded: string): Promise<boolean> {
    try {
      return await argon2Verify({ password, hash: encoded });
    } catch {
      return false;
    }
  }

  /** A hash of nothing in particular, verified when the username is unknown so both paths take the same time. */
  decoyHash(): Promise<string> {
    this.decoy ??= this.hash(randomBytes(16).toString('hex'));
    return this.decoy;
  }
}

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
