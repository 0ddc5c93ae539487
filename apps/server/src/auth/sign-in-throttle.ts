import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface ThrottlePolicy {
  /** Failures, per account, before it is locked. */
  accountThreshold: number;
  /** Failures, per address, before it is locked (higher: offices share addresses). */
  addressThreshold: number;
  /** How long failures are remembered, and how long a lock lasts. */
  windowMs: number;
  lockMs: number;
}

export interface ThrottleState {
  /** When the sign-in may be tried again; undefined when it is not locked. */
  lockedUntil?: Date;
  /** Which key is locked: the account or the address. */
  scope?: 'account' | 'address';
  failures: number;
}

/**
 * Repeated failed sign-ins are slowed, then locked for a while, per account and per address. The counters live in the
 * database, so every replica enforces the same limits.
 */
export class SignInThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(username: string, ip: string) {
    return [
      { key: `user:${username}`, scope: 'account' as const, threshold: this.policy.accountThreshold },
      { key: `ip:${ip}`, scope: 'address' as const, threshold: this.policy.addressThreshold },
    ];
  }

  async check(username: string, ip: string): Promise<ThrottleState> {
    const keys = this.keys(username, ip);
    const rows = await this.db.selectFrom('sign_in_throttle').selectAll().where('key', 'in', keys.map((k) => k.key)).execute();
    const now = this.now();
    let failures = 0;
    for (const { key, scope } of keys) {
      const row = rows.find((r) => r.key === key);
      if (!row) continue;
      if (row.locked_until && row.locked_until.getTime() > now) return { lockedUntil: row.locked_until, scope, failures: row.failures };
      if (scope === 'account' && now - row.window_started_at.getTime() < this.policy.windowMs) failures = row.failures;
    }
    return { failures };
  }

  /** Counts a failure on both keys, atomically even across replicas, and locks a key that reaches its threshold. */
  async recordFailure(username: string, ip: string): Promise<ThrottleState> {
    const now = new Date(this.now());
    const windowStart = new Date(now.getTime() - this.policy.windowMs);
    const lockUntil = new Date(now.getTime() + this.policy.lockMs);
    let result: ThrottleState = { failures: 0 };
    for (const { key, scope, threshold } of this.keys(username, ip)) {
      const row = await this.db
        .insertInto('sign_in_throttle')
        .values({ key, failures: 1, window_started_at: now, locked_until: threshold <= 1 ? lockUntil : null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => {
            // A window that has run out starts again at one failure.
            const expired = eb(eb.ref('sign_in_throttle.window_started_at'), '<', windowStart);
            const failures = eb.case().when(expired).then(1).else(eb(eb.ref('sign_in_throttle.failures'), '+', 1)).end();
            return {
              failures,
              window_started_at: eb.case().when(expired).then(now).else(eb.ref('sign_in_throttle.window_started_at')).end(),
              locked_until: eb
                .case()
                .when(sql<boolean>`${failures} >= ${threshold}`)
                .then(lockUntil)
                .else(eb.ref('sign_in_throttle.locked_until'))
                .end(),
            };
          }),
        )
        .returning(['failures', 'locked_until'])
        .executeTakeFirstOrThrow();
      if (scope === 'account') result = { failures: row.failures };
      if (row.locked_until && row.locked_until.getTime() > now.getTime() && !result.lockedUntil) {
        result = { ...result, lockedUntil: row.locked_until, scope };
      }
    }
    return result;
  }

  async reset(username: string): Promise<void> {
    await this.db.deleteFrom('sign_in_throttle').where('key', '=', `user:${username}`).execute();
  }
}
