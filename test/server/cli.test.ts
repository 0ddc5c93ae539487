import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@cvm/shared';
import { ADMIN, ConsoleClient, setupAdmin, startTestConsole, usePostgres, type TestConsole } from '../support/console.ts';
import { createTestDatabase, postgresUrlFromEnv } from '../support/postgres.ts';

// The console's CLI as an operator runs it on the host, against a console's real DATA_DIR on disk: backup → wipe →
// restore keeps people, cloud accounts whose secrets still open and the audit log, and ends every session; rotate-key
// leaves every account usable under a new key; reset-admin gives a one-time link that sets a new password; and none of
// them touches the embedded database while a console has it open.

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cvm-cli-'));
const work = mkdtempSync(path.join(os.tmpdir(), 'cvm-cli-out-'));
const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };

/** `console <args>` as a child process: its exit code and what it printed. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  return cliWith({ DATABASE_URL: '', CONSOLE_ENCRYPTION_KEY: '' }, ...args);
}

async function cliWith(extra: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env, ...extra },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

/** The console on DATA_DIR, signed in as its admin (the password given). */
async function startOnDataDir(): Promise<TestConsole> {
  return startTestConsole({ ...env, DATABASE_URL: '' }, { fromTemplate: false });
}

const EMULATOR_KEYS = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };
let accountId: string;
let oldSession: ConsoleClient;

beforeAll(async () => {
  if (usePostgres()) return;
  const running = await startOnDataDir();
  try {
    const admin = await setupAdmin(running);
    expect((await admin.request('POST', '/api/console/users', { username: 'dana', role: 'operator', password: 'a long and careful passphrase' })).status).toBe(201);
    const created = await admin.request('POST', '/api/console/accounts', { name: 'Team key', ...EMULATOR_KEYS, defaultRegion: 'ap-guangzhou' });
    expect(created.status).toBe(201);
    accountId = created.json.account.id as string;
    expect((await admin.call('cvm', 'DescribeInstances', { Limit: 1 }, { 'X-Account': accountId })).status).toBe(200);
    oldSession = admin;
  } finally {
    await running.close();
  }
}, 60_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(usePostgres())('console backup, restore, rotate-key and reset-admin on the embedded database', () => {
  const backupFile = path.join(work, 'console.backup.tar.gz');

  it('refuses to touch the database while a console has it open, naming the console', async () => {
    const running = await startOnDataDir();
    try {
      const refused = await cli('backup', path.join(work, 'while-running.tar.gz'));
      expect(refused.code).toBe(2);
      expect(refused.out).toMatch(/in use by the console \(pid \d+\): stop it first/);
      expect(existsSync(path.join(work, 'while-running.tar.gz'))).toBe(false);
      // A second console on it refuses too (DataDirLocked), instead of corrupting it.
      await expect(startOnDataDir()).rejects.toThrow(/in use by the console/);
    } finally {
      await running.close();
    }
  }, 60_000);

  it('backs up, and after a wipe restores people, accounts that still open, and the audit log, with no session left', async () => {
    const made = await cli('backup', backupFile);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toMatch(/Backed up 2 people, 1 cloud account\(s\) and \d+ audit entries/);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);

    rmSync(dataDir, { recursive: true, force: true });
    const restored = await cli('restore', backupFile);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain('Restored 2 people, 1 cloud account(s) (every secret opens)');

    const running = await startOnDataDir();
    try {
      // The session from before the backup is gone; the password from before works.
      const stale = Object.assign(new ConsoleClient(running.url), { cookie: oldSession.cookie, csrfToken: oldSession.csrfToken });
      expect(stale.cookie).toMatch(/=/);
      expect((await stale.request('GET', '/api/console/session')).json.user).toBeNull();
      const admin = new ConsoleClient(running.url);
      expect((await admin.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
      const users = (await admin.request('GET', '/api/console/users')).json.users as { username: string }[];
      expect(users.map((u) => u.username).sort()).toEqual(['admin', 'dana']);
      // The stored secret opens with the restored key: a call through the account is signed and answered.
      expect((await admin.call('cvm', 'DescribeInstances', { Limit: 1 }, { 'X-Account': accountId })).status).toBe(200);
      const audit = (await admin.request('GET', '/api/console/audit?limit=200')).json.entries as { action: string }[];
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['accounts.create', 'users.create', 'console.restore']));
    } finally {
      await running.close();
    }
  }, 90_000);

  it('restores over a database only when forced, keeping the one it replaces', async () => {
    const refused = await cli('restore', backupFile);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('--force');
    const forced = await cli('restore', backupFile, '--force');
    expect(forced.code, forced.out).toBe(0);
    expect(forced.out).toMatch(/kept in .*pglite\.replaced-/);
    const garbage = path.join(work, 'not-a-backup.tar.gz');
    await exec('sh', ['-c', `echo nothing | gzip > ${garbage}`]);
    const wrong = await cli('restore', garbage, '--force');
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('is not a console backup');
  }, 60_000);

  it('rotates the encryption key: the key file changes and every account still works', async () => {
    const keyFile = path.join(dataDir, 'console-encryption.key');
    const before = readFileSync(keyFile, 'utf8');
    const rotated = await cli('rotate-key');
    expect(rotated.code, rotated.out).toBe(0);
    expect(rotated.out).toContain('Re-encrypted 1 cloud account(s)');
    expect(readFileSync(keyFile, 'utf8')).not.toBe(before);
    expect(existsSync(`${keyFile}.next`)).toBe(false);
    const running = await startOnDataDir();
    try {
      const admin = new ConsoleClient(running.url);
      expect((await admin.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
      expect((await admin.call('cvm', 'DescribeInstances', { Limit: 1 }, { 'X-Account': accountId })).status).toBe(200);
      const audit = (await admin.request('GET', '/api/console/audit?limit=200')).json.entries as AuditEntry[];
      expect(audit.find((e) => e.action === 'console.rotate-key')?.actorName).toBe('console CLI (on the host)');
    } finally {
      await running.close();
    }
  }, 60_000);

  it('gives a one-time link that sets a lost admin password, audited, and ends their sessions', async () => {
    const reset = await cli('reset-admin', '--url', 'https://console.example.com/', '--two-factor-off');
    expect(reset.code, reset.out).toBe(0);
    const token = /https:\/\/console\.example\.com\/invite#(\S+)/.exec(reset.out)?.[1];
    expect(token).toBeTruthy();
    const running = await startOnDataDir();
    try {
      const visitor = new ConsoleClient(running.url);
      const accepted = await visitor.request('POST', '/api/console/invitations/accept', { token, password: 'a brand new keeper passphrase' });
      expect(accepted.status, accepted.text).toBe(200);
      expect((await new ConsoleClient(running.url).signIn(ADMIN.username, ADMIN.password)).status).toBe(401);
      const admin = new ConsoleClient(running.url);
      expect((await admin.signIn(ADMIN.username, 'a brand new keeper passphrase')).status).toBe(200);
      const audit = (await admin.request('GET', '/api/console/audit?limit=200')).json.entries as { action: string }[];
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['users.reset-admin', 'auth.invitation-accept']));
      // Used once: a second use is refused.
      expect((await visitor.request('POST', '/api/console/invitations/accept', { token, password: 'yet another passphrase' })).status).toBe(404);
    } finally {
      await running.close();
    }
  }, 60_000);
});

