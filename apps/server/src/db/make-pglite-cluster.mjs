import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

// Run as a child process by fresh-pglite.ts, so initdb's memory goes when the child does. Plain JavaScript, so any Node
// runs it as it is (the console may run under tsx, vitest or a bundle):
//   make-pglite-cluster.mjs --dir <dataDir> <template>   makes the cluster in a data directory the console then opens:
//                                                        unpacked from the template when there is one (under a
//                                                        second), else by initdb (about three), after which the new
//                                                        cluster is kept as the template for the next;
//   make-pglite-cluster.mjs --dump <template>            makes the template: an empty cluster, dumped (gzipped).
// A template is written aside and renamed, so a console starting at the same time never reads half of one.
const [mode, target, template] = process.argv.slice(2);
if (!((mode === '--dir' && target && template) || (mode === '--dump' && target))) {
  throw new Error('usage: make-pglite-cluster.mjs --dir <dataDir> <template> | --dump <template>');
}

async function keep(pglite, file) {
  const dump = await pglite.dumpDataDir('gzip');
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
}

if (mode === '--dir') {
  if (existsSync(template)) {
    await (await PGlite.create({ dataDir: target, loadDataDir: new Blob([readFileSync(template)]) })).close();
  } else {
    const pglite = await PGlite.create({ dataDir: target });
    // Kept for next time; a template that cannot be written (a read-only install) costs the next start initdb again.
    await keep(pglite, template).catch(() => undefined);
    await pglite.close();
  }
} else {
  const pglite = await PGlite.create();
  await keep(pglite, target);
  await pglite.close();
}
