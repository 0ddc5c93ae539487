import { AuditLog } from '../audit/audit-log.ts';
import { PostgresRevocationBus } from '../auth/session-revocations.ts';
import { createLogger } from '../logger.ts';
import { issueInvitation } from '../users/issue-invitation.ts';
import { CliError } from './cli-error.ts';
import { CLI_ACTOR, cliConfig, openConsoleDatabase } from './console-data.ts';
import type { CliCommand } from './commands.ts';

// `console reset-admin [--username NAME] [--url BASE]`: the way back in when the last administrator's password is
// lost. A one-time link (the invitation an admin would send, valid for seven days) that sets a new password for an
// administrator; their sessions end now, and using the link ends any left. A disabled administrator is enabled again.
// Written to the audit log as done from the console's host.

export const resetAdmin: CliCommand = {
  usage: 'reset-admin [--username NAME] [--url BASE] [--two-factor-off]',
  summary: "a one-time link that sets an administrator's new password (audited)",
  options: { username: { type: 'string' }, url: { type: 'string' }, 'two-factor-off': { type: 'boolean' } },
  async run(options) {
    const config = cliConfig();
    const database = await openConsoleDatabase(config, 'console reset-admin');
    try {
      const { db } = database;
      const admins = await db.selectFrom('users').select(['id', 'username', 'disabled']).where('role', '=', 'admin').orderBy('username').execute();
      const wanted = typeof options.username === 'string' ? options.username : undefined;
      const admin = wanted ? admins.find((a) => a.username === wanted) : admins.length === 1 ? admins[0] : undefined;
      if (!admin) {
        if (admins.length === 0) throw new CliError('There is no administrator yet: start the console and complete its first-run setup with the printed setup token.');
        throw new CliError(
          wanted
            ? `${wanted} is not an administrator; administrators: ${admins.map((a) => a.username).join(', ')}.`
            : `Name the administrator with --username: ${admins.map((a) => a.username).join(', ')}.`,
        );
      }
      if (admin.disabled) await db.updateTable('users').set({ disabled: false, updated_at: new Date() }).where('id', '=', admin.id).execute();
      const ended = await db.deleteFrom('sessions').where('user_id', '=', admin.id).executeTakeFirst();
      // A lost phone as well as a lost password: two-factor sign-in goes too, when asked for.
      const twoFactorOff = Boolean(options['two-factor-off']) && Number((await db.deleteFrom('user_totp').where('user_id', '=', admin.id).executeTakeFirst()).numDeletedRows) > 0;
      if (options['two-factor-off']) await db.deleteFrom('recovery_codes').where('user_id', '=', admin.id).execute();
      // Replicas on PostgreSQL keep sessions in a short cache: they are told at once, as a sign-out anywhere tells them.
      if (database.pool && config.database.kind === 'postgres') {
        const bus = await PostgresRevocationBus.start(config.database.url, database.pool, createLogger('silent'));
        await bus.publish({ kind: 'user', userId: admin.id });
        await bus.close();
      }
      const link = await issueInvitation(db, admin.id, admin.id, Date.now());
      await new AuditLog(db, createLogger('silent')).record({
        actor: CLI_ACTOR,
        category: 'security',
        action: 'users.reset-admin',
        outcome: 'success',
        targets: [admin.id],
        params: { username: admin.username, enabled: admin.disabled, sessionsEnded: Number(ended.numDeletedRows), twoFactorOff },
      });
      const base = typeof options.url === 'string' ? options.url.replace(/\/+$/, '') : `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
      console.log(`A one-time link for ${admin.username} to set a new password (valid for 7 days; give it to them only):\n\n    ${base}${link}\n`);
      if (admin.disabled) console.log(`${admin.username} was disabled and is enabled again.`);
      if (twoFactorOff) console.log(`Two-factor sign-in is off for ${admin.username}; they can set it up again on Your account.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
