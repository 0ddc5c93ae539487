import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { migrate } from './database.ts';
import type { Database } from './schema.ts';

// Run as a child process by fresh-pglite.ts, so that nothing it grows — initdb's ~600 MB, the archive's buffers, the
// WebAssembly heap that schema changes grow — stays in the console's process, where a WebAssembly heap never shrinks.
//   make-cluster --dir <dataDir> <template>   makes a migrated data directory the console then opens as at any
//                                             restart: the template unpacked (under half a second), or when there is
//                                             none, initdb and the migrations (about three), the result kept as the template;
//   make-cluster --dump <template>            makes the template: a new cluster, migrated, dumped (tar.gz).
// A template is written aside and renamed, so a console starting at the same time never reads half of one.
const [mode, target, template] = process.argv.slice(2);
if (!((mode === '--dir' && target && template) || (mode === '--dump' && target))) {
  throw new Error('usage: make-cluster --dir <dataDir> <template> | --dump <template>');
}

async function keep(pglite: PGlite, file: string): Promise<void> {
  const dump = await pglite.dumpDataDir('gzip');
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
}

/** The template's files into `dir`. A damaged template fails rather than leaving half a cluster. */
async function unpack(file: string, dir: string): Promise<void> {
  const tar = await import('tar');
  // The dump's paths start with '/', which tar strips (and says so, as information): every other warning is a failure.
  const problems: string[] = [];
  // sync: about twice as fast as the streaming extract for a thousand small files, and nothing else runs in this process.
  tar.x({ file, cwd: dir, sync: true, onwarn: (code, message) => code !== 'TAR_ENTRY_INFO' && problems.push(`${code}: ${message}`) });
  if (problems.length) throw new Error(`The embedded database template ${file} could not be unpacked: ${problems.join('; ')}`);
}

/** initdb (in `dataDir`, or in memory) and the migrations. */
async function newCluster(dataDir?: string): Promise<PGlite> {
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  await migrate(new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) }));
  return pglite;
}

if (mode === '--dump') {
  const pglite = await newCluster();
  await keep(pglite, target);
  await pglite.close();
} else {
  mkdirSync(target, { recursive: true });
  if (existsSync(template!)) {
    await unpack(template!, target);
  } else {
    const pglite = await newCluster(target);
    // Kept for next time; a template that cannot be written (a read-only install) costs the next start initdb again.
    await keep(pglite, template!).catch(() => undefined);
    await pglite.close();
  }
}
