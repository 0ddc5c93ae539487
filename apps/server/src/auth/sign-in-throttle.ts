import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { hashToken } from './tokens.ts';

export interface ThrottlePolicy {
  /** Attempts, per account, before it is locked. */
  accountThreshold: number;
  /** Attempts, per address, before it is locked (higher: offices share addresses). */
  addressThreshold: number;
  /** How long attempts are remembered, and how long a lock lasts. */
  windowMs: number;
  lockMs: number;
}

export interface Admission {
  /** False when the attempt must be refused without looking at the password. */
  admitted: boolean;
  /** When sign-in may be tried again, once a key is locked. */
  lockedUntil?: Date;
  /** Which key is locked: the account or the address. */
  scope?: 'account' | 'address';
  /** Attempts on the account in this window, this one included. */
  attempts: number;
}

type Scope = 'account' | 'address';

/**
 * Guessing passwords is slowed, then locked for a while, per account and per address. Every attempt is counted
 * before its password is checked, in one statement on both keys, so a burst of concurrent guesses cannot all slip
 * in before the first failure is written: the row lock of the upsert orders them, on PGlite, on PostgreSQL and
 * across replicas. A successful sign-in clears the account's count and gives its attempt back to the address.
 * Keys hold a hash of the name typed, never the name: people type passwords into username boxes.
 */
export class SignInThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: ThrottlePolicy,
    private readonly clock: Clock = systemClock,
  ) {}

  private accountKey = (username: string) => `user:${hashToken(username)}`;
  private addressKey = (ip: string) => `ip:${ip}`;

  /** Counts this attempt on the account and the address, and says whether its password may be checked. */
  async admit(username: string, ip: string): Promise<Admission> {
    const now = new Date(this.clock.now());
    const windowStart = new Date(now.getTime() - this.policy.windowMs);
    const lockUntil = new Date(now.getTime() + this.policy.lockMs);
    const accountKey = this.accountKey(username);
    const { accountThreshold, addressThreshold } = this.policy;
    const threshold = sql`(case when t.key like 'user:%' then ${accountThreshold}::int else ${addressThreshold}::int end)`;
    // A key starts again at one when its window has run out (and it is not locked) or its lock has ended.
    const fresh = sql`(t.locked_until <= ${now} or (t.locked_until is null and t.window_started_at < ${windowStart}))`;
    const rows = await sql<{ key: string; failures: number; locked_until: Date | null }>`
      insert into sign_in_throttle as t (key, failures, window_started_at, locked_until)
      values
        (${accountKey}, 1, ${now}, ${accountThreshold <= 1 ? lockUntil : null}),
        (${this.addressKey(ip)}, 1, ${now}, ${addressThreshold <= 1 ? lockUntil : null})
      on conflict (key) do update set
        failures = case when ${fresh} then 1 else t.failures + 1 end,
        window_started_at = case when ${fresh} then ${now} else t.window_started_at end,
        locked_until = case
          when ${fresh} then case when ${threshold} <= 1 then ${lockUntil}::timestamptz else null end
          when t.failures + 1 >= ${threshold} then coalesce(t.locked_until, ${lockUntil}::timestamptz)
          else t.locked_until end
      returning key, failures, locked_until`.execute(this.db);
    let admission: Admission = { admitted: true, attempts: 0 };
    for (const row of rows.rows) {
      const scope: Scope = row.key === accountKey ? 'account' : 'address';
      const threshold = scope === 'account' ? accountThreshold : addressThreshold;
      if (scope === 'account') admission.attempts = row.failures;
      // The attempt that reaches the threshold is still checked; the ones after it are not.
      if (row.failures > threshold && admission.admitted) {
        admission = { ...admission, admitted: false, lockedUntil: row.locked_until ?? lockUntil, scope };
      } else if (row.locked_until && row.locked_until > now && !admission.lockedUntil) {
        admission = { ...admission, lockedUntil: row.locked_until, scope };
      }
    }
    return admission;
  }

  /** The password was right: the account's attempts are forgotten, and the address gets this attempt back. */
  async succeeded(username: string, ip: string): Promise<void> {
    await this.db.deleteFrom('sign_in_throttle').where('key', '=', this.accountKey(username)).execute();
    await this.db
      .updateTable('sign_in_throttle')
      .set((eb) => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
      .where('key', '=', this.addressKey(ip))
      .execute();
  }
}
