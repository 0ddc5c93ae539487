import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Tests that need a real PostgreSQL get its admin URL from TEST_DATABASE_URL (set by CI, or from
// `node scripts/ensure-postgres.mjs`) and a throwaway database per test file from createTestDatabase().

export function postgresUrlFromEnv(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, uniquely named database; the admin role must be allowed to CREATE/DROP DATABASE. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cvm_test_${randomBytes(8).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop() {
      // FORCE (PostgreSQL 13+) ends sessions a test left open, e.g. an unclosed pool.
      dropped ??= withAdmin(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
      return dropped;
    },
  };
}
