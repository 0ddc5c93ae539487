import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AuditCategory, AuditOutcome, Database } from '../db/schema.ts';
import { redactParams, targetsOf } from './redact.ts';

export interface AuditActor {
  id: string | null;
  name: string | null;
  ip: string | null;
}

export interface AuditEvent {
  actor: AuditActor;
  category: AuditCategory;
  action: string;
  outcome: AuditOutcome;
  accountId?: string | null;
  region?: string | null;
  params?: unknown;
  /** IDs the entry is about besides instance IDs found in params (a user's ID, an account's ID). */
  targets?: string[];
  errorCode?: string | null;
  errorMessage?: string | null;
  requestId?: string | null;
}

/** Appends to the audit log. The application only ever inserts; the database refuses updates and deletes. */
export class AuditLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
  ) {}

  async record(event: AuditEvent): Promise<void> {
    const params = redactParams(event.params ?? {});
    try {
      await this.db
        .insertInto('audit_log')
        .values({
          actor_id: event.actor.id,
          actor_name: event.actor.name,
          ip: event.actor.ip,
          account_id: event.accountId ?? null,
          region: event.region ?? null,
          category: event.category,
          action: event.action,
          targets: JSON.stringify(targetsOf(event.params, event.targets)),
          params: JSON.stringify(params),
          outcome: event.outcome,
          error_code: event.errorCode ?? null,
          error_message: event.errorMessage?.slice(0, 2000) ?? null,
          request_id: event.requestId ?? null,
        })
        .execute();
    } catch (error) {
      // Losing an audit entry is serious: say so loudly, with what it was, but never fail the person's request for it.
      this.logger.error({ action: event.action, actor: event.actor.name, outcome: event.outcome, err: (error as Error).message }, 'could not write the audit log');
    }
  }
}
