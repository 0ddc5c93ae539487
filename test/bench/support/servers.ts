import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CREDENTIAL } from '@cvm/emulator';
import { REPO_ROOT, freePort, spawnNode, waitForUrl, type NodeProcess } from './processes.ts';

// The three kinds of server the bench measures, each in a process of its own and ready when these resolve.

const SUPPORT = (file: string) => new URL(file, import.meta.url).pathname;

export interface Started {
  process: NodeProcess;
  url: string;
  /** Milliseconds from spawn until it answered (or printed that it listens). */
  startupMs: number;
}

export interface StartedEmulator extends Started {
  instances: number;
  /** Time spent inside the process seeding the world and listening, without node's and tsx's own start. */
  seedMs: number;
}

/** The emulator with `instances` generated instances and its rate limits off (support/emulator-process.ts). */
export async function startEmulatorProcess(instances: number, { timeoutMs = 120_000, nodeFlags = [] as string[] } = {}): Promise<StartedEmulator> {
  const process = spawnNode(`emulator (${instances})`, SUPPORT('./emulator-process.ts'), { args: [String(instances)], nodeFlags });
  try {
    const [, json] = (await process.waitFor(/BENCH_EMULATOR_READY (\{.*\})/, timeoutMs)) as unknown as [string, string];
    const ready = JSON.parse(json) as { url: string; instances: number; seedMs: number };
    return { process, url: ready.url, startupMs: performance.now() - process.spawnedAt, instances: ready.instances, seedMs: ready.seedMs };
  } catch (error) {
    await process.stop();
    throw error;
  }
}

/** A process of support/ that prints one BENCH_BARE_READY line with its URL (serve-until-stopped.ts). */
async function startBare(name: string, entry: string, args: string[]): Promise<Started> {
  const process = spawnNode(name, SUPPORT(entry), { args });
  const [, json] = (await process.waitFor(/BENCH_BARE_READY (\{.*\})/, 30_000)) as unknown as [string, string];
  return { process, url: (JSON.parse(json) as { url: string }).url, startupMs: performance.now() - process.spawnedAt };
}

/** A bare node:http server answering `bodyFile`'s bytes to every request (support/bare-server.ts). */
export const startBareServer = (bodyFile: string) => startBare('bare node:http', './bare-server.ts', [bodyFile]);

/** The least a proxy can do, forwarding to `upstream` (support/bare-proxy.ts). */
export const startBareProxy = (upstream: string) => startBare('bare node:http proxy', './bare-proxy.ts', [upstream]);

/** The least page that shows the instance list, answering `answerFile` to its one API call (support/bare-page.ts). */
export const startBarePage = (answerFile: string) => startBare('bare page', './bare-page.ts', [answerFile]);

export const SETUP_TOKEN = 'bench-setup-token-0123456789';

export interface ConsoleOptions {
  /** The emulator to use as the cloud (TENCENTCLOUD_ENDPOINT and the emulator's key); without it, the embedded one. */
  cloud?: string;
  /** DATABASE_URL; without it the embedded PGlite in `dataDir` (a fresh temporary folder unless given). */
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
  /** Start support/console-lifted.ts instead of apps/server/src/main.ts: its DescribeInstances budget lifted. */
  budgetLifted?: boolean;
}

export interface StartedConsole extends Started {
  /** Removes the temporary data folder, if this call made one. */
  cleanUp(): void;
}

/**
 * The console as `pnpm start` runs it (`node dist/main.mjs` in apps/server, the bundle `buildServer` made), ready
 * when /healthz says 200.
 */
export async function startConsoleProcess(options: ConsoleOptions = {}): Promise<StartedConsole> {
  const port = await freePort();
  const madeDir = !options.databaseUrl && !options.dataDir ? mkdtempSync(path.join(tmpdir(), 'cvm-bench-')) : undefined;
  const env: Record<string, string | undefined> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    SETUP_TOKEN,
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.databaseUrl ? ':memory:' : (options.dataDir ?? madeDir),
    TENCENTCLOUD_SECRET_ID: options.cloud ? DEFAULT_CREDENTIAL.secretId : undefined,
    TENCENTCLOUD_SECRET_KEY: options.cloud ? DEFAULT_CREDENTIAL.secretKey : undefined,
    TENCENTCLOUD_ENDPOINT: options.cloud,
    ...options.env,
  };
  const name = `console (${options.databaseUrl ? 'PostgreSQL' : 'PGlite'})`;
  const process = options.budgetLifted ? spawnNode(name, SUPPORT('./console-lifted.ts'), { env }) : spawnNode(name, 'dist/main.mjs', { cwd: 'apps/server/', env, plainNode: true });
  const url = `http://127.0.0.1:${port}`;
  const cleanUp = () => madeDir && rmSync(madeDir, { recursive: true, force: true });
  try {
    const startupMs = await waitForUrl(process, `${url}/healthz`, 90_000);
    return { process, url, startupMs, cleanUp };
  } catch (error) {
    await process.stop();
    cleanUp();
    throw error;
  }
}

/** Builds the server's bundle (apps/server/dist) as `pnpm start` does, so the console processes run today's sources. */
export function buildServer(): void {
  execFileSync('pnpm', ['--filter', '@cvm/server', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Builds the web app (apps/web/dist), which the console serves, for benches that drive it in a browser. */
export function buildWeb(): void {
  execFileSync('pnpm', ['--filter', '@cvm/web', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
