import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

// A new embedded database starts from an empty cluster that initdb made. initdb in WebAssembly grows the heap to about
// 600 MB, and a WebAssembly heap never shrinks: run in the console's process, it would keep that memory for as long as
// the console runs. So initdb runs in a child process of its own (make-pglite-cluster.mjs), which gives all of it back
// when it exits: for a data directory it makes the cluster there, and the console opens it as at any restart; for an
// in-memory database (tests, demos) it dumps an empty cluster to a file kept beside the system's temporary files, one
// per PGlite version, which the console loads.

/** The installed PGlite's version (its package.json is not among its exports: found beside its entry point). */
const pgliteVersion = (): string => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
};

const clusterFile = () => path.join(os.tmpdir(), `cvm-console-pglite-${pgliteVersion()}-cluster.tar.gz`);

/** Whether a data directory already holds a cluster (then it is opened as it is). */
export function holdsCluster(dataDir: string): boolean {
  return existsSync(dataDir) && readdirSync(dataDir).includes('PG_VERSION');
}

/** Runs make-pglite-cluster.mjs in a child process of the same Node (and none of this process's flags or loaders). */
async function runMaker(mode: '--dir' | '--dump', target: string): Promise<void> {
  const maker = fileURLToPath(new URL('./make-pglite-cluster.mjs', import.meta.url));
  await promisify(execFile)(process.execPath, [maker, mode, target], { timeout: 120_000 });
}

/** Makes a new cluster in `dataDir` (which holds none yet), in a child process. */
export function createCluster(dataDir: string): Promise<void> {
  return runMaker('--dir', dataDir);
}

let making: Promise<void> | undefined;

/**
 * The empty cluster a new embedded database is loaded from (gzipped, 4–5 MB), made by a child process the first time.
 * Read from the file each time rather than kept: a console makes one database, and the blob is garbage once loaded.
 */
export async function emptyCluster(): Promise<Blob> {
  const file = clusterFile();
  if (!existsSync(file)) {
    making ??= runMaker('--dump', file).then(
      () => undefined,
      (error: unknown) => {
        making = undefined;
        throw error;
      },
    );
    await making;
  }
  return new Blob([readFileSync(file)]);
}
