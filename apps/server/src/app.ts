import express from 'express';
import type { Logger } from 'pino';
import type { ConsoleMeta } from '@cvm/shared';
import { actionRouter } from './api/action-route.ts';
import type { CloudClient } from './cloud/cloud-client.ts';
import { ConsoleError } from './cloud/cloud-error.ts';
import { errorHandler } from './http/error-handler.ts';
import { hostCheck } from './http/host-check.ts';
import { securityHeaders } from './http/security-headers.ts';
import { staticWeb } from './http/static-web.ts';

export interface AppDependencies {
  cloud: CloudClient;
  logger: Logger;
  meta: ConsoleMeta;
  webDist: string;
  /** Extra Host header values to answer besides loopback names (ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /** The port the server ended up on, known only after listen(); needed to recognise our own Host header. */
  port: () => number;
}

/** Composition only: middleware order is the request path of docs/architecture.md. */
export function createApp({ cloud, logger, meta, webDist, allowedHosts = [], port }: AppDependencies) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.use(hostCheck(port, allowedHosts));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mode: meta.mode });
  });
  app.get('/api/meta', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(meta);
  });
  app.use('/api', express.json({ limit: '1mb', strict: true, type: () => true }));
  app.use(actionRouter(cloud));
  app.all('/api/{*splat}', () => {
    throw new ConsoleError(404, 'NotFound', 'No such API route; actions are called as POST /api/<service>/<Action>.');
  });
  app.use(staticWeb(webDist));
  app.use(errorHandler(logger));
  return app;
}
