import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { API_TOKEN_PREFIX, ROLE_ORDER, type ApiToken, type Role } from '@cvm/shared';
import type { Database } from '../db/schema.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import type { ResolvedSession } from './session-store.ts';
import { hashToken, randomToken } from './tokens.ts';

// API tokens (db migration 0005): made by a person for scripts, shown once, kept as their SHA-256. A token acts as its
// owner with the lower of the token's role and the owner's role now, so demoting a person demotes their tokens, and
// disabling or deleting them ends their tokens. Read from the database at every request (one indexed lookup): a
// revoked token is refused by the next request on every replica, with no cache to evict.

/** How often a token's last use is written: a script calling every second costs a write a minute, not a second. */
const LAST_USED_GRANULARITY_MS = 60_000;

/** A token's bearer, as a request sees it: the owner as a session would, and which token. */
export interface TokenBearer {
  session: ResolvedSession;
  tokenId: string;
  tokenName: string;
}

const lower = (a: Role, b: Role): Role => (ROLE_ORDER.indexOf(a) <= ROLE_ORDER.indexOf(b) ? a : b);

type TokenRow = { id: string; name: string; role: Role; created_at: Date; expires_at: Date; last_used_at: Date | null; user_id: string; username: string };

const toApiToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  owner: { id: row.user_id, username: row.username },
});

export class ApiTokenStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock = systemClock,
  ) {}

  /** A new token for a person; the token itself is in the answer and nowhere else. */
  async create(userId: string, input: { name: string; role: Role; expiresInDays: number }): Promise<{ token: string; apiToken: ApiToken }> {
    const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
    const id = randomUUID();
    await this.db
      .insertInto('api_tokens')
      .values({ id, user_id: userId, name: input.name, role: input.role, token_hash: hashToken(token), expires_at: new Date(this.clock.now() + input.expiresInDays * 86_400_000) })
      .execute();
    const [apiToken] = await this.list({ id });
    return { token, apiToken: apiToken! };
  }

  /** Tokens by owner, or one by ID, or everyone's; newest first. Ended ones are listed until removed. */
  async list(filter: { userId?: string; id?: string }): Promise<ApiToken[]> {
    let query = this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.name',
        'api_tokens.role',
        'api_tokens.created_at',
        'api_tokens.expires_at',
        'api_tokens.last_used_at',
        'api_tokens.user_id',
        'users.username',
      ]);
    if (filter.userId) query = query.where('api_tokens.user_id', '=', filter.userId);
    if (filter.id) query = query.where('api_tokens.id', '=', filter.id);
    const rows = await query.orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id').execute();
    return rows.map((row) => toApiToken(row as TokenRow));
  }

  /** Removes a token: the next request that sends it is refused, on every replica. */
  async revoke(id: string): Promise<void> {
    await this.db.deleteFrom('api_tokens').where('id', '=', id).execute();
  }

  /** The bearer of a token: undefined for one unknown, revoked, ended, or whose owner is disabled. */
  async resolve(token: string): Promise<TokenBearer | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.name',
        'api_tokens.role',
        'api_tokens.expires_at',
        'api_tokens.last_used_at',
        'users.id as user_id',
        'users.username',
        'users.display_name',
        'users.role as user_role',
        'users.disabled',
      ])
      .where('api_tokens.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    const now = this.clock.now();
    if (!row || row.disabled || row.expires_at.getTime() <= now) return undefined;
    if (!row.last_used_at || now - row.last_used_at.getTime() >= LAST_USED_GRANULARITY_MS) {
      await this.db
        .updateTable('api_tokens')
        .set({ last_used_at: new Date(now) })
        .where('id', '=', row.id)
        .execute();
    }
    return {
      tokenId: row.id,
      tokenName: row.name,
      session: {
        // A token is no session: nothing to sign out, no CSRF token (no cookie can carry it).
        idHash: '',
        csrfToken: '',
        expiresAt: row.expires_at,
        user: { id: row.user_id, username: row.username, displayName: row.display_name, role: lower(row.role, row.user_role) },
      },
    };
  }
}
