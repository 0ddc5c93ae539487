import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Serves the built web app; unknown paths get index.html so deep links (/?instance=...) load the app. */
export function staticWeb(dist: string): Router {
  const router = Router();
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The web app is not built yet: run `pnpm start` (it builds apps/web) or `pnpm build`.');
    });
    return router;
  }
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  router.use(express.static(dist, { index: false, maxAge: 0 }));
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/')) return next();
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
