import { sql, type Kysely } from 'kysely';

// A cloud account may be a CAM role instead of a stored key pair: its calls are signed with temporary keys STS
// AssumeRole gives the console's base credentials for it (accounts/assumed-role-caller.ts). Such a row keeps no
// secret at all; every row is one or the other.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cloud_accounts alter column secret_id drop not null, alter column secret_key_enc drop not null`.execute(db);
  await db.schema.alterTable('cloud_accounts').addColumn('role_arn', 'text').addColumn('role_session_name', 'text').addColumn('role_duration_seconds', 'integer').execute();
  await sql`alter table cloud_accounts add constraint cloud_accounts_keys_or_role check (
    (role_arn is null and secret_id is not null and secret_key_enc is not null)
    or (role_arn is not null and secret_id is null and secret_key_enc is null and token_enc is null
        and role_session_name is not null and role_duration_seconds is not null))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cloud_accounts drop constraint cloud_accounts_keys_or_role`.execute(db);
  await db.schema.alterTable('cloud_accounts').dropColumn('role_arn').dropColumn('role_session_name').dropColumn('role_duration_seconds').execute();
}
