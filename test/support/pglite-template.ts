import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { migrate } from '@cvm/server';

// A fresh embedded database costs ~4 s (initdb in WebAssembly); loading a dumped, already migrated one costs ~1 s.
// The dump is cached on disk, keyed by the migrations' contents, so every test file and run after the first is quick.

const migrationsDir = fileURLToPath(new URL('../../apps/server/src/db/migrations', import.meta.url));

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(path.join(migrationsDir, file)));
  return hash.digest('hex').slice(0, 16);
}

let template: Promise<Blob> | undefined;

export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = path.join(os.tmpdir(), `cvm-console-pglite-${migrationsHash()}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const pglite = await PGlite.create();
    await migrate(new Kysely<any>({ dialect: new PGliteDialect({ pglite }) }));
    const blob = await pglite.dumpDataDir('none');
    await pglite.close();
    // Written aside then renamed, so a parallel test file never reads half a dump.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    renameSync(partial, file);
    return blob;
  })();
  return template;
}
