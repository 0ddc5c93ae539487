import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ConsoleMetrics } from './console-metrics.ts';

// One access-log line per request (pino-http), and the request counters of /metrics. Each request has an ID: the
// caller's X-Request-Id when it is a sane one (a reverse proxy's), else a new UUID; it is sent back as X-Request-Id and
// is on the line, beside the cloud's RequestId when the request reached a cloud — one line ties a user's report, the
// proxy's log and the cloud's own request together. The line never holds a query string, a header or a body:
// setup and invitation links carry their token in the URL, and cookies and keys stay out of logs.

/** A request ID a caller may choose: short, and nothing a log viewer could mistake for structure. */
const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Probes that ask every few seconds: counted in /metrics, not written to the log. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** What a handler learnt on the way that belongs on the access line (set on res.locals.access). */
export interface AccessNotes {
  /** The cloud's RequestId of the call this request made. */
  cloudRequestId?: string;
}

export function accessNotes(res: Response): AccessNotes {
  res.locals.access ??= {};
  return res.locals.access as AccessNotes;
}

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0]!;

/**
 * The route as a bounded label: Express' pattern where a route matched (`/api/:service/:action`), otherwise what kind
 * of request it was — a file of the web app, or an API path no route has.
 */
function routeLabel(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return route.path;
  return pathOf(req.originalUrl).startsWith('/api/') ? '/api/(unmatched)' : '(web app)';
}

export function accessLog(logger: Logger, metrics: ConsoleMetrics): RequestHandler[] {
  const log = pinoHttp({
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && CALLER_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => PROBES.has(pathOf(req.url)) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf((req as Request).originalUrl ?? req.url)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf((req as Request).originalUrl ?? req.url)} ${res.statusCode}`,
    customSuccessObject: (req, res, value) => accessLine(req as Request, res as Response, value),
    customErrorObject: (req, res, _error, value) => accessLine(req as Request, res as Response, value),
  });
  const count: RequestHandler = (req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      const route = routeLabel(req);
      metrics.httpRequests.labels(req.method, route, String(res.statusCode)).inc();
      metrics.httpDuration.labels(req.method, route).observe((performance.now() - started) / 1000);
    });
    next();
  };
  return [log as unknown as RequestHandler, count];
}

/** The line's fields: who asked what, how it ended, and the cloud's RequestId when there was one. */
function accessLine(req: Request, res: Response, value: { responseTime?: number; err?: unknown }) {
  const auth = res.locals.auth as { session?: { user?: { username?: string } } } | undefined;
  const notes = res.locals.access as AccessNotes | undefined;
  return {
    method: req.method,
    path: pathOf(req.originalUrl),
    status: res.statusCode,
    ms: value.responseTime,
    ip: req.ip,
    ...(auth?.session?.user?.username ? { user: auth.session.user.username } : {}),
    ...(notes?.cloudRequestId ? { cloudRequestId: notes.cloudRequestId } : {}),
  };
}
