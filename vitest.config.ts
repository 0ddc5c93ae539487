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
    // Every emulator in the tests checks its own shortcuts as it answers: each filtered answer against a scan of every
    // instance, each kept instance JSON against the instance as it is (packages/emulator/src/state/instance-index.ts).
    env: { EMULATOR_VERIFY_INDEX: '1' },
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
