import type { Kysely } from 'kysely';
import type { Role } from '@cvm/shared';
import type { Database } from '../db/schema.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { LocalRevocationBus, type RevocationBus } from './session-revocations.ts';
import { hashToken, randomToken } from './tokens.ts';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface ResolvedSession {
  idHash: string;
  csrfToken: string;
  expiresAt: Date;
  /** When the session last proved a second factor (two-factor sign-in or a step-up); null if never. */
  secondFactorAt?: Date | null;
  /** Whether the person has two-factor sign-in on (read with the session; a change is published as a user change). */
  twoFactorOn?: boolean;
  /** Made by single sign-on: its sign-out ends the provider's session too. */
  viaSso?: boolean;
  user: SessionUser;
}

/**
 * last_seen_at is written at most this often per session, and only when the session is read from the database (a
 * request answered from memory writes nothing), so a busy console is not a stream of writes.
 */
export const TOUCH_EVERY_MS = 60_000;
/** A resolved session is trusted from memory this long; revocations evict it sooner, on every replica. */
const CACHE_MS = 10_000;

interface Cached {
  session: ResolvedSession;
  cachedAt: number;
  /**
   * The last request that used it: a session idle past its idle timeout is looked up again (and ended there). Kept
   * after the entry goes stale: the database's last_seen_at may be up to a minute older than this, and idleness is
   * measured from the later of the two.
   */
  activeAt: number;
}

/**
 * Server-side sessions: the cookie holds a random token, the database its hash, the user and the CSRF token. A
 * resolved session is kept in memory for a few seconds, so most requests cost no query; anything that ends a session
 * or changes its person is published on the revocation bus, which evicts it here and on every other replica.
 */
export class SessionStore {
  private readonly cache = new Map<string, Cached>();
  /** Counts revocations, so a session read while one arrived is not cached. */
  private generation = 0;
  /**
   * Reads under way, by session: the many requests of a busy page that find its entry stale together wait for one
   * query instead of each sending its own (fifty at once would hold the embedded database, and every request, for a
   * while). A revocation forgets them, so no request after it joins a read from before it.
   */
  private readonly loading = new Map<string, Promise<ResolvedSession | null>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy,
    private readonly revocations: RevocationBus = new LocalRevocationBus(),
    private readonly clock: Clock = systemClock,
  ) {
    revocations.subscribe((revocation) => {
      if (revocation.kind === 'account') return; // the account registry's
      this.generation++;
      this.loading.clear();
      if (revocation.kind === 'session') this.cache.delete(revocation.idHash);
      else for (const [idHash, entry] of this.cache) if (entry.session.user.id === revocation.userId) this.cache.delete(idHash);
    });
  }

  /** Something about a person changed (role, name, disabled): their sessions are read again everywhere. */
  userChanged(userId: string): Promise<void> {
    return this.revocations.publish({ kind: 'user', userId });
  }

  async create(
    userId: string,
    meta: { ip?: string; userAgent?: string; secondFactor?: boolean; viaSso?: boolean },
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = this.clock.now();
    const expiresAt = new Date(now + this.policy.absoluteMs);
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: hashToken(token),
        user_id: userId,
        csrf_token: csrfToken,
        created_at: new Date(now),
        last_seen_at: new Date(now),
        expires_at: expiresAt,
        ip: meta.ip ?? null,
        user_agent: meta.userAgent?.slice(0, 256) ?? null,
        second_factor_at: meta.secondFactor ? new Date(now) : null,
        via_sso: meta.viaSso ?? false,
      })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  /** The live session behind a cookie token, or null when it is unknown, idle too long, past its end, or its user disabled. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const idHash = hashToken(token);
    const now = this.clock.now();
    const cached = this.cache.get(idHash);
    if (cached && this.revocations.connected && now - cached.cachedAt < CACHE_MS && now - cached.activeAt < this.policy.idleMs && now < cached.session.expiresAt.getTime()) {
      // A revocation that arrived with this request is delivered first; if it evicted the entry, the session is read.
      await this.revocations.settled();
      if (this.cache.get(idHash) === cached) {
        cached.activeAt = now;
        return cached.session;
      }
    }
    let loading = this.loading.get(idHash);
    if (!loading) {
      loading = this.loadAndCache(idHash, now, cached?.activeAt).finally(() => {
        if (this.loading.get(idHash) === loading) this.loading.delete(idHash);
      });
      this.loading.set(idHash, loading);
    }
    return loading;
  }

  private async loadAndCache(idHash: string, now: number, activeAt: number | undefined): Promise<ResolvedSession | null> {
    const generation = this.generation;
    const session = await this.load(idHash, now, activeAt);
    this.cache.delete(idHash);
    // A revocation during the query may be about what it read: that answer serves the requests waiting, and is not kept.
    if (session && this.revocations.connected && generation === this.generation) {
      if (this.cache.size >= 10_000) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(idHash, { session, cachedAt: now, activeAt: now });
    }
    return session;
  }

  /** `activeAt`: this process's last request with the session, which its last_seen_at may not show yet. */
  private async load(idHash: string, now: number, activeAt = 0): Promise<ResolvedSession | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .leftJoin('user_totp', 'user_totp.user_id', 'sessions.user_id')
      .select([
        'sessions.csrf_token',
        'sessions.last_seen_at',
        'sessions.expires_at',
        'sessions.second_factor_at',
        'sessions.via_sso',
        'users.id',
        'users.username',
        'users.display_name',
        'users.role',
        'users.disabled',
        'user_totp.confirmed_at as totp_confirmed_at',
      ])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return null;
    const idleEnd = Math.max(row.last_seen_at.getTime(), activeAt) + this.policy.idleMs;
    if (row.disabled || now >= row.expires_at.getTime() || now >= idleEnd) {
      await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      return null;
    }
    if (now - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(now) })
        .where('id_hash', '=', idHash)
        .execute();
    }
    return {
      idHash,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      secondFactorAt: row.second_factor_at,
      twoFactorOn: row.totp_confirmed_at !== null,
      viaSso: row.via_sso,
      user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
    };
  }

  async destroy(token: string): Promise<void> {
    const idHash = hashToken(token);
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    await this.revocations.publish({ kind: 'session', idHash });
  }

  async destroyAllFor(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    await this.revocations.publish({ kind: 'user', userId });
    return Number(result.numDeletedRows);
  }

  /**
   * Sessions that are live now: not past their end, used within the idle timeout (as the database has last use, up to
   * a minute behind), of people not disabled. For /metrics; every replica counts the same shared table.
   */
  async countActive(): Promise<number> {
    const now = this.clock.now();
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('sessions.expires_at', '>', new Date(now))
      .where('sessions.last_seen_at', '>', new Date(now - this.policy.idleMs - 60_000))
      .where('users.disabled', '=', false)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Records that a session proved a second factor now (a step-up); every replica reads the session again. */
  async markSecondFactor(idHash: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ second_factor_at: new Date(this.clock.now()) })
      .where('id_hash', '=', idHash)
      .execute();
    await this.revocations.publish({ kind: 'session', idHash });
  }
}
