import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_VERSION } from '@cvm/shared';
import { EMBEDDED_POSTGRES_SETTINGS } from '../db/database.ts';
import { holdsCluster } from '../db/fresh-pglite.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './commands.ts';
import { cliConfig, holdDataDir, keyFileOf, pgliteDirOf } from './console-data.ts';

// `console backup <file> [--without-key]`: the embedded database and its encryption key in one file (tar.gz):
//   manifest.json            what it is: format, console version, when, counts, migrations, whether the key is in it
//   database.tar.gz          the embedded PostgreSQL's data directory, dumped by PGlite while no console has it open
//   console-encryption.key   the key stored cloud secrets are sealed with (unless --without-key, or the key is
//                            CONSOLE_ENCRYPTION_KEY: then keep that beside the backup yourself)
// The file holds the key that opens the stored cloud secrets: it is written readable by its owner only; keep it as
// you keep the keys themselves. A console on PostgreSQL is backed up with pg_dump (docs/operations.md).

export const BACKUP_FORMAT = 'cvm-console-backup';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  consoleVersion: string;
  createdAt: string;
  migrations: string[];
  counts: { users: number; cloudAccounts: number; auditEntries: number };
  key: 'included' | 'not included';
}

export const backup: CliCommand = {
  usage: 'backup <file> [--without-key]',
  summary: 'the embedded database and its key in one file (console stopped)',
  options: { 'without-key': { type: 'boolean' } },
  async run(options, [file]) {
    if (!file) throw new CliError('Usage: console backup <file> [--without-key]');
    const config = cliConfig();
    if (config.database.kind === 'postgres') {
      throw new CliError(
        'This console keeps its data in PostgreSQL (DATABASE_URL): back it up with pg_dump --format=custom, and keep CONSOLE_ENCRYPTION_KEY with it (docs/operations.md).',
      );
    }
    const target = path.resolve(file);
    if (existsSync(target)) throw new CliError(`${target} exists; choose a new file.`);
    const dataDir = config.dataDir!;
    if (!holdsCluster(pgliteDirOf(dataDir))) throw new CliError(`${dataDir} holds no console database (is DATA_DIR the console's?).`);
    return holdDataDir(dataDir, 'console backup', async () => {
      const keyFile = keyFileOf(dataDir);
      const withKey = !options['without-key'] && !config.encryptionKey && existsSync(keyFile);
      const { PGlite } = await import('@electric-sql/pglite');
      const pglite = await PGlite.create({ dataDir: pgliteDirOf(dataDir), postgresqlconf: EMBEDDED_POSTGRES_SETTINGS });
      const work = mkdtempSync(path.join(dataDir, '.backup-'));
      try {
        const count = async (table: string) => Number((await pglite.query<{ n: string }>(`select count(*)::text as n from ${table}`)).rows[0]!.n);
        const migrations = (await pglite.query<{ name: string }>('select name from kysely_migration order by name')).rows.map((row) => row.name);
        const manifest: BackupManifest = {
          format: BACKUP_FORMAT,
          formatVersion: 1,
          consoleVersion: CONSOLE_VERSION,
          createdAt: new Date().toISOString(),
          migrations,
          counts: { users: await count('users'), cloudAccounts: await count('cloud_accounts'), auditEntries: await count('audit_log') },
          key: withKey ? 'included' : 'not included',
        };
        writeFileSync(path.join(work, 'database.tar.gz'), Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
        await pglite.close();
        writeFileSync(path.join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        if (withKey) writeFileSync(path.join(work, 'console-encryption.key'), readFileSync(keyFile));
        const tar = await import('tar');
        const names = ['manifest.json', 'database.tar.gz', ...(withKey ? ['console-encryption.key'] : [])];
        const partial = `${target}.partial-${process.pid}`;
        writeFileSync(partial, '', { mode: 0o600 });
        await tar.c({ gzip: true, file: partial, cwd: work, portable: true }, names);
        chmodSync(partial, 0o600);
        renameSync(partial, target);
        const { users, cloudAccounts, auditEntries } = manifest.counts;
        console.log(
          `Backed up ${users} people, ${cloudAccounts} cloud account(s) and ${auditEntries} audit entries to ${target}` +
            (withKey
              ? ', with the encryption key: keep it as safe as the cloud keys themselves.'
              : config.encryptionKey
                ? '; the key is CONSOLE_ENCRYPTION_KEY: keep it with the backup.'
                : '; without the key (--without-key): keep console-encryption.key with it.'),
        );
        return 0;
      } finally {
        if (!pglite.closed) await pglite.close();
        rmSync(work, { recursive: true, force: true });
      }
    });
  },
};
