import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { ALIYUN_DEFAULT_REGION, CONSOLE_VERSION } from '@cvm/shared';
import type { Tc3Credentials } from '@cvm/shared/tc3';
import type { RunningEmulator } from '@cvm/emulator';
import { AccountRegistry, type BuiltInAccount } from './accounts/account-registry.ts';
import { loadEncryptionKey } from './accounts/encryption-key.ts';
import { SecretBox } from './accounts/secret-box.ts';
import { createApp } from './app.ts';
import { AuditLog } from './audit/audit-log.ts';
import { SessionStore } from './auth/session-store.ts';
import { ApiTokenStore } from './auth/api-tokens.ts';
import { TwoFactorStore } from './auth/two-factor.ts';
import { OidcSignIn } from './auth/oidc.ts';
import { SetupTokens } from './auth/setup-tokens.ts';
import { SignInThrottle } from './auth/sign-in-throttle.ts';
import { LocalRevocationBus, PostgresRevocationBus } from './auth/session-revocations.ts';
import { CloudHttp } from './cloud/cloud-http.ts';
import { CloudTraffic } from './cloud/traffic/cloud-traffic.ts';
import { publicEndpoint } from './cloud/public-endpoint.ts';
import type { Config } from './config.ts';
import { openDatabase, type OpenDatabase } from './db/database.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { createLogger } from './logger.ts';
import { systemClock, type Clock } from './time/clock.ts';
import { PasswordHasher, type PasswordHashCost } from './auth/passwords.ts';
import { UserStore } from './users/user-store.ts';
import { ConsoleMetrics } from './ops/console-metrics.ts';

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningConsole {
  url: string;
  port: number;
  emulator?: RunningEmulator;
  database: OpenDatabase;
  logger: Logger;
  /** The setup token this process printed, while the console has no administrator yet. */
  setupToken?: string;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** A dumped PGlite data directory to start from (tests: skips initdb). */
  pgliteTemplate?: Blob;
  /** The time sessions, sign-in locks, invitations and the refusal audit go by (tests: a ManualClock they move). */
  clock?: Clock;
  /** What a password hash costs (tests: less; see PasswordHasher). */
  passwordHashCost?: PasswordHashCost;
}

/**
 * Starts the console: the database (migrated), the embedded emulator when no cloud keys are configured, the accounts
 * it can act in, then the HTTP server. Prints the one-time setup token while no administrator exists.
 */
