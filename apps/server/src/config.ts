import { z } from 'zod';
import { DEFAULT_REGION, REGION_ID_PATTERN, type Role } from '@cvm/shared';
import type { Tc3Credentials } from '@cvm/shared/tc3';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEncryptionKey } from './accounts/encryption-key.ts';

// Configuration comes from the environment only, and is checked once at start with messages a person can act on.

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Keys and tokens are printable ASCII without spaces; anything else would end up inside a header, or a log line. */
const secretSchema = optionalString.pipe(
  z
    .string()
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
);

const portSchema = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const envSchema = z.object({
  PORT: portSchema(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Trust X-Forwarded-For from this many proxies in front (for the client address in the audit log and lockouts). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /** Extra Host header values to accept, e.g. the name a reverse proxy forwards: console.example.com,console:8080. */
  ALLOWED_HOSTS: optionalString,
  TENCENTCLOUD_SECRET_ID: secretSchema,
  TENCENTCLOUD_SECRET_KEY: secretSchema,
  TENCENTCLOUD_SESSION_TOKEN: secretSchema,
  /** Base URL that replaces https://<service>.tencentcloudapi.com, e.g. http://127.0.0.1:8930 for a separate emulator. */
  TENCENTCLOUD_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  TENCENTCLOUD_REGION: z.string().regex(REGION_ID_PATTERN, 'must look like ap-guangzhou').default(DEFAULT_REGION),
  CLOUD_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /**
   * How many console replicas share the cloud accounts: each keeps to 1/REPLICAS of every documented rate limit, so
   * together they stay within it.
   */
  REPLICAS: z.coerce.number().int().min(1).max(64).default(1),
  /** Longest a call waits for its turn in an action's rate limit before the console answers 429 ConsoleBusy. */
  CLOUD_MAX_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2_000),
  /** How long an instance list page is shared with identical reads (0: only while one is in flight). */
  CLOUD_READ_FRESHNESS_MS: z.coerce.number().int().min(0).max(10_000).default(1_000),
  /** A bearer token /metrics requires; without it, /metrics answers loopback clients only. */
  METRICS_TOKEN: secretSchema.pipe(z.string().min(16, 'must have at least 16 characters').optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMULATOR_INSTANCES: z.coerce.number().int().min(0).max(200_000).default(0),
  EMULATOR_TRANSITION_SCALE: z.coerce.number().min(0).max(100).default(1),
  /** The embedded emulator's own loopback port (0: any free one), for SDKs and scripts beside the console. */
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  /** Serve the embedded emulator's /_emulator/time, to move its clock forward (demos, browser tests). */
  EMULATOR_TIME_TRAVEL: z.enum(['true', 'false', '1', '0']).default('false'),
  WEB_DIST: optionalString,
  /** PostgreSQL, shared by replicas; without it the console keeps its data in an embedded PostgreSQL under DATA_DIR. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
  ),
  /** Where the embedded database and the generated encryption key live; ":memory:" keeps nothing. */
  DATA_DIR: optionalString,
  CONSOLE_ENCRYPTION_KEY: secretSchema.pipe(
    z
      .string()
      .refine((v) => parseEncryptionKey(v) !== undefined, 'must be 32 bytes, as base64 or 64 hex digits')
      .optional(),
  ),
  /** A setup token of your choosing instead of a printed random one (automation, tests). */
  SETUP_TOKEN: secretSchema.pipe(z.string().min(16, 'must have at least 16 characters').optional()),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .positive()
    .max(30 * 24)
    .default(12),
  /** Mark the session cookie Secure: set this when the console is served over HTTPS. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  SIGNIN_LOCK_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  SIGNIN_ADDRESS_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(20),
  SIGNIN_LOCK_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  SIGNIN_FAILURE_DELAY_MS: z.coerce.number().int().min(0).max(2000).default(400),
  /** OpenID Connect single sign-on: the provider (its discovery document is read from it), this console as its client. */
  OIDC_ISSUER: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: secretSchema,
  /** The console's callback as registered with the provider: https://console.example.com/api/console/oidc/callback */
  OIDC_REDIRECT_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  OIDC_SCOPES: z.string().default('openid profile email'),
  /** The ID token claim that lists the person's groups. */
  OIDC_GROUPS_CLAIM: z.string().default('groups'),
  /** Groups to roles, e.g. console-admins=admin,console-ops=operator; the highest a person's groups give wins. */
  OIDC_ROLE_MAP: optionalString.pipe(
    z
      .string()
      .regex(/^[^=,]+=(viewer|operator|admin)(,[^=,]+=(viewer|operator|admin))*$/, 'must be group=role pairs, e.g. console-admins=admin,ops=operator')
      .optional(),
  ),
  /** The role of a person none of whose groups is mapped; unset, such a person is refused. */
  OIDC_DEFAULT_ROLE: z.enum(['viewer', 'operator', 'admin', '']).default(''),
  OIDC_LABEL: z.string().max(64).default('Single sign-on'),
  /** Who may sign in with a local password: everyone, administrators only (break glass), or no one. */
  LOCAL_SIGN_IN: z.enum(['all', 'admins', 'off']).default('all'),
  /** Roles whose people must set up two-factor sign-in before anything else (comma-separated: admin,operator). */
  TWO_FACTOR_REQUIRED_ROLES: optionalString.pipe(
    z
      .string()
      .regex(/^\s*(viewer|operator|admin)(\s*,\s*(viewer|operator|admin))*\s*$/, 'must list roles: viewer, operator, admin')
      .optional(),
  ),
  /** How recent a second factor must be for a dangerous action (terminate, reinstall, rules, people, accounts). */
  STEP_UP_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
});

/** Checked beside the schema, not inside it, so that this mistake is reported together with all the others. */
function keyPairProblem(source: NodeJS.ProcessEnv): string | undefined {
  const id = Boolean(source.TENCENTCLOUD_SECRET_ID?.trim());
  const key = Boolean(source.TENCENTCLOUD_SECRET_KEY?.trim());
  if (id === key) return undefined;
  return `  ${id ? 'TENCENTCLOUD_SECRET_KEY' : 'TENCENTCLOUD_SECRET_ID'}: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must be set together`;
}

export type Env = z.output<typeof envSchema>;

export type CloudTarget =
  /** Start the emulator in this process and talk HTTP to it. */
  { mode: 'emulator' } | { mode: 'cloud'; credentials: Tc3Credentials; endpoint?: string };

export interface Config {
  port: number;
  host: string;
  /** Host header values (besides loopback names with the port) the server answers; see http/host-check.ts. */
  allowedHosts: string[];
  target: CloudTarget;
  defaultRegion: string;
  cloudTimeoutMs: number;
  logLevel: Env['LOG_LEVEL'];
  metricsToken?: string;
  emulatorInstances: number;
  emulatorTransitionScale: number;
  emulatorPort: number;
  emulatorTimeTravel: boolean;
  webDist?: string;
  trustProxy: number;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | 'memory' };
  /** Folder for the generated encryption key; undefined when DATA_DIR is ":memory:". */
  dataDir?: string;
  encryptionKey?: Buffer;
  setupToken?: string;
  session: { idleMs: number; absoluteMs: number; secureCookies: boolean };
  /** The traffic layer's settings: this replica's share of each limit, the longest wait, read freshness. */
  traffic: { share: number; maxWaitMs: number; freshnessMs: number };
  stepUpMs: number;
  /** Single sign-on (OIDC_*), when an issuer is configured. */
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUrl: string;
    scopes: string;
    groupsClaim: string;
    roleMap: Map<string, Role>;
    defaultRole?: Role;
    label: string;
  };
  localSignIn: 'all' | 'admins' | 'off';
  /** Roles that must have two-factor sign-in on (TWO_FACTOR_REQUIRED_ROLES). */
  twoFactorRequiredRoles: Role[];
  signIn: { accountThreshold: number; addressThreshold: number; lockMs: number; windowMs: number; failureDelayMs: number };
}

