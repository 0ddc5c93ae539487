import { sql, type Kysely } from 'kysely';

// The audit log fails closed: a mutation's entry is written as `pending` before anything is sent to a cloud, and its
// outcome is written once, when the answer is known. The log stays append-only otherwise: a row can be changed only
// from pending to an outcome, keeping who, when, where, what and the parameters exactly as first written; no row can be
// deleted and the table cannot be truncated.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log drop constraint audit_log_outcome_check`.execute(db);
  await sql`alter table audit_log add constraint audit_log_outcome_check
    check (outcome in ('pending', 'unknown', 'success', 'failure', 'denied'))`.execute(db);
  await sql`drop trigger audit_log_append_only on audit_log`.execute(db);
  await sql`create function audit_log_settle_once() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.outcome = 'pending' and new.outcome <> 'pending'
        and (new.id, new.at, new.actor_id, new.actor_name, new.ip, new.account_id, new.region, new.category, new.action, new.params)
          is not distinct from (old.id, old.at, old.actor_id, old.actor_name, old.ip, old.account_id, old.region, old.category, old.action, old.params)
      then
        return new;
      end if;
      raise exception 'audit_log is append-only: an entry''s outcome is written once, and nothing else changes';
    end $$`.execute(db);
  await sql`create trigger audit_log_settle_once before update or delete on audit_log
    for each row execute function audit_log_settle_once()`.execute(db);
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
  // Entries still pending are what an operator looks for after a crash.
  await sql`create index audit_log_pending on audit_log (id) where outcome = 'pending'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The audit log keeps its entries: this migration is not reversible.');
}
