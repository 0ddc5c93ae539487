import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import express, { type Request } from 'express';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ConsoleMeta } from '@cvm/shared';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { pendingMigrations } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { ConsoleMetrics } from './console-metrics.ts';

// What a load balancer, an orchestrator and Prometheus ask, outside the API and its sign-in:
//   GET /healthz  the process is alive (no database round trip: a slow database must not get replicas killed)
//   GET /readyz   it can serve: the database answers and has every migration this code knows; 503 otherwise
//   GET /metrics  Prometheus text; with METRICS_TOKEN a bearer token is required, without it loopback clients only

/** Longer than a healthy database ever takes, shorter than a probe's own timeout. */
const READY_TIMEOUT_MS = 2_000;

export interface HealthDependencies {
  db: Kysely<Database>;
  meta: ConsoleMeta;
  metrics: ConsoleMetrics;
  /** METRICS_TOKEN: the bearer token /metrics requires; unset, only loopback clients may read it. */
  metricsToken?: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The client as Express sees it (X-Forwarded-For honoured only as far as TRUST_PROXY says), on loopback. */
function fromLoopback(req: Request): boolean {
  const ip = req.ip ?? '';
  return isIP(ip) !== 0 && (LOOPBACK.has(ip) || ip.startsWith('127.'));
}

function bearerMatches(req: Request, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function healthRouter({ db, meta, metrics, metricsToken }: HealthDependencies) {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', mode: meta.mode, version: meta.version });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      await withTimeout(sql`select 1`.execute(db), READY_TIMEOUT_MS);
    } catch (error) {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', message: `The database did not answer: ${(error as Error).message}.` });
      return;
    }
    const pending = await withTimeout(pendingMigrations(db), READY_TIMEOUT_MS).catch(() => undefined);
    if (!pending || pending.length) {
      res.status(503).json({ status: 'unavailable', database: 'ok', migrations: pending ?? 'unknown', message: 'The database schema is not up to date yet.' });
      return;
    }
    res.json({ status: 'ready', database: 'ok', migrations: 'done', version: meta.version });
  });
  router.get('/metrics', async (req, res) => {
    if (metricsToken ? !bearerMatches(req, metricsToken) : !fromLoopback(req)) {
      throw metricsToken
        ? new ConsoleError(401, 'Unauthorized', '/metrics needs the METRICS_TOKEN as a bearer token (Authorization: Bearer …).')
        : new ConsoleError(403, 'Forbidden', '/metrics answers loopback clients only; set METRICS_TOKEN to let a scraper elsewhere read it.');
    }
    res
      .set('Content-Type', metrics.registry.contentType)
      .set('Cache-Control', 'no-store')
      .send(await metrics.registry.metrics());
  });
  return router;
}