/** The repository's .data folder: `pnpm start` keeps its embedded database there unless DATA_DIR says otherwise. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  const lines = parsed.success ? [] : parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  const pairing = keyPairProblem(source);
  if (pairing) lines.push(pairing);
  if (source.OIDC_ISSUER?.trim()) {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const) {
      if (!source[name]?.trim()) lines.push(`  ${name}: is required with OIDC_ISSUER`);
    }
  }
  if (!parsed.success || lines.length) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  const env = parsed.data;
  const dataDir = env.DATA_DIR === ':memory:' ? undefined : path.resolve(env.DATA_DIR ?? DEFAULT_DATA_DIR);
  const target: CloudTarget = env.TENCENTCLOUD_SECRET_ID
    ? {
        mode: 'cloud',
        credentials: { secretId: env.TENCENTCLOUD_SECRET_ID, secretKey: env.TENCENTCLOUD_SECRET_KEY!, token: env.TENCENTCLOUD_SESSION_TOKEN },
        endpoint: env.TENCENTCLOUD_ENDPOINT,
      }
    : { mode: 'emulator' };
  return {
    port: env.PORT,
    host: env.HOST,
    allowedHosts: (env.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    target,
    defaultRegion: env.TENCENTCLOUD_REGION,
    cloudTimeoutMs: env.CLOUD_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
    emulatorInstances: env.EMULATOR_INSTANCES,
    emulatorTransitionScale: env.EMULATOR_TRANSITION_SCALE,
    emulatorPort: env.EMULATOR_PORT,
    emulatorTimeTravel: env.EMULATOR_TIME_TRAVEL === 'true' || env.EMULATOR_TIME_TRAVEL === '1',
    webDist: env.WEB_DIST,
    trustProxy: env.TRUST_PROXY,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: dataDir ? path.join(dataDir, 'pglite') : 'memory' },
    dataDir,
    encryptionKey: env.CONSOLE_ENCRYPTION_KEY ? parseEncryptionKey(env.CONSOLE_ENCRYPTION_KEY) : undefined,
    setupToken: env.SETUP_TOKEN,
    session: { idleMs: env.SESSION_IDLE_MINUTES * 60_000, absoluteMs: env.SESSION_ABSOLUTE_HOURS * 3600_000, secureCookies: env.COOKIE_SECURE === 'true' },
    traffic: { share: 1 / env.REPLICAS, maxWaitMs: env.CLOUD_MAX_WAIT_MS, freshnessMs: env.CLOUD_READ_FRESHNESS_MS },
    stepUpMs: env.STEP_UP_MINUTES * 60_000,
    localSignIn: env.LOCAL_SIGN_IN,
    ...(env.OIDC_ISSUER
      ? {
          oidc: {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID!,
            clientSecret: env.OIDC_CLIENT_SECRET!,
            redirectUrl: env.OIDC_REDIRECT_URL!,
            scopes: env.OIDC_SCOPES,
            groupsClaim: env.OIDC_GROUPS_CLAIM,
            roleMap: new Map(
              (env.OIDC_ROLE_MAP ?? '')
                .split(',')
                .filter(Boolean)
                .map((pair) => pair.split('=') as [string, Role]),
            ),
            ...(env.OIDC_DEFAULT_ROLE ? { defaultRole: env.OIDC_DEFAULT_ROLE } : {}),
            label: env.OIDC_LABEL,
          },
        }
      : {}),
    twoFactorRequiredRoles: (env.TWO_FACTOR_REQUIRED_ROLES ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean) as Role[],
    signIn: {
      accountThreshold: env.SIGNIN_LOCK_THRESHOLD,
      addressThreshold: env.SIGNIN_ADDRESS_THRESHOLD,
      lockMs: env.SIGNIN_LOCK_MINUTES * 60_000,
      windowMs: env.SIGNIN_LOCK_MINUTES * 60_000,
      failureDelayMs: env.SIGNIN_FAILURE_DELAY_MS,
    },
  };
}
