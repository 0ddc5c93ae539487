import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ConsoleMetrics } from './console-metrics.ts';

// One access-log line per request, and the request counters of /metrics. Each request has an ID: the caller's
// X-Request-Id when it is a sane one (a reverse proxy's), else a new UUID; it is sent back as X-Request-Id and is on
// the line, beside the cloud's RequestId when the request reached a cloud — one line ties a user's report, the proxy's
// log and the cloud's own request together. The line never holds a query string, a header or a body: setup and
// invitation links carry their token in the URL, and cookies and keys stay out of logs.
//
// Written on pino directly rather than with pino-http: pino-http makes two child loggers a request and serializes the
// request's headers into one of them whether or not a line is written. Measured with test/bench/proxy-profile.ts at
// 50 concurrent reads (CPU a request, console alone 491 µs): pino-http and the metrics +150 µs; this +20 µs, and
// +45 µs more when the line is written (synchronously, so a crash loses none).

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

const pathOf = (url: string | undefined) => {
  const path = url ?? '/';
  const query = path.indexOf('?');
  return query < 0 ? path : path.slice(0, query);
};

/**
 * The route as a bounded label: Express' pattern where a route matched (`/api/:service/:action`), otherwise what kind
 * of request it was — a file of the web app, or an API path no route has.
 */
function routeLabel(req: Request, path: string): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return route.path;
  return path.startsWith('/api/') ? '/api/(unmatched)' : '(web app)';
}

export function accessLog(logger: Logger, metrics: ConsoleMetrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && CALLER_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      const ms = performance.now() - started;
      const path = pathOf(req.originalUrl);
      // A client that went away before the answer was sent: nginx's 499, so it is not counted as what was sent.
      const status = res.writableFinished ? res.statusCode : 499;
      const route = routeLabel(req, path);
      metrics.httpRequests.labels(req.method, route, String(status)).inc();
      metrics.httpDuration.labels(req.method, route).observe(ms / 1000);
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (PROBES.has(path) || !logger.isLevelEnabled(level)) return;
      const auth = res.locals.auth as { session?: { user?: { username?: string } } } | undefined;
      const notes = res.locals.access as AccessNotes | undefined;
      logger[level](
        {
          reqId: id,
          method: req.method,
          path,
          status,
          ms: Math.round(ms),
          ip: req.ip,
          ...(auth?.session?.user?.username ? { user: auth.session.user.username } : {}),
          ...(notes?.cloudRequestId ? { cloudRequestId: notes.cloudRequestId } : {}),
        },
        `${req.method} ${path} ${status}`,
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
