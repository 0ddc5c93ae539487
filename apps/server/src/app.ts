import express, { type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { CONSOLE_CLIENT_HEADER, type ConsoleMeta, type Role } from '@cvm/shared';
import type { AccountRegistry } from './accounts/account-registry.ts';
import { accountRouter } from './accounts/account-routes.ts';
import { actionHandler } from './api/action-route.ts';
import { firstReadsRouter } from './api/first-reads-route.ts';
import type { AuditLog } from './audit/audit-log.ts';
import { auditRouter } from './audit/audit-routes.ts';
import { auditRefusals } from './audit/refusal-audit.ts';
import { authRouter, type AuthDependencies } from './auth/auth-routes.ts';
import { authOf, bearerTokenOf, requireCsrf, resolveSession } from './auth/request-auth.ts';
import { mustEnrol } from './auth/auth-routes.ts';
import type { ApiTokenStore } from './auth/api-tokens.ts';
import type { StepUpPolicy } from './auth/step-up.ts';
import { tokenRouter } from './auth/token-routes.ts';
import { twoFactorRouter } from './auth/two-factor-routes.ts';
import { oidcRouter } from './auth/oidc-routes.ts';
import { ConsoleError } from './cloud/cloud-error.ts';
import { errorHandler } from './http/error-handler.ts';
import { hostCheck } from './http/host-check.ts';
import { jsonBody } from './http/json-body.ts';
import { securityHeaders } from './http/security-headers.ts';
import { series } from './http/series.ts';
import { staticWeb } from './http/static-web.ts';
import { accessLog } from './ops/access-log.ts';
import type { ConsoleMetrics } from './ops/console-metrics.ts';
import { healthRouter } from './ops/health-routes.ts';
import { invitationRouter } from './users/invitation-routes.ts';
import { preferenceRouter } from './users/preference-routes.ts';
import { userRouter } from './users/user-routes.ts';

export interface AppDependencies extends AuthDependencies {
  accounts: AccountRegistry;
  audit: AuditLog;
  logger: Logger;
  meta: ConsoleMeta;
  webDist: string;
  /** Extra Host header values to answer besides loopback names (ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /** The port the server ended up on, known only after listen(); needed to recognise our own Host header. */
  port: () => number;
  trustProxy: number;
  metrics: ConsoleMetrics;
  tokens: ApiTokenStore;
  /** What the dangerous actions ask of people with two-factor sign-in (auth/step-up.ts). */
  stepUp: StepUpPolicy;
  /** METRICS_TOKEN: what /metrics requires as a bearer token; unset, it answers loopback clients only. */
  metricsToken?: string;
}

/**
 * A custom header a cross-site form cannot send: with SameSite=Strict cookies and the session's CSRF token, it keeps
 * other sites from acting through a visitor's browser, even before sign-in (login CSRF).
 */
const requireClientHeader: RequestHandler = (req, _res, next) => {
  // A script with an API token is no browser: no other site can make a request carry its Authorization header.
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.get(CONSOLE_CLIENT_HEADER) !== '1' && bearerTokenOf(req) === undefined) {
    throw new ConsoleError(403, 'CsrfCheckFailed', `Requests to the API must carry the ${CONSOLE_CLIENT_HEADER} header.`);
  }
  next();
};

/**
 * What an API token may reach: cloud actions (the role decides which), who it is, the accounts to act in, and the
 * tokens themselves (so a script rotates its own). People, passwords, cloud keys, the audit log and preferences are for
 * a signed-in person in a browser.
 */
const TOKEN_ROUTES: readonly [method: string, path: RegExp][] = [
  ['POST', /^\/api\/(?!console\/)[^/]+\/[^/]+$/],
  ['GET', /^\/api\/console\/session$/],
  ['GET', /^\/api\/console\/accounts$/],
  ['GET', /^\/api\/console\/tokens$/],
  ['POST', /^\/api\/console\/tokens$/],
  ['DELETE', /^\/api\/console\/tokens\/[^/]+$/],
];

