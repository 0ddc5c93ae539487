// `pnpm bench` (footprint): the console process's start-up time (spawn → /healthz 200) and its idle resident memory,
// on the embedded database (PGlite in a fresh folder) and on PostgreSQL (a throwaway database), each measured on a
// first start (the database is created and migrated) and on a restart (it exists). The cloud is an emulator process
// with no extra instances, so the console's memory is its own; one more row is `pnpm start`'s default, the console
// with its embedded emulator. Medians of BENCH_FOOTPRINT_ROUNDS interleaved rounds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/postgres.ts';
import { REPO_ROOT, rssOf } from './support/processes.ts';
import { startConsoleProcess, startEmulatorProcess, type ConsoleOptions } from './support/servers.ts';
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
    r.failed
      ? [r.label, '—', '—', `failed: ${r.failed}`]
      : [r.label, fixed(median(r.samples.map((s) => s.startupMs))), fixed(median(r.samples.map((s) => s.rss)) / MB), r.samples.length],
  );
  if (!postgres.url) table.push(['PostgreSQL', '—', '—', `not measured: ${postgres.reason}`]);
  printTable('The console process: start-up and idle memory', ['database', 'start-up ms', 'idle RSS MB', 'samples'], table, [
    'start-up includes node and tsx loading the TypeScript sources, as `pnpm start` runs it; figures are indicative on a shared machine.',
  ]);
} finally {
  await emulator.process.stop();
  for (const dir of pgliteDirs) rmSync(dir, { recursive: true, force: true });
  for (const db of databases) await db.drop();
}
