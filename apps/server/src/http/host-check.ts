import type { RequestHandler } from 'express';
import { ConsoleError } from '../cloud/cloud-error.ts';

/**
 * Answers only requests addressed to this server by a name it knows. Without this, a page on another site could
 * rebind its DNS name to 127.0.0.1 and become "same origin" with the console (DNS rebinding). Also refuses API calls
 * a browser marks as cross-site, whatever headers they carry.
 */
export function hostCheck(port: () => number, allowedHosts: string[]): RequestHandler {
  // The loopback names with the port, worked out again only when the port changes (it is known after listen()).
  let knownFor = -1;
  let known: string[] = [];
  return (req, _res, next) => {
    const host = (req.headers.host ?? '').toLowerCase();
    const p = port();
    if (p !== knownFor) {
      known = ['127.0.0.1', 'localhost', '[::1]'].flatMap((name) => [`${name}:${p}`, ...(p === 80 ? [name] : [])]);
      knownFor = p;
    }
    if (!known.includes(host) && !allowedHosts.includes(host)) {
      next(new ConsoleError(421, 'MisdirectedRequest', 'This console does not answer to that host name; add it to ALLOWED_HOSTS if it is yours.'));
      return;
    }
    if (req.path.startsWith('/api/') && req.headers['sec-fetch-site'] === 'cross-site') {
      next(new ConsoleError(403, 'CsrfCheckFailed', 'Cross-site requests to the API are refused.'));
      return;
    }
    next();
  };
}
