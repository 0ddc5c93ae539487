import { defineConfig } from 'vitest/config';

// Server tests run twice: on the embedded database (PGlite), and on PostgreSQL when TEST_DATABASE_URL is set
// (`pnpm test` starts Debian's PostgreSQL and sets it; see scripts/ensure-postgres.mjs).
const integration = {
  environment: 'node' as const,
  testTimeout: 20_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/contract/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          ...integration,
          name: 'integration',
          include: ['test/server/**/*.test.ts', 'test/sdk/**/*.test.ts', 'test/emulator/**/*.test.ts'],
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                ...integration,
                name: 'integration-postgres',
                include: ['test/server/**/*.test.ts'],
                env: { CVM_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
    ],
    maxWorkers: 2,
  },
});