export async function startConsole(config: Config, options: StartOptions = {}): Promise<RunningConsole> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // The embedded database on disk is this process's alone (db/data-dir-lock.ts): a second console, or the CLI, waits.
  let unlock: (() => void) | undefined;
  if (config.database.kind === 'pglite' && config.dataDir) {
    mkdirSync(config.dataDir, { recursive: true });
    unlock = lockDataDir(config.dataDir, 'the console');
  }
  const database = await openDatabase(
    config.database.kind === 'pglite' ? { ...config.database, ...(options.pgliteTemplate ? { template: options.pgliteTemplate } : {}) } : config.database,
  ).catch((error: unknown) => {
    unlock?.();
    throw error;
  });
  const { db } = database;
  const clock = options.clock ?? systemClock;

  let emulator: RunningEmulator | undefined;
  const builtIn: BuiltInAccount[] = [];
  let endpointFor: (service: string, region?: string) => URL;
  /** The console's own Tencent Cloud keys: what assumes the roles of role accounts. */
  let baseCredentials: Tc3Credentials;
  if (config.target.mode === 'emulator') {
    // Imported only here: a console on a real cloud never loads the emulator's code.
    const { startEmulator } = await import('@cvm/emulator');
    emulator = await startEmulator({
      port: config.emulatorPort,
      bulkInstances: config.emulatorInstances,
      transitionScale: config.emulatorTransitionScale,
      timeTravel: config.emulatorTimeTravel,
    });
    const base = new URL(emulator.url);
    // On the emulator, every account talks to it: nothing this console does can reach the real cloud.
    endpointFor = () => base;
    const credentials = emulator.credentials[0]!;
    baseCredentials = credentials;
    builtIn.push({
      account: {
        id: 'emulator',
        name: 'Local emulator',
        cloud: 'tencent',
        secretIdLast4: credentials.secretId.slice(-4),
        defaultRegion: config.defaultRegion,
        source: 'emulator',
        hasToken: false,
        createdAt: null,
      },
      credentials,
      endpointFor,
    });
    // The same emulator is also an Alibaba Cloud account (ECS and Auto Scaling), reached with Aliyun's RPC protocol.
    const aliyunKey = emulator.aliyunCredentials[0]!;
    builtIn.push({
      account: {
        id: 'emulator-aliyun',
        name: 'Local emulator (Alibaba Cloud)',
        cloud: 'aliyun',
        secretIdLast4: aliyunKey.accessKeyId.slice(-4),
        defaultRegion: ALIYUN_DEFAULT_REGION,
        source: 'emulator',
        hasToken: false,
        createdAt: null,
      },
      credentials: { secretId: aliyunKey.accessKeyId, secretKey: aliyunKey.accessKeySecret },
      endpointFor,
    });
    logger.info(
      { emulator: emulator.url, timeTravel: emulator.timeTravel },
      'no TENCENTCLOUD_SECRET_ID set: using the embedded local CVM emulator (simulated instances, no real cloud)',
    );
  } else {
    const { endpoint, credentials } = config.target;
    baseCredentials = credentials;
    endpointFor = endpoint ? () => new URL(endpoint) : publicEndpoint;
    builtIn.push({
      account: {
        id: 'environment',
        name: 'Default account',
        cloud: 'tencent',
        secretIdLast4: credentials.secretId.slice(-4),
        defaultRegion: config.defaultRegion,
        source: 'environment',
        hasToken: Boolean(credentials.token),
        createdAt: null,
      },
      credentials,
      endpointFor,
    });
    logger.info({ endpoint: endpoint ?? 'https://<service>.tencentcloudapi.com', secretId: `…${credentials.secretId.slice(-4)}` }, 'default account from TENCENTCLOUD_SECRET_ID');
  }

  // Sessions are counted at scrape time, from the store made below.
  const metrics = new ConsoleMetrics({ version: CONSOLE_VERSION, mode: config.target.mode }, { countActive: () => sessions.countActive() });
  const audit = new AuditLog(db, logger, (stage) => metrics.auditWriteFailed(stage));
  const revocations =
    database.pool && config.database.kind === 'postgres' ? await PostgresRevocationBus.start(config.database.url, database.pool, logger) : new LocalRevocationBus();
  const sessions = new SessionStore(db, { idleMs: config.session.idleMs, absoluteMs: config.session.absoluteMs }, revocations, clock);
  const setupTokens = new SetupTokens(db);
  const box = new SecretBox(loadEncryptionKey(config.encryptionKey, config.dataDir, logger));
  const traffic = new CloudTraffic({ ...config.traffic, logger, observer: metrics });
  const cloudHttp = new CloudHttp();
  const accounts = new AccountRegistry({
    db,
    box,
    builtIn,
    endpointFor,
    timeoutMs: config.cloudTimeoutMs,
    logger,
    traffic,
    http: cloudHttp,
    revocations,
    observer: metrics,
    base: { credentials: baseCredentials, endpointFor },
    clock,
  });

  const twoFactor = new TwoFactorStore(db, box, clock);
  let boundPort = config.port;
  const app = createApp({
    db,
    sessions,
    throttle: new SignInThrottle(db, config.signIn, clock),
    setupTokens,
    users: new UserStore(db),
    audit,
    accounts,
    logger,
    secureCookies: config.session.secureCookies,
    failureDelayMs: config.signIn.failureDelayMs,
    clock,
    passwords: new PasswordHasher(options.passwordHashCost),
    meta: {
      mode: config.target.mode,
      defaultRegion: config.defaultRegion,
      version: CONSOLE_VERSION,
      localSignIn: config.localSignIn,
      ...(config.oidc ? { sso: { label: config.oidc.label } } : {}),
    },
    oidc: config.oidc ? new OidcSignIn(config.oidc, db, clock) : undefined,
    localSignIn: config.localSignIn,
    webDist: config.webDist ?? DEFAULT_WEB_DIST,
    allowedHosts: config.allowedHosts,
    port: () => boundPort,
    trustProxy: config.trustProxy,
    metrics,
    metricsToken: config.metricsToken,
    tokens: new ApiTokenStore(db, clock),
    twoFactor,
    stepUp: { twoFactor, windowMs: config.stepUpMs, clock },
    twoFactorRequiredRoles: config.twoFactorRequiredRoles,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  boundPort = port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  const setupToken = await setupTokens.issue(config.setupToken);
  if (setupToken) {
    // Printed, never stored in clear: whoever can read this log may create the first administrator.
    logger.warn({ setupUrl: `${url}/setup` }, 'no administrator yet: open the setup page and enter the setup token printed below');
    console.log(`\n  First run: open ${url}/setup and enter this one-time setup token:\n\n      ${setupToken}\n`);
  }

  return {
    url,
    port,
    emulator,
    database,
    logger,
    setupToken,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      cloudHttp.close();
      await emulator?.close();
      await revocations.close();
      await database.close();
      unlock?.();
    },
  };
}
