import type { Kysely, Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { AuditCategory, AuditOutcome, Database } from '../db/schema.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { redactParams, storable, targetsOf } from './redact.ts';

export interface AuditActor {
  id: string | null;
  name: string | null;
  ip: string | null;
  /** The API token the person acted with (its name); absent for a browser session. */
  tokenName?: string;
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

/** How a pending entry ends: what the cloud answered, or that its answer was lost. */
export type AuditSettlement = Pick<AuditEvent, 'errorCode' | 'errorMessage' | 'requestId' | 'targets'> & {
  outcome: Exclude<AuditOutcome, 'pending'>;
};

/** A written `pending` entry, to be settled once the answer is known. */
export interface AuditIntent {
  id: number;
  targets: string[];
}

type Executor = Kysely<Database> | Transaction<Database>;

const unavailable = () => new ConsoleError(503, 'AuditUnavailable', 'The audit log could not be written, so nothing was done; try again in a moment.');

/**
 * Appends to the audit log, and fails closed: when an entry cannot be written, the request fails and nothing it would
 * have changed is changed. A cloud mutation is written as `pending` before it is sent (begin) and settled after. The
 * application only ever inserts and settles; the database refuses every other change.
 */
export class AuditLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
    /** Told of every entry that could not be written or settled (/metrics). */
    private readonly onFailure?: (stage: 'write' | 'settle') => void,
  ) {}

  /** Writes a finished entry; in `tx` when the change it records is made in the same transaction. */
  async record(event: AuditEvent, tx: Executor = this.db): Promise<void> {
    await this.insert(event, tx);
  }

  /** Writes a mutation's entry before it is sent; throws (503) when it cannot, so the caller never sends it. */
  async begin(event: Omit<AuditEvent, 'outcome'>): Promise<AuditIntent> {
    return this.insert({ ...event, outcome: 'pending' }, this.db);
  }

  /**
   * Writes a pending entry's outcome. The change is already made (or refused) by then, so a failure here cannot undo
   * it: the entry stays `pending`, which says exactly that — sent, answer not recorded — and the failure is logged.
   */
  async settle(intent: AuditIntent, settlement: AuditSettlement): Promise<void> {
    try {
      await this.db
        .updateTable('audit_log')
        .set({
          outcome: settlement.outcome,
          targets: JSON.stringify(settlement.targets?.length ? [...new Set([...intent.targets, ...settlement.targets])] : intent.targets),
          error_code: settlement.errorCode ? storable(settlement.errorCode) : null,
          error_message: settlement.errorMessage ? storable(settlement.errorMessage.slice(0, 2000)) : null,
          request_id: settlement.requestId ? storable(settlement.requestId) : null,
        })
        .where('id', '=', intent.id)
        .where('outcome', '=', 'pending')
        .execute();
    } catch (error) {
      this.logger.error({ auditId: intent.id, outcome: settlement.outcome, err: (error as Error).message }, 'could not settle an audit entry; it stays pending');
      this.onFailure?.('settle');
    }
  }

  private async insert(event: AuditEvent, tx: Executor): Promise<AuditIntent> {
    // Whatever reached this point is stored as it can be: text no database keeps is written escaped, never dropped.
    const params = storable(redactParams(event.params ?? {}));
    const targets = targetsOf(event.params, event.targets);
    try {
      const row = await tx
        .insertInto('audit_log')
        .values({
          actor_id: event.actor.id,
          actor_name: event.actor.name === null ? null : storable(event.actor.name),
          ip: event.actor.ip,
          account_id: event.accountId ? storable(event.accountId) : null,
          region: event.region ? storable(event.region) : null,
          category: event.category,
          action: event.action,
          targets: JSON.stringify(targets),
          params: JSON.stringify(params),
          outcome: event.outcome,
          error_code: event.errorCode ? storable(event.errorCode) : null,
          error_message: event.errorMessage ? storable(event.errorMessage.slice(0, 2000)) : null,
          request_id: event.requestId ? storable(event.requestId) : null,
          token_name: event.actor.tokenName ? storable(event.actor.tokenName) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, targets };
    } catch (error) {
      this.logger.error({ action: event.action, actor: event.actor.name, outcome: event.outcome, err: (error as Error).message }, 'could not write the audit log');
      this.onFailure?.('write');
      throw unavailable();
    }
  }
}
