import { sql, type Kysely } from 'kysely';

// Accounts belong to a cloud: Tencent Cloud (every account before this migration) or Alibaba Cloud.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cloud_accounts')
    .addColumn('cloud', 'text', (c) => c.notNull().defaultTo('tencent').check(sql`cloud in ('tencent', 'aliyun')`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cloud_accounts').dropColumn('cloud').execute();
}
