import { sql, type Kysely } from 'kysely';

// Single sign-on with OpenID Connect: a person made or recognised by their provider's subject (issuer and sub), the
// sign-ins under way (state, nonce and PKCE verifier, kept for ten minutes so any replica can take the callback), and
// whether a session came through the provider (its sign-out ends the provider's session too).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('sso_subject', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .createTable('oidc_requests')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('next_path', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('via_sso', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('via_sso').execute();
  await db.schema.dropTable('oidc_requests').execute();
  await db.schema.alterTable('users').dropColumn('sso_subject').execute();
}
