import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseEncryptionKey } from '../accounts/encryption-key.ts';
import { SecretBox } from '../accounts/secret-box.ts';
import { AuditLog } from '../audit/audit-log.ts';
import { createLogger } from '../logger.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './commands.ts';
import { CLI_ACTOR, cliConfig, currentEncryptionKey, openConsoleDatabase } from './console-data.ts';

// `console rotate-key [--new-key KEY]`: every stored secret (cloud SecretKeys and tokens, two-factor secrets) opened with the current
// key and sealed again with a new one, in one transaction: one that cannot be opened stops it with nothing changed.
// With a key file (no CONSOLE_ENCRYPTION_KEY), the new key replaces it: written beside it first, put in its place once
// the database has committed, so a crash in between leaves the key the data needs in console-encryption.key.next.
// With CONSOLE_ENCRYPTION_KEY, the new key is printed: every replica must get it before it starts again.
// Run it with the console stopped (the embedded database refuses otherwise; replicas on PostgreSQL must be stopped by
// hand: one still running seals new secrets with the old key).

export const rotateKey: CliCommand = {
  usage: 'rotate-key [--new-key KEY]',
  summary: 're-encrypt stored cloud secrets with a new key (console stopped)',
  options: { 'new-key': { type: 'string' } },
  async run(options) {
    const config = cliConfig();
    const current = currentEncryptionKey(config);
    const given = typeof options['new-key'] === 'string' ? parseEncryptionKey(options['new-key']) : undefined;
    if (options['new-key'] !== undefined && !given) throw new CliError('--new-key must be 32 bytes, as base64 or 64 hex digits.');
    const next = given ?? randomBytes(32);
    if (next.equals(current.key)) throw new CliError('The new key is the current key.');
    const [oldBox, newBox] = [new SecretBox(current.key), new SecretBox(next)];
    const pending = current.file ? `${current.file}.next` : undefined;
    if (pending) writeFileSync(pending, `${next.toString('base64')}\n`, { mode: 0o600 });

    const database = await openConsoleDatabase(config, 'console rotate-key');
    let rotated = 0;
    try {
      await database.db.transaction().execute(async (tx) => {
        const rows = await tx.selectFrom('cloud_accounts').select(['id', 'name', 'secret_key_enc', 'token_enc']).forUpdate().execute();
        for (const row of rows) {
          let secretKey: string | null;
          let token: string | undefined;
          try {
            secretKey = row.secret_key_enc === null ? null : oldBox.open(row.secret_key_enc);
            token = row.token_enc ? oldBox.open(row.token_enc) : undefined;
          } catch {
            throw new CliError(`The account ${row.name} (${row.id}) cannot be opened with the current key: nothing was changed.`);
          }
          await tx
            .updateTable('cloud_accounts')
            .set({ secret_key_enc: secretKey === null ? null : newBox.seal(secretKey), token_enc: token === undefined ? null : newBox.seal(token) })
            .where('id', '=', row.id)
            .execute();
          rotated++;
        }
        // Two-factor secrets are sealed with the same key.
        const totps = await tx.selectFrom('user_totp').select(['user_id', 'secret_enc']).forUpdate().execute();
        for (const totp of totps) {
          let secret: string;
          try {
            secret = oldBox.open(totp.secret_enc);
          } catch {
            throw new CliError(`A two-factor secret (person ${totp.user_id}) cannot be opened with the current key: nothing was changed.`);
          }
          await tx
            .updateTable('user_totp')
            .set({ secret_enc: newBox.seal(secret) })
            .where('user_id', '=', totp.user_id)
            .execute();
        }
        await new AuditLog(database.db, createLogger('silent')).record(
          { actor: CLI_ACTOR, category: 'security', action: 'console.rotate-key', outcome: 'success', params: { accounts: rows.length, keySource: current.source } },
          tx,
        );
      });
    } catch (error) {
      if (pending) rmSync(pending, { force: true });
      throw error;
    } finally {
      await database.close();
    }
    if (pending && current.file) {
      renameSync(pending, current.file);
      console.log(`Re-encrypted ${rotated} cloud account(s); ${current.file} holds the new key. Back it up again: the old one opens nothing now.`);
    } else {
      console.log(`Re-encrypted ${rotated} cloud account(s). Set this as CONSOLE_ENCRYPTION_KEY on every replica before starting them:\n\n    ${next.toString('base64')}\n`);
    }
    return 0;
  },
};
