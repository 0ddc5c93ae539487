import { Router } from 'express';
import type { Kysely } from 'kysely';
import { FIRST_READS_PATH, type ConsoleMeta, type FirstReads, type Role } from '@cvm/shared';
import type { AccountRegistry } from '../accounts/account-registry.ts';
import { mustEnrol, sessionInfoOf } from '../auth/auth-routes.ts';
import { authOf } from '../auth/request-auth.ts';
import type { SetupTokens } from '../auth/setup-tokens.ts';
import type { Database } from '../db/schema.ts';
import { readPreferences } from '../users/preference-routes.ts';

interface FirstReadsDependencies {
  meta: ConsoleMeta;
  setupTokens: SetupTokens;
  twoFactorRequiredRoles: readonly Role[];
  accounts: AccountRegistry;
  db: Kysely<Database>;
}

/**
 * GET /api/console/first-reads: the meta, the session and, signed in, the accounts and preferences in one answer
 * (FirstReads). index.html preloads it, so it is on its way while the app's scripts load: the first screen then waits
 * for one round trip that overlaps the scripts, not three in a row after them. Each part is computed exactly as its
 * own route computes it; nothing here is new information, and nothing is sent that the person could not read anyway.
 */
export function firstReadsRouter({ meta, setupTokens, accounts, db, twoFactorRequiredRoles }: FirstReadsDependencies): Router {
  const router = Router();
  router.get(FIRST_READS_PATH, async (_req, res) => {
    const auth = authOf(res);
    const user = auth?.session.user;
    // A person who must set up two-factor sign-in first gets nothing else until they have.
    const enrolFirst = auth !== undefined && mustEnrol(auth, twoFactorRequiredRoles);
    const [session, accountList, preferences] = await Promise.all([
      sessionInfoOf(auth, setupTokens, twoFactorRequiredRoles),
      user && !enrolFirst ? accounts.list() : null,
      user && !enrolFirst ? readPreferences(db, user.id) : null,
    ]);
    res.set('Cache-Control', 'no-store').json({ meta, session, accounts: accountList, preferences } satisfies FirstReads);
  });
  return router;
}
