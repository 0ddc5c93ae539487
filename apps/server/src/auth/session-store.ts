import type { Kysely } from 'kysely';
import type { Role } from '@cvm/shared';
import type { Database } from '../db/schema.ts';
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

/** Server-side sessions: the cookie holds a random token, the database its hash, the user and the CSRF token. */
export class SessionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  async create(userId: string, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = this.now();
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
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.csrf_token', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.username', 'users.display_name', 'users.role', 'users.disabled'])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return null;
    const now = this.now();
    const idleEnd = row.last_seen_at.getTime() + this.policy.idleMs;
    if (row.disabled || now >= row.expires_at.getTime() || now >= idleEnd) {
      await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      return null;
    }
    if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await this.db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id_hash', '=', idHash).execute();
    }
    return {
      idHash,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
    };
  }

  async destroy(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', hashToken(token)).execute();
  }

  async destroyAllFor(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
