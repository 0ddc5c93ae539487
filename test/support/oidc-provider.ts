import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { ConsoleClient, startTestConsole, type TestConsole } from './console.ts';

// A real OpenID Connect provider for the tests (panva's oidc-provider, the one openid-client is tested against):
// authorization code with PKCE, discovery, its own login and consent pages (its development interactions), and
// accounts whose claims the test chooses — groups included, so the console's mapping of groups to roles is tested
// against tokens a provider really issued and signed.

export interface TestAccount {
  sub: string;
  preferred_username: string;
  name: string;
  email?: string;
  groups: string[];
}

export interface RunningProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export async function startOidcProvider(
  client: { clientId: string; clientSecret: string; redirectUri: string; postLogoutRedirectUri: string },
  port = 0,
): Promise<RunningProvider> {
  const accounts = new Map<string, TestAccount>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'], groups: ['groups'] },
    scopes: ['openid', 'profile', 'email', 'groups'],
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    // Everything the console asks for goes into the ID token, as many enterprise providers configure groups.
    conformIdTokenClaims: false,
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ ...account }) };
    },
  } as never);
  // Plain HTTP on loopback, for tests only.
  (provider as unknown as { proxy: boolean }).proxy = true;
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's way through the provider, with fetch: follow the console's start URL to the provider's login page, sign
 * in as `login` (the dev interactions take any password), consent, and come back with the redirect to the console's
 * callback. Answers that callback URL (not followed).
 */
export async function passProviderLogin(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  };
  let url = authorizationUrl;
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
    remember(response);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url).toString();
      if (!next.startsWith(new URL(authorizationUrl).origin)) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    // The login form, or the consent form: each posts back to the interaction.
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form at ${url}: ${html.slice(0, 300)}`);
    const isLogin = html.includes('name="login"');
    const body = new URLSearchParams(isLogin ? { prompt: 'login', login, password: 'any' } : { prompt: 'consent' });
    const posted = await fetch(new URL(action, url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    remember(posted);
    const after = posted.headers.get('location');
    if (!after) throw new Error(`the provider answered ${posted.status} to ${action}`);
    url = new URL(after, url).toString();
  }
  throw new Error('too many hops through the provider');
}

/**
 * The whole browser round trip through a console's single sign-on: its start URL, the provider's pages as `login`,
 * and its callback. Answers a client holding the new session's cookie, and where the console sent the browser.
 */
export async function signInWithSso(consoleUrl: string, login: string, next = '/overview'): Promise<{ client: ConsoleClient; landing: string }> {
  const start = await fetch(`${consoleUrl}/api/console/oidc/start?next=${encodeURIComponent(next)}`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`single sign-on did not start: ${start.status}`);
  const callback = await passProviderLogin(start.headers.get('location')!, login);
  if (!callback.startsWith(`${consoleUrl}/api/console/oidc/callback?`)) throw new Error(`the provider sent the browser to ${callback}`);
  const back = await fetch(callback, { redirect: 'manual' });
  const client = new ConsoleClient(consoleUrl);
  const cookie = back.headers.getSetCookie().find((c) => c.startsWith('cvm_session='));
  if (cookie) client.cookie = cookie.split(';')[0]!;
  // The session's CSRF token, as the web app reads it after the redirect.
  await client.request('GET', '/api/console/session');
  return { client, landing: back.headers.get('location')! };
}

/**
 * A provider and a console that signs in through it: the console on a port of its own (its callback is registered
 * with the provider before it listens), configured as its client with `env` added (OIDC_ROLE_MAP, OIDC_LABEL, …).
 */
export async function startProviderAndConsole(
  env: Record<string, string>,
): Promise<{ provider: RunningProvider; running: TestConsole; consoleUrl: string; client: { clientId: string; clientSecret: string } }> {
  const port = 22_000 + Math.floor(Math.random() * 9_000);
  const consoleUrl = `http://127.0.0.1:${port}`;
  const client = { clientId: 'cvm-console', clientSecret: `a-client-secret-for-tests-${port}` };
  const provider = await startOidcProvider({ ...client, redirectUri: `${consoleUrl}/api/console/oidc/callback`, postLogoutRedirectUri: `${consoleUrl}/sign-in` });
  const running = await startTestConsole({
    PORT: String(port),
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: client.clientId,
    OIDC_CLIENT_SECRET: client.clientSecret,
    OIDC_REDIRECT_URL: `${consoleUrl}/api/console/oidc/callback`,
    OIDC_SCOPES: 'openid profile email groups',
    ...env,
  });
  return { provider, running, consoleUrl, client };
}
