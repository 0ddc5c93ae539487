import type { Request, RequestHandler, Response } from 'express';
import type { AuditLog, AuditEvent } from '../audit/audit-log.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Clock } from '../time/clock.ts';
import { actorOf, signedIn } from './request-auth.ts';
import type { TwoFactorStore } from './two-factor.ts';

// Step-up: the dangerous actions — terminate, reinstall, security group rules (the catalog's `stepUp`), and changes to
// people and cloud accounts — ask a person with two-factor sign-in for a second factor proved within STEP_UP_MINUTES:
// their two-factor sign-in, or a code given again (POST /api/console/step-up). A stolen session cookie alone cannot
// do them. API tokens are their owner's deliberate grant to a script and are not asked (docs/operations.md).

export interface StepUpPolicy {
  twoFactor: TwoFactorStore;
  /** How recent the second factor must be. */
  windowMs: number;
  clock: Clock;
}

/** Refuses (403 StepUpRequired) when the request's person has two-factor sign-in on and no recent second factor. */
export async function checkStepUp(policy: StepUpPolicy, res: Response, what: string): Promise<void> {
  const auth = signedIn(res);
  if (auth.bearer) return;
  const at = auth.session.secondFactorAt?.getTime();
  if (at !== undefined && policy.clock.now() - at < policy.windowMs) return;
  if (!(await policy.twoFactor.enabled(auth.session.user.id))) return;
  const minutes = Math.round(policy.windowMs / 60_000);
  throw new ConsoleError(403, 'StepUpRequired', `${what} needs a second factor from the last ${minutes} minutes: enter a code from your authenticator app, then try again.`).with({
    stepUpMinutes: minutes,
  });
}

/** A route's step-up check, with the refusal in the audit log under the route's action name. */
export function requireStepUp(policy: StepUpPolicy, audit: AuditLog, action: string, category: AuditEvent['category'] = 'admin'): RequestHandler {
  return async (req: Request, res: Response, next) => {
    try {
      await checkStepUp(policy, res, 'This change');
    } catch (error) {
      await audit.record({ actor: actorOf(req, res), category, action, outcome: 'denied', errorCode: 'StepUpRequired', targets: req.params.id ? [String(req.params.id)] : [] });
      throw error;
    }
    next();
  };
}
