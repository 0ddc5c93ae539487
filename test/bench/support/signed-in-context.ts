import type { Browser, BrowserContext } from '@playwright/test';
import { SETUP_TOKEN } from './servers.ts';

/**
 * A browser context on a freshly started console, its first administrator set up (and so signed in): the context the
 * browser benches measure in, and the headers its API calls need (the client header and the session's CSRF token).
 */
export async function signedInContext(browser: Browser, url: string): Promise<{ context: BrowserContext; headers: Record<string, string> }> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const setup = await context.request.post('/api/console/setup', {
    data: { setupToken: SETUP_TOKEN, username: 'perf', password: 'a benchmark passphrase' },
    headers: { 'X-CVM-Console': '1' },
  });
  if (setup.status() !== 201) throw new Error(`setup failed: HTTP ${setup.status()}`);
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  return { context, headers: { 'X-CVM-Console': '1', 'X-CSRF-Token': csrfToken } };
}
