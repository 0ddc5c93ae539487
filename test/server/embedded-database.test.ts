import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
