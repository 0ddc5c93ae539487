import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as accountCloud from './0002-account-cloud.ts';
import * as auditIntent from './0003-audit-intent.ts';
import * as userPreferences from './0004-user-preferences.ts';
import * as apiTokens from './0005-api-tokens.ts';
import * as roleAccounts from './0006-role-accounts.ts';
import * as twoFactor from './0007-two-factor.ts';
import * as singleSignOn from './0008-single-sign-on.ts';

/** Every migration, in order. Names are sorted by Kysely's Migrator; never rename or edit one that has shipped. */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '0001-initial': initial,
      '0002-account-cloud': accountCloud,
      '0003-audit-intent': auditIntent,
      '0004-user-preferences': userPreferences,
      '0005-api-tokens': apiTokens,
      '0006-role-accounts': roleAccounts,
      '0007-two-factor': twoFactor,
      '0008-single-sign-on': singleSignOn,
    };
  },
};
