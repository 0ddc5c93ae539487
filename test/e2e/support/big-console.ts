import { expect, type Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { ADMIN, SETUP_TOKEN } from './people.ts';

// The second console of the browser tests (playwright.config.ts): the same build, its emulator holding 10,000
// generated instances besides the 15 demo ones, all in ap-guangzhou. Only the admin exists there.

export const BIG_INSTANCES = 10_015;
export const BIG_URL = `http://127.0.0.1:${process.env.E2E_BIG_PORT}`;

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** The admin's signed-in storage state on the big console. */
export const BIG_ADMIN_STATE = `${root}test-results/.auth/big-admin.json`;

/** First run of the big console over its API (the page was proved on the other one), and the admin's session saved. */
export async function setUpBigConsole(browser: Browser): Promise<void> {
  const context = await browser.newContext({ baseURL: BIG_URL, storageState: { cookies: [], origins: [] } });
  const response = await context.request.post('/api/console/setup', {
    data: { setupToken: SETUP_TOKEN, username: ADMIN.username, displayName: ADMIN.displayName, password: ADMIN.password },
    headers: { 'X-CVM-Console': '1' },
  });
  expect(response.status(), 'setting up the big console').toBeLessThan(300);
  await context.storageState({ path: BIG_ADMIN_STATE });
  await context.close();
}
