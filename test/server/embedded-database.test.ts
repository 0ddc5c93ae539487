import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startConsole } from '@cvm/server';
import { createCluster } from '../../apps/server/src/db/fresh-pglite.ts';
import { migrationProvider } from '../../apps/server/src/db/migrations/index.ts';
import { ADMIN, ConsoleClient, setupAdmin, usePostgres } from '../support/console.ts';

// `pnpm start`'s embedded database in a folder: the first start makes the cluster (initdb runs in a child process, so
// the console never holds initdb's memory), and every later start opens what is there — people included.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cvm-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () =>
  startConsole(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SIGNIN_FAILURE_DELAY_MS: '0' }), {
    passwordHashCost: { memorySize: 1024, iterations: 1 },
  });

describe.skipIf(usePostgres())('the embedded database in a data folder', () => {
  it('is made on the first start and opened, with what it holds, on the next', async () => {
    const first = await start();
    try {
      expect(existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
      await setupAdmin(first);
    } finally {
      await first.close();
    }

    const second = await start();
    try {
      expect(second.setupToken).toBeUndefined();
      const client = new ConsoleClient(second.url);
      expect((await client.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
    } finally {
      await second.close();
    }
  }, 60_000);
});

// What `pnpm install` prepares and a first start uses: the template an empty cluster is unpacked from.

describe.skipIf(usePostgres())('the embedded database template', () => {
  it('is made by initdb and the migrations where there is none, and kept; the next cluster is unpacked from it and opens', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'cvm-template-'));
    try {
      const template = path.join(work, 'cluster.tar.gz');
      await createCluster(path.join(work, 'a'), template);
      expect(existsSync(path.join(work, 'a', 'PG_VERSION'))).toBe(true);
      expect(existsSync(template)).toBe(true);
      // Nothing half-written is left beside it.
      expect(readdirSync(work).sort()).toEqual(['a', 'cluster.tar.gz']);

      mkdirSync(path.join(work, 'b'));
      await createCluster(path.join(work, 'b'), template);
      const pglite = await PGlite.create({ dataDir: path.join(work, 'b') });
      try {
        const { rows } = await pglite.query<{ datname: string }>('select datname from pg_database order by datname');
        expect(rows.map((r) => r.datname)).toContain('postgres');
        // Migrated already: a first start opens it as a restart does, with nothing left to migrate.
        const migrations = await pglite.query<{ name: string }>('select name from kysely_migration order by name');
        expect(migrations.rows.map((r) => r.name)).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
        await pglite.exec('create table t (a int); insert into t values (1)');
        expect((await pglite.query<{ a: number }>('select a from t')).rows).toEqual([{ a: 1 }]);
      } finally {
        await pglite.close();
      }

      // A damaged template (cut short) fails the start with its name, rather than leaving half a cluster to open.
      const damaged = path.join(work, 'damaged.tar.gz');
      writeFileSync(damaged, readFileSync(template).subarray(0, 100_000));
      mkdirSync(path.join(work, 'c'));
      await expect(createCluster(path.join(work, 'c'), damaged)).rejects.toThrow(/damaged\.tar\.gz|unexpected end|TAR_|Z_/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
