import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { hashToken, randomToken } from './tokens.ts';

/**
 * First run: no users exist, so the server prints a one-time setup token, and only someone who can read the server's
 * log can create the first admin. Each replica prints its own token; any of them works once, then all are void.
 */
export class SetupTokens {
  constructor(private readonly db: Kysely<Database>) {}

  async needed(): Promise<boolean> {
    const row = await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return !row;
  }

  /** Issues a token when setup is still needed; `fixed` is an operator-chosen token (SETUP_TOKEN). */
  async issue(fixed?: string): Promise<string | undefined> {
    if (!(await this.needed())) return undefined;
    const token = fixed ?? randomToken(18);
    await this.db
      .insertInto('setup_tokens')
      .values({ token_hash: hashToken(token) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return token;
  }

  async isValid(token: string): Promise<boolean> {
    const row = await this.db.selectFrom('setup_tokens').select('token_hash').where('token_hash', '=', hashToken(token)).executeTakeFirst();
    return Boolean(row);
  }
}
