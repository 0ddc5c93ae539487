import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SecretBox } from '../accounts/secret-box.ts';
import { AuditLog } from '../audit/audit-log.ts';
import { openDatabase } from '../db/database.ts';
import { holdsCluster } from '../db/fresh-pglite.ts';
import { createLogger } from '../logger.ts';
import { BACKUP_FORMAT, type BackupManifest } from './backup.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './commands.ts';
import { CLI_ACTOR, cliConfig, holdDataDir, keyFileOf, pgliteDirOf } from './console-data.ts';
import { parseEncryptionKey } from '../accounts/encryption-key.ts';

// `console restore <file> [--force]`: a backup (cli/backup.ts) into DATA_DIR, with the console stopped. Everything is
// checked on a copy before DATA_DIR changes: the database unpacked beside it and brought up to this version's schema,
// every stored cloud secret opened with the key the console will use, every session ended (a restored console signs
// everyone in again), the restore written to its audit log. Only then does the copy take the database's place; what
// was there is kept aside (with --force; without it, a DATA_DIR that holds a database is refused).

/** A backup's files, unpacked into `dir`. A damaged or foreign file fails here, before anything changes. */
async function unpackBackup(file: string, dir: string): Promise<{ manifest: BackupManifest; key?: Buffer }> {
  const tar = await import('tar');
  const problems: string[] = [];
  await tar.x({ file, cwd: dir, strict: true, onwarn: (code, message) => problems.push(`${code}: ${message}`) }).catch((error: Error) => problems.push(error.message));
  const manifestFile = path.join(dir, 'manifest.json');
  if (problems.length || !existsSync(manifestFile)) throw new CliError(`${file} is not a console backup${problems.length ? ` (${problems[0]})` : ''}.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion !== 1) throw new CliError(`${file} is not a console backup this version reads.`);
  const keyFile = path.join(dir, 'console-encryption.key');
  if (!existsSync(keyFile)) return { manifest };
  const key = parseEncryptionKey(readFileSync(keyFile, 'utf8').trim());
  if (!key) throw new CliError(`${file} holds a damaged encryption key.`);
  return { manifest, key };
}

export const restore: CliCommand = {
  usage: 'restore <file> [--force]',
  summary: 'a backup back into DATA_DIR; --force keeps what is there aside (console stopped)',
  options: { force: { type: 'boolean' } },
  async run(options, [file]) {
    if (!file) throw new CliError('Usage: console restore <file> [--force]');
    const config = cliConfig();
    if (config.database.kind === 'postgres') {
      throw new CliError('This console keeps its data in PostgreSQL (DATABASE_URL): restore it with pg_restore, and set CONSOLE_ENCRYPTION_KEY as it was (docs/operations.md).');
    }
    const source = path.resolve(file);
    if (!existsSync(source)) throw new CliError(`${source} does not exist.`);
    const dataDir = config.dataDir!;
    const target = pgliteDirOf(dataDir);
    const keyFile = keyFileOf(dataDir);
    const force = Boolean(options.force);
    if (holdsCluster(target) && !force) throw new CliError(`${dataDir} already holds a console database; --force restores over it, keeping it aside.`);

    return holdDataDir(dataDir, 'console restore', async () => {
      const work = mkdtempSync(path.join(dataDir, '.restore-'));
      try {
        const { manifest, key: backupKey } = await unpackBackup(source, work);
        // The key the console will open secrets with: CONSOLE_ENCRYPTION_KEY when set, else the backup's, else the file's.
        const fileKey = existsSync(keyFile) ? parseEncryptionKey(readFileSync(keyFile, 'utf8').trim()) : undefined;
        const key = config.encryptionKey ?? backupKey ?? fileKey;
        if (!key) throw new CliError('The backup holds no encryption key: set CONSOLE_ENCRYPTION_KEY, or put the console-encryption.key kept with it in DATA_DIR.');
        if (!config.encryptionKey && backupKey && fileKey && !fileKey.equals(backupKey) && !force) {
          throw new CliError(`${keyFile} differs from the backup's key; --force replaces it (keeping it aside).`);
        }

        // The copy, checked and made current before it replaces anything.
        const copy = path.join(work, 'pglite');
        mkdirSync(copy);
        const tar = await import('tar');
        const problems: string[] = [];
        await tar.x({ file: path.join(work, 'database.tar.gz'), cwd: copy, onwarn: (code, message) => code !== 'TAR_ENTRY_INFO' && problems.push(`${code}: ${message}`) });
        if (problems.length || !holdsCluster(copy)) throw new CliError(`The backup's database could not be unpacked${problems.length ? `: ${problems[0]}` : ''}.`);
        const database = await openDatabase({ kind: 'pglite', dataDir: copy });
        let summary: string;
        try {
          const { db } = database;
          const box = new SecretBox(key);
          const accounts = await db.selectFrom('cloud_accounts').select(['id', 'name', 'secret_key_enc', 'token_enc']).execute();
          for (const account of accounts) {
            try {
              if (account.secret_key_enc) box.open(account.secret_key_enc);
              if (account.token_enc) box.open(account.token_enc);
            } catch {
              throw new CliError(`The cloud account ${account.name} cannot be opened with ${config.encryptionKey ? 'CONSOLE_ENCRYPTION_KEY' : 'the key'}: nothing was restored.`);
            }
          }
          for (const totp of await db.selectFrom('user_totp').select(['user_id', 'secret_enc']).execute()) {
            try {
              box.open(totp.secret_enc);
            } catch {
              throw new CliError(`A two-factor secret cannot be opened with ${config.encryptionKey ? 'CONSOLE_ENCRYPTION_KEY' : 'the key'}: nothing was restored.`);
            }
          }
          const sessions = await db.deleteFrom('sessions').executeTakeFirst();
          const people = await db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow();
          await new AuditLog(db, createLogger('silent')).record({
            actor: CLI_ACTOR,
            category: 'security',
            action: 'console.restore',
            outcome: 'success',
            params: { backupCreatedAt: manifest.createdAt, backupVersion: manifest.consoleVersion, sessionsEnded: Number(sessions.numDeletedRows) },
          });
          summary = `Restored ${people.n} people, ${accounts.length} cloud account(s) (every secret opens) and the audit log from ${manifest.createdAt}; ${sessions.numDeletedRows} session(s) ended: everyone signs in again.`;
        } finally {
          await database.close();
        }

        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        if (holdsCluster(target)) {
          renameSync(target, `${target}.replaced-${stamp}`);
          console.log(`The database that was there is kept in ${target}.replaced-${stamp}.`);
        } else rmSync(target, { recursive: true, force: true });
        renameSync(copy, target);
        if (!config.encryptionKey && backupKey && !(fileKey && fileKey.equals(backupKey))) {
          if (fileKey) renameSync(keyFile, `${keyFile}.replaced-${stamp}`);
          writeFileSync(keyFile, `${backupKey.toString('base64')}\n`, { mode: 0o600 });
        }
        console.log(summary);
        return 0;
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  },
};
