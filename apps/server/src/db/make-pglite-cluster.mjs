import { renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

// Run as a child process by fresh-pglite.ts, so initdb's memory goes when the child does. Plain JavaScript, so any Node
// runs it as it is (the console may run under tsx, vitest or a bundle):
//   make-pglite-cluster.mjs --dir <dataDir>   makes the cluster in a data directory the console then opens;
//   make-pglite-cluster.mjs --dump <file>     dumps an empty cluster (gzipped) for in-memory databases, written aside and
//                                            renamed, so a console starting at the same time never reads half a dump.
const [mode, target] = process.argv.slice(2);
if ((mode !== '--dir' && mode !== '--dump') || !target) throw new Error('usage: make-pglite-cluster.mjs --dir <dataDir> | --dump <file>');
if (mode === '--dir') {
  await (await PGlite.create({ dataDir: target })).close();
} else {
  const pglite = await PGlite.create();
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const partial = `${target}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, target);
}
