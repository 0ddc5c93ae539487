import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startConsole } from '@cvm/server';
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
const maker = fileURLToPath(new URL('../../apps/server/src/db/make-pglite-cluster.mjs', import.meta.url));
const makeCluster = (dir: string, template: string) => execFileSync(process.execPath, [maker, '--dir', dir, template], { timeout: 120_000 });

describe.skipIf(usePostgres())('the embedded database template', () => {
  it('is made by initdb where there is none and kept; the next cluster is unpacked from it and opens', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'cvm-template-'));
    try {
      const template = path.join(work, 'cluster.tar.gz');
      makeCluster(path.join(work, 'a'), template);
      expect(existsSync(path.join(work, 'a', 'PG_VERSION'))).toBe(true);
      expect(existsSync(template)).toBe(true);
      // Nothing half-written is left beside it.
      expect(readdirSync(work).sort()).toEqual(['a', 'cluster.tar.gz']);

      makeCluster(path.join(work, 'b'), template);
      const pglite = await PGlite.create({ dataDir: path.join(work, 'b') });
      try {
        const { rows } = await pglite.query<{ datname: string }>('select datname from pg_database order by datname');
        expect(rows.map((r) => r.datname)).toContain('postgres');
        await pglite.exec('create table t (a int); insert into t values (1)');
        expect((await pglite.query<{ a: number }>('select a from t')).rows).toEqual([{ a: 1 }]);
      } finally {
        await pglite.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
