import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';
import { createCluster, templateCluster, holdsCluster } from './fresh-pglite.ts';

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

/**
 * The embedded PostgreSQL's settings for what the console keeps in it: people, sessions, accounts, an audit log —
 * megabytes, a handful of connections (one). PostgreSQL's defaults (128 MB of shared buffers, allocated inside the
 * WebAssembly heap, which never gives memory back) are sized for a database server; these keep the console's idle
 * footprint small. Measured on this machine: RSS after open 413–569 MB with the defaults, 265–284 MB with these.
 */
export const EMBEDDED_POSTGRES_SETTINGS = ['shared_buffers=16MB', 'wal_buffers=1MB', 'temp_buffers=1MB', 'work_mem=2MB', 'maintenance_work_mem=8MB', 'max_connections=5'];

/** Opens the database and brings its schema up to date: migrations run at every start, under a lock. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  let pool: pg.Pool | undefined;
  if (target.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection that ends (PostgreSQL restarting, an administrator's pg_terminate_backend, a dropped database)
    // is reported on the pool: the pool has already let it go and the next query opens another. Unlistened, that
    // report would be an uncaught exception that ends the console.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    // Loaded only here: a console on PostgreSQL never holds the embedded one's code (~50 MB).
    const { PGlite } = await import('@electric-sql/pglite');
    const persisted = target.dataDir !== 'memory';
    if (persisted) mkdirSync(target.dataDir, { recursive: true });
    // A new database's cluster comes from the template (fresh-pglite.ts), never from initdb in this process: unpacked
    // into the data directory by a child process, or loaded as a dump for an in-memory database.
    if (persisted && !target.template && !holdsCluster(target.dataDir)) await createCluster(target.dataDir);
    const from = target.template ?? (persisted ? undefined : await templateCluster());
    const pglite = await PGlite.create({
      postgresqlconf: EMBEDDED_POSTGRES_SETTINGS,
      ...(persisted ? { dataDir: target.dataDir } : {}),
      ...(from ? { loadDataDir: from } : {}),
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

/** Migrations this code knows that the database has not run (a replica of newer code before its start finished). */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrations = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return migrations.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}
