import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { precompressedStatic, sendNegotiated } from './precompressed.ts';

// Hashed file names under /assets never change, so browsers keep them a year; everything else is revalidated.
const ASSETS = { immutable: true, maxAge: '1y' } as const;
const ROOT_FILES = { maxAge: 0 } as const;

/**
 * Serves the built web app; unknown paths get index.html so deep links (/?instance=...) load the app. Files the build
 * precompressed (apps/web/build/precompress.ts) go out as brotli or gzip by Accept-Encoding (precompressed.ts); the
 * others, and every request for a file without siblings, as express.static serves them.
 */
export function staticWeb(dist: string): Router {
  const router = Router();
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The web app is not built yet: run `pnpm start` (it builds apps/web) or `pnpm build`.');
    });
    return router;
  }
  const assets = path.join(dist, 'assets');
  router.use('/assets', precompressedStatic(assets, ASSETS), express.static(assets, { ...ASSETS, index: false }));
  router.use(precompressedStatic(dist, ROOT_FILES), express.static(dist, { ...ROOT_FILES, index: false }));
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/')) return next();
    // The document is revalidated on every load, so a new build's asset names are picked up at once.
    res.set('Cache-Control', 'no-cache');
    sendNegotiated(req, res, next, dist, 'index.html').catch(next);
  });
  return router;
}
