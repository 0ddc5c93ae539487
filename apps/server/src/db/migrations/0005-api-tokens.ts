import { sql, type Kysely } from 'kysely';

// API tokens: what a script uses instead of a browser's cookie and CSRF token. A person's, named, with a role no higher
// than theirs and an end; only the SHA-256 of the token is kept (shown once, at creation). The audit log says which
// token an entry was made with.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('viewer', 'operator', 'admin')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addUniqueConstraint('api_tokens_user_name', ['user_id', 'name'])
    .execute();
  await db.schema.alterTable('audit_log').addColumn('token_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('token_name').execute();
  await db.schema.dropTable('api_tokens').execute();
}