describe.runIf(usePostgres())('console rotate-key on PostgreSQL, and its backups by pg_dump', () => {
  it('rotates CONSOLE_ENCRYPTION_KEY: prints the new key, under which every account still works', async () => {
    const database = await createTestDatabase(postgresUrlFromEnv()!);
    const oldKey = Buffer.alloc(32, 1).toString('base64');
    const pg = { DATABASE_URL: database.url };
    try {
      let running = await startTestConsole({ ...pg, CONSOLE_ENCRYPTION_KEY: oldKey });
      let id: string;
      try {
        const admin = await setupAdmin(running);
        const created = await admin.request('POST', '/api/console/accounts', { name: 'Team key', ...EMULATOR_KEYS, defaultRegion: 'ap-guangzhou' });
        id = created.json.account.id as string;
      } finally {
        await running.close();
      }
      const refused = await cliWith({ ...pg, CONSOLE_ENCRYPTION_KEY: oldKey }, 'backup', path.join(work, 'pg.tar.gz'));
      expect([refused.code, refused.out]).toEqual([2, expect.stringContaining('pg_dump')]);

      const rotated = await cliWith({ ...pg, CONSOLE_ENCRYPTION_KEY: oldKey }, 'rotate-key');
      expect(rotated.code, rotated.out).toBe(0);
      const newKey = /Set this as CONSOLE_ENCRYPTION_KEY[^\n]*\n\n\s+(\S+)/.exec(rotated.out)?.[1];
      expect(newKey).toBeTruthy();
      running = await startTestConsole({ ...pg, CONSOLE_ENCRYPTION_KEY: newKey! });
      try {
        const admin = new ConsoleClient(running.url);
        expect((await admin.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
        expect((await admin.call('cvm', 'DescribeInstances', { Limit: 1 }, { 'X-Account': id })).status).toBe(200);
      } finally {
        await running.close();
      }
      // The old key opens nothing any more: the rotation really re-sealed the secrets.
      const stale = await cliWith({ ...pg, CONSOLE_ENCRYPTION_KEY: oldKey }, 'rotate-key');
      expect([stale.code, stale.out]).toEqual([2, expect.stringContaining('cannot be opened with the current key')]);
    } finally {
      await database.drop();
    }
  }, 90_000);
});
