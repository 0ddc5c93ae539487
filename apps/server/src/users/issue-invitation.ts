import type { Kysely } from 'kysely';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';

/** How long an invitation (or a password reset link) works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

/**
 * A one-time link that lets a person set their password (replacing any link they had): the path to open, its token in
 * the fragment, so it reaches neither logs nor Referer headers. Only its hash is stored.
 */
export async function issueInvitation(db: Kysely<Database>, userId: string, createdBy: string, now: number): Promise<string> {
  const token = randomToken();
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('invitations').where('user_id', '=', userId).execute();
    await tx
      .insertInto('invitations')
      .values({ token_hash: hashToken(token), user_id: userId, created_by: createdBy, expires_at: new Date(now + INVITATION_LIFETIME_MS) })
      .execute();
  });
  return `/invite#${token}`;
}
