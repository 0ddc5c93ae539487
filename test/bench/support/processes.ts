import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

// Processes the bench starts: a TypeScript entry run by node with tsx (as `pnpm start` and `pnpm emulator` run theirs),
// its output kept for error messages, a wait for it to be ready, its memory, and a stop that waits for the exit.

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface NodeProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** performance.now() when it was spawned. */
  readonly spawnedAt: number;
  /** Settles when the process exits, with a sentence saying how. */
  readonly exited: Promise<string>;
  /** The last lines it wrote (stdout and stderr), for a message when it fails. */
  tail(lines?: number): string;
  /** Resolves with the first match of `pattern` in its output (stdout and stderr); rejects if it exits first. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  /** Relative to the repository's root unless absolute. */
  cwd?: string;
  args?: string[];
  env?: Record<string, string | undefined>;
  /** Node flags before the entry, after `--import tsx`. */
  nodeFlags?: string[];
  /** A built JavaScript entry, run by node alone (no tsx). */
  plainNode?: boolean;
}

/** `node --import tsx <entry> ...args` (or `node <entry>` for a built one) in a process of its own. */
export function spawnNode(name: string, entry: string, options: SpawnOptions = {}): NodeProcess {
  const cwd = options.cwd ? new URL(options.cwd, `file://${REPO_ROOT}`).pathname : REPO_ROOT;
  const spawnedAt = performance.now();
  const loader = options.plainNode ? [] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...loader, ...(options.nodeFlags ?? []), entry, ...(options.args ?? [])], {
    cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watchers = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 200_000) output = output.slice(-100_000);
    for (const watcher of watchers) watcher();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exited with code ${code}`));
    child.once('error', (error) => resolve(`could not start: ${error.message}`));
  });
  const tail = (lines = 8) => output.trimEnd().split('\n').slice(-lines).join('\n');
  return {
    name,
    child,
    pid: child.pid ?? -1,
    spawnedAt,
    exited,
    tail,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const done = () => {
          watchers.delete(check);
          clearTimeout(timer);
        };
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            done();
            resolve(match);
          }
        };
        watchers.add(check);
        timer = setTimeout(() => {
          done();
          reject(new Error(`${name}: nothing matching ${pattern} within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        void exited.then((how) => {
          done();
          reject(new Error(`${name} ${how}${tail() ? `:\n${tail()}` : ''}`));
        });
        check();
      });
    },
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `url` until it answers 200; returns the milliseconds from the process's spawn to that answer. Rejects when the
 * process exits first or the time runs out.
 */
export async function waitForUrl(process: NodeProcess, url: string, timeoutMs = 60_000): Promise<number> {
  let exitedHow: string | undefined;
  void process.exited.then((how) => {
    exitedHow = how;
  });
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status === 200;
      },
      () => false,
    );
    if (ok) return performance.now() - process.spawnedAt;
    if (exitedHow) throw new Error(`${process.name} ${exitedHow}${process.tail() ? `:\n${process.tail()}` : ''}`);
    if (performance.now() > deadline) throw new Error(`${process.name}: ${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(20);
  }
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Resident memory of a process now, in bytes (Linux). */
export const rssOf = (pid: number) => statusField(pid, 'VmRSS');
/** Peak resident memory of a process so far, in bytes (Linux). */
export const peakRssOf = (pid: number) => statusField(pid, 'VmHWM');

/** A free loopback port, for a process that must be told its port before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
