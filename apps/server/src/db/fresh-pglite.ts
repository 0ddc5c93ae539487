import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { migrationProvider } from './migrations/index.ts';

// A new embedded database starts from an empty cluster that initdb made. initdb in WebAssembly grows the heap to about
// 600 MB, and a WebAssembly heap never shrinks: run in the console's process, it would keep that memory for as long as
// the console runs (so would the first migrations, ~40 MB). So clusters are made and migrated in a child process of
// its own (make-cluster.ts), which gives it all back when it exits. initdb and the migrations take about three
// seconds, and their result is the same every time for one PGlite version and one set of migrations, so they run
// once: the migrated cluster is kept as a template (a PGlite dump: tar.gz, 4–5 MB), and a new data directory is
// unpacked from it in under half a second; the console then opens it as at any restart, in a restart's memory. The
// template is made by `pnpm install` (db/prepare-template.ts) or else by the first start that needs one, and kept
// with the installed packages (node_modules/.cache). An in-memory database (tests, demos) is loaded from it too.

/** The installed PGlite's entry point, and its version (its package.json is not among its exports). */
const pglitePackage = () => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return { entry, version: manifest.version };
};

/**
 * The migrations a template has had, as a short key: their names, which never change once shipped (migrations/index.ts).
 */
async function migrationsKey(): Promise<string> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  return createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 12);
}

/**
 * Where the template for the installed PGlite and these migrations lives: the cache folder of the node_modules PGlite
 * was installed into, or the system's temporary folder when that cannot be made.
 */
export async function clusterTemplateFile(): Promise<string> {
  const { entry, version } = pglitePackage();
  const name = `pglite-${version}-schema-${await migrationsKey()}-cluster.tar.gz`;
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

/**
 * Runs make-cluster in a child process of the same Node (none of this process's flags): the bundle's
 * make-cluster.mjs beside this module, or the TypeScript source through tsx when the console runs from its sources.
 */
async function runMaker(args: string[]): Promise<void> {
  const fromSource = import.meta.url.endsWith('.ts');
  const maker = fileURLToPath(new URL(fromSource ? './make-cluster.ts' : './make-cluster.mjs', import.meta.url));
  const loader = fromSource ? ['--import', import.meta.resolve('tsx')] : [];
  await promisify(execFile)(process.execPath, [...loader, maker, ...args], { timeout: 120_000 });
}

/**
 * Makes a new, migrated cluster in `dataDir` (which holds none yet), in a child process: the template unpacked there,
 * or, when there is no template, initdb and the migrations, after which the cluster is kept as the template.
 */
export async function createCluster(dataDir: string, template?: string): Promise<void> {
  await runMaker(['--dir', dataDir, template ?? (await clusterTemplateFile())]);
}

let making: Promise<void> | undefined;

/**
 * Makes the template if the installed PGlite has none yet (`pnpm install` does this; else the first console that
 * needs it, once however many ask at a time). Resolves with its path.
 */
export async function prepareClusterTemplate(): Promise<string> {
  const file = await clusterTemplateFile();
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
 * The template (a new cluster, migrated) an in-memory database is loaded from. Read from the file each time rather
 * than kept: a console makes one database, and the blob is garbage once loaded.
 */
export async function templateCluster(): Promise<Blob> {
  return new Blob([readFileSync(await prepareClusterTemplate())]);
}
