import { z } from 'zod';
import { DEFAULT_REGION, REGION_ID_PATTERN } from '@cvm/shared';
import type { Tc3Credentials } from '@cvm/shared/tc3';

// Configuration comes from the environment only, and is checked once at start with messages a person can act on.

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Keys and tokens are printable ASCII without spaces; anything else would end up inside a header, or a log line. */
const secretSchema = optionalString.pipe(z.string().regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces').optional());

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

const portSchema = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const envSchema = z
  .object({
    PORT: portSchema(8080),
    // Until sign-in exists, anyone who can reach the port can use the cloud keys: listen on loopback only.
    HOST: z.enum(LOOPBACK_HOSTS as [string, ...string[]], { message: `must be a loopback address (${LOOPBACK_HOSTS.join(', ')}) until the console has sign-in` }).default('127.0.0.1'),
    /** Extra Host header values to accept, e.g. the name a reverse proxy forwards: console.example.com,console:8080. */
    ALLOWED_HOSTS: optionalString,
    TENCENTCLOUD_SECRET_ID: secretSchema,
    TENCENTCLOUD_SECRET_KEY: secretSchema,
    TENCENTCLOUD_SESSION_TOKEN: secretSchema,
    /** Base URL that replaces https://<service>.tencentcloudapi.com, e.g. http://127.0.0.1:8930 for a separate emulator. */
    TENCENTCLOUD_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    TENCENTCLOUD_REGION: z.string().regex(REGION_ID_PATTERN, 'must look like ap-guangzhou').default(DEFAULT_REGION),
    CLOUD_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    EMULATOR_INSTANCES: z.coerce.number().int().min(0).max(200_000).default(0),
    EMULATOR_TRANSITION_SCALE: z.coerce.number().min(0).max(100).default(1),
    WEB_DIST: optionalString,
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
  | { mode: 'emulator' }
  | { mode: 'cloud'; credentials: Tc3Credentials; endpoint?: string };

export interface Config {
  port: number;
  host: string;
  /** Host header values (besides loopback names with the port) the server answers; see http/host-check.ts. */
  allowedHosts: string[];
  target: CloudTarget;
  defaultRegion: string;
  cloudTimeoutMs: number;
  logLevel: Env['LOG_LEVEL'];
  emulatorInstances: number;
  emulatorTransitionScale: number;
  webDist?: string;
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  const lines = parsed.success ? [] : parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  const pairing = keyPairProblem(source);
  if (pairing) lines.push(pairing);
  if (!parsed.success || lines.length) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  const env = parsed.data;
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
    allowedHosts: (env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    target,
    defaultRegion: env.TENCENTCLOUD_REGION,
    cloudTimeoutMs: env.CLOUD_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
    emulatorInstances: env.EMULATOR_INSTANCES,
    emulatorTransitionScale: env.EMULATOR_TRANSITION_SCALE,
    webDist: env.WEB_DIST,
  };
}
