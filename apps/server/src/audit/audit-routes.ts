import { Router, type Response } from 'express';
import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import { toCsv, type AuditEntry, type AuditPage } from '@cvm/shared';
import { requireRole, signedIn } from '../auth/request-auth.ts';
import type { AuditLog } from './audit-log.ts';
import type { AuditLogTable, Database } from '../db/schema.ts';
import { parseBody } from '../http/parse-body.ts';

// The audit page's data: filter by person, action, instance and time; newest first, paged by cursor; CSV export.

const filterSchema = z.strictObject({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  instance: z
    .string()
    .trim()
    .regex(/^ins-[a-z0-9]{8}$/, 'must be an instance ID such as ins-a1b2c3d4')
    .optional(),
  outcome: z.enum(['pending', 'unknown', 'success', 'failure', 'denied']).optional(),
  category: z.enum(['cloud', 'security', 'admin']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
type AuditFilter = z.output<typeof filterSchema>;

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    ip: row.ip,
    accountId: row.account_id,
    region: row.region,
    category: row.category,
    action: row.action,
    targets: row.targets,
    params: row.params,
    outcome: row.outcome,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    requestId: row.request_id,
    tokenName: row.token_name,
  };
}

function filtered(db: Kysely<Database>, filter: AuditFilter): SelectQueryBuilder<Database, 'audit_log', object> {
  let query = db.selectFrom('audit_log');
  if (filter.actor) query = query.where('actor_name', '=', filter.actor.toLowerCase());
  if (filter.action) query = query.where('action', 'like', `${filter.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (filter.instance) query = query.where(sql<boolean>`targets @> ${JSON.stringify([filter.instance])}::jsonb`);
  if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.from) query = query.where('at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('at', '<=', new Date(filter.to));
  if (filter.before) query = query.where('id', '<', filter.before);
  return query;
}

export function auditRouter({ db, audit }: { db: Kysely<Database>; audit: AuditLog }): Router {
  const router = Router();

  router.get('/api/console/audit', requireRole('admin', audit, 'audit.read'), async (req, res: Response) => {
    signedIn(res);
    const filter = parseBody(filterSchema, req.query);
    const rows = await filtered(db, filter)
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit + 1)
      .execute();
    const entries = rows.slice(0, filter.limit).map(toEntry);
    const page: AuditPage = { entries, nextCursor: rows.length > filter.limit ? entries.at(-1)!.id : null };
    res.set('Cache-Control', 'no-store').json(page);
  });

  router.get('/api/console/audit.csv', requireRole('admin', audit, 'audit.export'), async (req, res) => {
    const filter = parseBody(filterSchema.extend({ limit: z.coerce.number().int().min(1).max(100_000).default(10_000) }), req.query);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    });
    res.write(
      toCsv([['id', 'time', 'actor', 'ip', 'account', 'region', 'category', 'action', 'targets', 'outcome', 'error_code', 'error_message', 'request_id', 'params', 'token']]),
    );
    // In batches, newest first, so a large export never sits in memory whole.
    let before = filter.before;
    let remaining = filter.limit;
    while (remaining > 0) {
      const rows = await filtered(db, { ...filter, before })
        .selectAll()
        .orderBy('id', 'desc')
        .limit(Math.min(1000, remaining))
        .execute();
      if (rows.length === 0) break;
      res.write(
        toCsv(
          rows.map((row) => [
            String(row.id),
            row.at.toISOString(),
            row.actor_name ?? '',
            row.ip ?? '',
            row.account_id ?? '',
            row.region ?? '',
            row.category,
            row.action,
            row.targets.join(' '),
            row.outcome,
            row.error_code ?? '',
            row.error_message ?? '',
            row.request_id ?? '',
            JSON.stringify(row.params),
            row.token_name ?? '',
          ]),
        ),
      );
      remaining -= rows.length;
      before = rows.at(-1)!.id;
    }
    res.end();
  });

  return router;
}
