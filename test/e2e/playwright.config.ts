import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { ADMIN, SETUP_TOKEN, storageStateOf } from './support/people.ts';

// Browser tests drive the real built app, served by the real server, on its embedded emulator, in Debian's Chromium.
// A port of its own unless one is given: set here, in the main process, so the workers it starts inherit it.
// Below the kernel's ephemeral range (32768–60999 here), where a server asking for any free port may be given one.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 12_000));
process.env.E2E_BIG_PORT ??= String(Number(process.env.E2E_PORT) + 1);
// The main console's embedded emulator on a known port, with its clock movable (support/emulator-clock.ts).
process.env.E2E_EMULATOR_PORT ??= String(Number(process.env.E2E_PORT) + 2);
// The OpenID Connect provider the big console signs in through (support/oidc-provider-server.ts).
process.env.E2E_OIDC_PORT ??= String(Number(process.env.E2E_PORT) + 3);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT);
const PORT = Number(process.env.E2E_PORT);
const BIG_PORT = Number(process.env.E2E_BIG_PORT);
const root = fileURLToPath(new URL('../..', import.meta.url));

const SERVER_ENV = {
  LOG_LEVEL: 'warn',
  TENCENTCLOUD_SECRET_ID: '',
  TENCENTCLOUD_SECRET_KEY: '',
  SETUP_TOKEN,
  DATA_DIR: ':memory:',
  // Wrong passwords are answered at once, not slowed down: the tests are not guessing.
  SIGNIN_FAILURE_DELAY_MS: '0',
  // Emulated state changes take about 1–6 s instead of 4–30 s.
  EMULATOR_TRANSITION_SCALE: '0.2',
};

/** The server's bundle (apps/server/build/bundle.ts) with node alone, as `pnpm start` runs it. */
const server = (port: number, instances: number, emulator: Record<string, string> = {}) => ({
  command: 'node apps/server/dist/main.mjs',
  cwd: root,
  url: `http://127.0.0.1:${port}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { ...SERVER_ENV, PORT: String(port), EMULATOR_INSTANCES: String(instances), ...emulator },
});

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  // Generous: these machines share their CPUs (steal time of 50 % has been seen), and a slow run must not fail a
  // test that asserts behaviour, not speed.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The database starts empty, so the first project completes the setup through the UI and creates the other people;
  // every other test starts signed in (as the admin unless it says otherwise).
  projects: [
    { name: 'setup', testMatch: 'first-run.setup.ts' },
    { name: 'console', testMatch: '*.spec.ts', dependencies: ['setup'], use: { storageState: storageStateOf(ADMIN) } },
  ],
  // Two consoles: the one most tests use (75 instances in ap-guangzhou), and a big one (10,000 more) for what only a
  // big list shows — export of every row, paging far — set up by first-run.setup.ts too (support/big-console.ts). The
  // big one requires two-factor sign-in of operators (only the admin works there otherwise).
  webServer: [
    server(PORT, 60, { EMULATOR_PORT: process.env.E2E_EMULATOR_PORT, EMULATOR_TIME_TRAVEL: 'true' }),
    server(BIG_PORT, 10_000, {
      TWO_FACTOR_REQUIRED_ROLES: 'operator',
      OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
      OIDC_CLIENT_ID: 'cvm-console-e2e',
      OIDC_CLIENT_SECRET: 'e2e-client-secret-0123456789',
      OIDC_REDIRECT_URL: `http://127.0.0.1:${BIG_PORT}/api/console/oidc/callback`,
      OIDC_SCOPES: 'openid profile email groups',
      OIDC_ROLE_MAP: 'console-ops=operator',
      OIDC_LABEL: 'Company login',
    }),
    {
      command: 'node --import tsx test/e2e/support/oidc-provider-server.ts',
      cwd: root,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
