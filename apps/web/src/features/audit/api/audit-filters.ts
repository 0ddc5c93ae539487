import type { AuditEntry } from '@cvm/shared';

/** The audit page's filters as they sit in its URL (?actor=&action=&instance=&outcome=&from=&to=). */
export interface AuditFilters {
  actor: string;
  action: string;
  instance: string;
  outcome: AuditEntry['outcome'] | '';
  /** As a datetime-local input holds it: local time, no zone (2026-11-23T09:30). */
  from: string;
  to: string;
}

export const AUDIT_FILTER_KEYS = ['actor', 'action', 'instance', 'outcome', 'from', 'to'] as const;
const OUTCOMES = ['success', 'failure', 'denied'] as const;
const INSTANCE_ID = /^ins-[a-z0-9]{8}$/;

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const outcome = params.get('outcome') ?? '';
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    instance: params.get('instance') ?? '',
    outcome: (OUTCOMES as readonly string[]).includes(outcome) ? (outcome as AuditFilters['outcome']) : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function isCompleteInstanceId(value: string): boolean {
  return INSTANCE_ID.test(value.trim());
}

/** A datetime-local value read in the browser's time zone, as ISO 8601 with an offset (the API requires one). */
function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The filters as the API's query string. Half-typed instance IDs and unparsable times are left out rather than
 * sent to be refused, so the table keeps showing something sensible while the person types.
 */
export function toAuditQuery(filters: AuditFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.actor.trim()) query.set('actor', filters.actor.trim().toLowerCase());
  if (filters.action.trim()) query.set('action', filters.action.trim());
  if (isCompleteInstanceId(filters.instance)) query.set('instance', filters.instance.trim());
  if (filters.outcome) query.set('outcome', filters.outcome);
  const from = localToIso(filters.from);
  const to = localToIso(filters.to);
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  return query;
}
