import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';

export type DatabaseTarget =
  /** PostgreSQL: what several replicas share. */
  | { kind: 'postgres'; url: string }
  /** Embedded PostgreSQL in a folder, or in memory (tests); `template` is a dumped data dir to start from. */
  | { kind: 'pglite'; dataDir: string | 'memory'; template?: Blob };

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  /** PostgreSQL's pool, for what Kysely does not do (NOTIFY). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

/** Opens the database and brings its schema up to date: migrations run at every start, under a lock. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  let pool: pg.Pool | undefined;
  if (target.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: target.url, max: 10 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    if (target.dataDir !== 'memory') mkdirSync(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      ...(target.dataDir === 'memory' ? {} : { dataDir: target.dataDir }),
      ...(target.template ? { loadDataDir: target.template } : {}),
    });
    db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  }
  await migrate(db);
  return { db, kind: target.kind, pool, close: () => db.destroy() };
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
