import { Writable } from 'node:stream';
import { createLogger, loadConfig, startConsole, type Clock, type RunningConsole } from '@cvm/server';
import type { Role, SessionInfo } from '@cvm/shared';
import { pgliteTemplate } from './pglite-template.ts';
import { createTestDatabase, postgresUrlFromEnv } from './postgres.ts';

/** True in the integration-postgres project (CVM_TEST_DB=postgres), which needs TEST_DATABASE_URL. */
export const usePostgres = () => process.env.CVM_TEST_DB === 'postgres';

export type TestConsole = RunningConsole & { logs: string[] };

/**
 * Starts the real console server on a free port, on an in-memory embedded database (or TEST_DATABASE_URL's
 * PostgreSQL when `postgres` is asked for), capturing its log lines so tests can inspect them. With a clock (a
 * ManualClock from @cvm/server), sessions, sign-in locks, invitations and the refusal audit go by it: a test moves time
 * on instead of waiting for it.
 */
export async function startTestConsole(env: Record<string, string> = {}, options: { clock?: Clock; fromTemplate?: boolean } = {}): Promise<TestConsole> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  // The integration-postgres project runs this same suite on PostgreSQL: one fresh database per console.
  const database = usePostgres() && !env.DATABASE_URL ? await createTestDatabase(postgresUrlFromEnv()!) : undefined;
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'debug',
    DATA_DIR: ':memory:',
    SIGNIN_FAILURE_DELAY_MS: '0',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const running = await startConsole(config, {
    logger: createLogger('debug', sink),
    // The suites sign in hundreds of times to check the throttle and sessions, not the hash: argon2id at 1 MiB and one
    // pass instead of OWASP's 19 MiB and two (a hash records its cost; production never lowers it).
    passwordHashCost: { memorySize: 1024, iterations: 1 },
    ...(options.clock ? { clock: options.clock } : {}),
    // A DATA_DIR that already holds a database (a restart) is opened as it is, never loaded over.
    ...(config.database.kind === 'pglite' && options.fromTemplate !== false ? { pgliteTemplate: await pgliteTemplate() } : {}),
  });
  const close = running.close;
  return Object.assign(running, {
    logs,
    close: async () => {
      await close();
      await database?.drop();
    },
  });
}

export interface ApiResult {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, any>;
}

/** A browser stand-in: keeps the session cookie and the CSRF token, sends the headers the web app sends. */
export class ConsoleClient {
  cookie = '';
  csrfToken = '';
  account = 'emulator';

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'X-CVM-Console': '1',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(this.csrfToken ? { 'X-CSRF-Token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? '' : pair!;
    }
    const text = await response.text();
    let json: Record<string, any> = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      /* CSV and other non-JSON bodies */
    }
    if (typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    return { status: response.status, headers: response.headers, text, json };
  }

  /** A cloud action through the console, as the web app calls it. */
  call(service: string, action: string, params: unknown = {}, headers: Record<string, string> = {}): Promise<ApiResult> {
    return this.request('POST', `/api/${service}/${action}`, params, { 'X-Region': 'ap-guangzhou', 'X-Account': this.account, ...headers });
  }

  async signIn(username: string, password: string): Promise<ApiResult> {
    return this.request('POST', '/api/console/sign-in', { username, password });
  }
}

export const ADMIN = { username: 'admin', password: 'correct horse battery staple' };

/** Completes first-run setup on a fresh console and returns a client signed in as its administrator. */
export async function setupAdmin(running: RunningConsole): Promise<ConsoleClient> {
  const client = new ConsoleClient(running.url);
  const result = await client.request('POST', '/api/console/setup', { setupToken: running.setupToken, ...ADMIN });
  if (result.status !== 201) throw new Error(`setup failed: ${result.status} ${result.text}`);
  return client;
}

/** Creates a person with a role (as the admin) and returns a client signed in as them. */
export async function createUser(admin: ConsoleClient, username: string, role: Role, password = 'a long and careful passphrase'): Promise<ConsoleClient> {
  const created = await admin.request('POST', '/api/console/users', { username, role, password });
  if (created.status !== 201) throw new Error(`could not create ${username}: ${created.status} ${created.text}`);
  const client = new ConsoleClient(admin.baseUrl);
  const signedIn = await client.signIn(username, password);
  if (signedIn.status !== 200) throw new Error(`could not sign in ${username}: ${signedIn.status} ${signedIn.text}`);
  return client;
}

export type { SessionInfo };
