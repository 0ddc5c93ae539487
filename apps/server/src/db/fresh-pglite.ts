import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

// A new embedded database starts from an empty cluster that initdb made. initdb in WebAssembly grows the heap to about
// 600 MB, and a WebAssembly heap never shrinks: run in the console's process, it would keep that memory for as long as
// the console runs. So clusters are made in a child process of its own (make-pglite-cluster.mjs), which gives all of
// it back when it exits. initdb takes about three seconds, and its result is the same every time for one PGlite
// version, so it runs once: the empty cluster is kept as a template (gzipped, 4–5 MB) and a new data directory is
// unpacked from it in under a second. The template is made by `pnpm install` (scripts/prepare-embedded-database.ts)
// or else by the first start that needs one, and kept with the installed packages (node_modules/.cache), one per
// PGlite version. An in-memory database (tests, demos) is loaded from the same template.

/** The installed PGlite's entry point, and its version (its package.json is not among its exports). */
const pglitePackage = () => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return { entry, version: manifest.version };
};

/**
 * Where the template for the installed PGlite lives: the cache folder of the node_modules PGlite was installed into,
 * or the system's temporary folder when that cannot be made.
 */
export function clusterTemplateFile(): string {
  const { entry, version } = pglitePackage();
  const name = `pglite-${version}-cluster.tar.gz`;
  const modules = entry.lastIndexOf(`${path.sep}node_modules${path.sep}.pnpm${path.sep}`);
  const top = modules >= 0 ? entry.slice(0, modules) : entry.slice(0, Math.max(0, entry.indexOf(`${path.sep}node_modules${path.sep}`)));
  const cache = path.join(top, 'node_modules', '.cache', 'cvm-console');
  try {
    mkdirSync(cache, { recursive: true });
    return path.join(cache, name);
  } catch {
    return path.join(os.tmpdir(), `cvm-console-${name}`);
  }
}

/** Whether a data directory already holds a cluster (then it is opened as it is). */
export function holdsCluster(dataDir: string): boolean {
  return existsSync(dataDir) && readdirSync(dataDir).includes('PG_VERSION');
}

/** Runs make-pglite-cluster.mjs in a child process of the same Node (and none of this process's flags or loaders). */
async function runMaker(args: string[]): Promise<void> {
  const maker = fileURLToPath(new URL('./make-pglite-cluster.mjs', import.meta.url));
  await promisify(execFile)(process.execPath, [maker, ...args], { timeout: 120_000 });
}

/** Makes a new cluster in `dataDir` (which holds none yet), in a child process: from the template when there is one. */
export function createCluster(dataDir: string): Promise<void> {
  return runMaker(['--dir', dataDir, clusterTemplateFile()]);
}

let making: Promise<void> | undefined;

/**
 * Makes the template if the installed PGlite has none yet (`pnpm install` does this; else the first console that
 * needs it, once however many ask at a time). Resolves with its path.
 */
export async function prepareClusterTemplate(): Promise<string> {
  const file = clusterTemplateFile();
  if (!existsSync(file)) {
    making ??= runMaker(['--dump', file]).then(
      () => undefined,
      (error: unknown) => {
        making = undefined;
        throw error;
      },
    );
    await making;
  }
  return file;
}

/**
 * The empty cluster an in-memory database is loaded from. Read from the file each time rather than kept: a console
 * makes one database, and the blob is garbage once loaded.
 */
export async function emptyCluster(): Promise<Blob> {
  return new Blob([readFileSync(await prepareClusterTemplate())]);
}
