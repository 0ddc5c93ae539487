// `pnpm bench` (footprint): the console process's start-up time (spawn → /healthz 200) and its idle resident memory,
// on the embedded database (PGlite in a fresh folder) and on PostgreSQL (a throwaway database), each measured on a
// first start (the database is created and migrated) and on a restart (it exists). The cloud is an emulator process
// with no extra instances, so the console's memory is its own; one more row is `pnpm start`'s default, the console
// with its embedded emulator; and the last is `pnpm start` itself as on a fresh clone: turbo builds the web app and
// the server's bundle with no cache (TURBO_FORCE), then the console starts on a new data folder. The consoles run
// the bundle `pnpm start` runs (`node dist/main.mjs`), built once at the start of the bench. Medians of
// BENCH_FOOTPRINT_ROUNDS interleaved rounds.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/postgres.ts';
import { REPO_ROOT, freePort, rssOf } from './support/processes.ts';
import { buildServer, startConsoleProcess, startEmulatorProcess, type ConsoleOptions } from './support/servers.ts';
import { MB, median } from './support/stats.ts';
import { fixed, printTable, type Cell } from './support/table.ts';

const ROUNDS = Number(process.env.BENCH_FOOTPRINT_ROUNDS ?? 3);
/** How long the console is left alone after /healthz before its memory is read. */
const SETTLE_MS = Number(process.env.BENCH_IDLE_SETTLE_MS ?? 3000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample {
  startupMs: number;
  rss: number;
}

/** Starts a console, waits until it is idle, reads its memory, stops it. */
async function sample(options: ConsoleOptions): Promise<Sample> {
  const running = await startConsoleProcess(options);
  try {
    await sleep(SETTLE_MS);
    return { startupMs: running.startupMs, rss: rssOf(running.process.pid) };
  } finally {
    await running.process.stop();
    if (!options.dataDir) running.cleanUp();
  }
}

/** PostgreSQL's admin URL from TEST_DATABASE_URL or scripts/ensure-postgres.mjs, or why there is none. */
function postgresAdminUrl(): { url?: string; reason?: string } {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL };
  try {
    const url = execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/ensure-postgres.mjs')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    }).trim();
    return { url };
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr || (error as Error).message)
      .trim()
      .split('\n')
      .pop();
    return { reason: text };
  }
}

/**
 * `pnpm start` from the repository's root as a new user runs it, timed from the command to /healthz 200: the builds
 * (forced, as on a clone with no turbo cache) and the first start on a new data folder. Its memory is the other rows'.
 */
async function pnpmStartFresh(): Promise<Sample> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cvm-bench-start-'));
  const started = performance.now();
  // A process group of its own: pnpm, turbo and the server are stopped together.
  const child = spawn('pnpm', ['start'], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SETUP_TOKEN: 'bench-setup-token-0123456789', TURBO_FORCE: 'true' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pnpm start exited with code ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) return { startupMs: performance.now() - started, rss: Number.NaN };
      if (performance.now() - started > 120_000) throw new Error('pnpm start did not answer /healthz in 120 s');
      await sleep(50);
    }
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

buildServer();
const rssCell = (samples: Sample[]) => (samples.some((s) => Number.isNaN(s.rss)) ? '—' : fixed(median(samples.map((s) => s.rss)) / MB));
const emulator = await startEmulatorProcess(0);
const postgres = postgresAdminUrl();
type Row = { label: string; run: () => Promise<Sample>; samples: Sample[]; failed?: string };
const rows: Row[] = [];
const pgliteDirs: string[] = [];

const row = (label: string, run: () => Promise<Sample>) => rows.push({ label, run, samples: [] });
// First start and restart share a folder (or a database) within a round, so the restart finds what the first made.
let pgliteDir = '';
row('PGlite, first start', () => {
  pgliteDir = mkdtempSync(path.join(tmpdir(), 'cvm-bench-pglite-'));
  pgliteDirs.push(pgliteDir);
  return sample({ cloud: emulator.url, dataDir: pgliteDir });
});
row('PGlite, restart', () => sample({ cloud: emulator.url, dataDir: pgliteDir }));
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
const databases: NonNullable<typeof database>[] = [];
if (postgres.url) {
  row('PostgreSQL, first start', async () => {
    database = await createTestDatabase(postgres.url!);
    databases.push(database);
    return sample({ cloud: emulator.url, databaseUrl: database.url });
  });
  row('PostgreSQL, restart', () => sample({ cloud: emulator.url, databaseUrl: database!.url }));
}
row('PGlite + embedded emulator (pnpm start)', () => sample({}));
row('pnpm start on a fresh clone (builds + first start)', pnpmStartFresh);

try {
  console.log(`footprint bench: console start-up (spawn → /healthz 200) and RSS after ${SETTLE_MS / 1000} s idle, medians of ${ROUNDS} rounds`);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const r of rows) {
      if (r.failed) continue;
      try {
        r.samples.push(await r.run());
      } catch (error) {
        r.failed = (error as Error).message.split('\n')[0];
      }
    }
    console.log(`  round ${round}/${ROUNDS} done`);
  }
  const table: Cell[][] = rows.map((r) =>
    r.failed ? [r.label, '—', '—', `failed: ${r.failed}`] : [r.label, fixed(median(r.samples.map((s) => s.startupMs))), rssCell(r.samples), r.samples.length],
  );
  if (!postgres.url) table.push(['PostgreSQL', '—', '—', `not measured: ${postgres.reason}`]);
  printTable('The console process: start-up and idle memory', ['database', 'start-up ms', 'idle RSS MB', 'samples'], table, [
    'start-up: spawn of `node dist/main.mjs` → /healthz 200 (the fresh-clone row: `pnpm start` → /healthz, builds included); targets ≤ 5 s, ≤ 150 MB on PostgreSQL, ≤ 250 MB on PGlite.',
    'figures are indicative on a shared machine.',
  ]);
} finally {
  await emulator.process.stop();
  for (const dir of pgliteDirs) rmSync(dir, { recursive: true, force: true });
  for (const db of databases) await db.drop();
}
