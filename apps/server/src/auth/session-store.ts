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
  user: SessionUser;
}

/** last_seen_at is written at most this often, so reading a page does not turn every request into a write. */
const TOUCH_EVERY_MS = 30_000;
/** A resolved session is trusted from memory this long; revocations evict it sooner, on every replica. */
const CACHE_MS = 10_000;

interface Cached {
  session: ResolvedSession;
  cachedAt: number;
  /** The last request that used it: a session idle past its idle timeout is looked up again (and ended there). */
  activeAt: number;
}

/**
 * Server-side sessions: the cookie holds a random token, the database its hash, the user and the CSRF token. A
 * resolved session is kept in memory for a few seconds, so most requests cost no query; anything that ends a session
 * or changes its person is published on the revocation bus, which evicts it here and on every other replica.
 */
export class SessionStore {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy,
    private readonly revocations: RevocationBus = new LocalRevocationBus(),
    private readonly clock: Clock = systemClock,
  ) {
    revocations.subscribe((revocation) => {
      if (revocation.kind === 'session') this.cache.delete(revocation.idHash);
      else for (const [idHash, entry] of this.cache) if (entry.session.user.id === revocation.userId) this.cache.delete(idHash);
    });
  }

  /** Something about a person changed (role, name, disabled): their sessions are read again everywhere. */
  userChanged(userId: string): Promise<void> {
    return this.revocations.publish({ kind: 'user', userId });
  }

  async create(userId: string, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
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
      cached.activeAt = now;
      return cached.session;
    }
    this.cache.delete(idHash);
    const session = await this.load(idHash, now);
    if (session && this.revocations.connected) {
      if (this.cache.size >= 10_000) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(idHash, { session, cachedAt: now, activeAt: now });
    }
    return session;
  }

  private async load(idHash: string, now: number): Promise<ResolvedSession | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.csrf_token', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.username', 'users.display_name', 'users.role', 'users.disabled'])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return null;
    const idleEnd = row.last_seen_at.getTime() + this.policy.idleMs;
    if (row.disabled || now >= row.expires_at.getTime() || now >= idleEnd) {
      await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      return null;
    }
    if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
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
}
