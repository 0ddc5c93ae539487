import { startOidcProvider } from '../../support/oidc-provider.ts';

// The browser tests' OpenID Connect provider (a Playwright web server): the big console signs in through it. Its
// people: Grace, in a group that maps to operator.

export const E2E_OIDC_CLIENT = { clientId: 'cvm-console-e2e', clientSecret: 'e2e-client-secret-0123456789' };

const port = Number(process.env.E2E_OIDC_PORT);
const consoleUrl = `http://127.0.0.1:${process.env.E2E_BIG_PORT}`;
const provider = await startOidcProvider({ ...E2E_OIDC_CLIENT, redirectUri: `${consoleUrl}/api/console/oidc/callback`, postLogoutRedirectUri: `${consoleUrl}/sign-in` }, port);
provider.accounts.set('grace', { sub: 'e2e-grace', preferred_username: 'grace', name: 'Grace Hopper', email: 'grace@example.com', groups: ['console-ops'] });
console.log(`OpenID Connect provider for the browser tests at ${provider.issuer}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void provider.close().then(() => process.exit(0)));