const tokensGoOnlyWhereAllowed: RequestHandler = (req, res, next) => {
  if (!authOf(res)?.bearer) return next();
  const path = req.originalUrl.split('?')[0]!;
  if (!TOKEN_ROUTES.some(([method, pattern]) => method === req.method && pattern.test(path))) {
    throw new ConsoleError(403, 'TokenNotAllowed', `${req.method} ${path} is for a signed-in person, not an API token.`);
  }
  next();
};

/** What a person who must set up two-factor sign-in may reach before they have: who they are, enrolment, sign-out. */
const ENROLMENT_ROUTES: readonly [method: string, path: RegExp][] = [
  ['GET', /^\/api\/console\/session$/],
  ['GET', /^\/api\/console\/first-reads$/],
  ['GET', /^\/api\/console\/two-factor$/],
  ['POST', /^\/api\/console\/two-factor\/(enrol|confirm)$/],
  ['POST', /^\/api\/console\/sign-out$/],
];

/** TWO_FACTOR_REQUIRED_ROLES: until their two-factor sign-in is on, people of those roles reach only enrolment. */
function enrolmentFirst(requiredRoles: readonly Role[]): RequestHandler {
  return (req, res, next) => {
    const auth = authOf(res);
    if (!auth || !mustEnrol(auth, requiredRoles)) return next();
    const path = req.originalUrl.split('?')[0]!;
    if (ENROLMENT_ROUTES.some(([method, pattern]) => method === req.method && pattern.test(path))) return next();
    throw new ConsoleError(403, 'TwoFactorEnrolmentRequired', `The ${auth.session.user.role} role requires two-factor sign-in: set it up on Your account first.`);
  };
}

/** Composition only: middleware order is the request path of docs/architecture.md. */
export function createApp(deps: AppDependencies) {
  const { logger, meta, webDist, allowedHosts = [], port } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  // No ETag on what the app answers itself with res.send and res.json (the API: no-store, so a validator is never
  // used, and hashing each 30 kB answer cost more than most of what the console does with it). A function that makes
  // none, rather than `false`: that would also turn off the ETags sendFile and express.static make for the web app's
  // files from their size and time, which browsers revalidate with.
  app.set('etag', () => undefined);
  // First: every request has its ID and its access line, refused ones included.
  app.use(accessLog(logger, deps.metrics));
  app.use(series(securityHeaders, hostCheck(port, allowedHosts)));
  app.use(healthRouter({ db: deps.db, meta, metrics: deps.metrics, metricsToken: deps.metricsToken }));
  app.get('/api/meta', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(meta);
  });
  app.use(
    '/api',
    series(requireClientHeader, ...jsonBody('1mb'), resolveSession(deps.sessions, deps.tokens), tokensGoOnlyWhereAllowed, enrolmentFirst(deps.twoFactorRequiredRoles)),
  );
  // The console's own routes are all under /api/console/: a cloud action (the busy path) does not walk past each of them.
  const consoleRoutes = express.Router();
  consoleRoutes.use(
    firstReadsRouter(deps),
    authRouter(deps),
    twoFactorRouter(deps),
    oidcRouter(deps),
    tokenRouter(deps),
    invitationRouter(deps),
    userRouter(deps),
    preferenceRouter(deps),
    accountRouter(deps),
    auditRouter(deps),
  );
  app.use((req, res, next) => (req.path.startsWith('/api/console/') ? consoleRoutes(req, res, next) : next()));
  app.post('/api/:service/:action', requireCsrf, actionHandler(deps));
  app.all('/api/{*splat}', () => {
    throw new ConsoleError(404, 'NotFound', 'No such API route; actions are called as POST /api/<service>/<Action>.');
  });
  app.use(staticWeb(webDist));
  app.use(auditRefusals(deps.audit, deps.clock));
  app.use(errorHandler(logger));
  return app;
}
