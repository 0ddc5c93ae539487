import type { ErrorRequestHandler, Request } from 'express';
import type { AuditLog } from './audit-log.ts';
import { clientIp } from '../auth/request-auth.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { systemClock, type Clock } from '../time/clock.ts';

// Requests refused before anyone is known — no session, a session without its CSRF token, an API token that is not
// valid or is used where only a session may go — are security events:
// someone probing, or a page on another site acting through a visitor's browser. They are recorded without bodies,
// and at most once per address, code and window, so a flood cannot flood the log.

const AUDITED = new Set(['NotSignedIn', 'CsrfCheckFailed', 'InvalidToken', 'TokenNotAllowed']);
const WINDOW_MS = 60_000;
/** Beyond this many remembered (address, code) pairs the oldest are forgotten; the log then records a little more. */
const MAX_REMEMBERED = 10_000;

export function auditRefusals(audit: AuditLog, clock: Clock = systemClock): ErrorRequestHandler {
  const lastRecorded = new Map<string, number>();
  const due = (key: string): boolean => {
    const at = clock.now();
    const last = lastRecorded.get(key);
    if (last !== undefined && at - last < WINDOW_MS) return false;
    lastRecorded.delete(key);
    lastRecorded.set(key, at);
    if (lastRecorded.size > MAX_REMEMBERED) lastRecorded.delete(lastRecorded.keys().next().value!);
    return true;
  };
  return async (error, req: Request, _res, next) => {
    if (error instanceof ConsoleError && AUDITED.has(error.code)) {
      const ip = clientIp(req);
      if (due(`${ip}|${error.code}`)) {
        try {
          await audit.record({
            actor: { id: null, name: null, ip },
            category: 'security',
            action: 'auth.refused',
            outcome: 'denied',
            errorCode: error.code,
            // Where it was aimed, never what it carried.
            params: { method: req.method, path: req.path.slice(0, 200) },
          });
        } catch {
          // Already refused; an audit outage must not turn a 401 into something else. The failure is logged.
        }
      }
    }
    next(error);
  };
}
