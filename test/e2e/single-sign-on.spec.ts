import { expect, test } from '@playwright/test';
import { BIG_ADMIN_STATE, BIG_URL } from './support/big-console.ts';

// Single sign-on on the big console, through a real OpenID Connect provider's own login and consent pages
// (support/oidc-provider-server.ts): the sign-in page's button, the provider, and back signed in with the role the
// person's group maps to — an operator, whom the big console would otherwise keep to two-factor set-up: the provider
// is where an SSO person's second factor is asked. Signing out goes through the provider and back to sign-in.

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('signs in with the SSO button through the provider, as the role the group maps to, and signs out of both', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BIG_URL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/overview');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText('or with a username and password')).toBeVisible();
  await page.screenshot({ path: `${shots}/sign-in-sso.png` });
  await page.getByRole('link', { name: 'Sign in with Company login' }).click();

  // The provider's own pages (oidc-provider's development interactions): any password for a known login.
  await page.locator('input[name="login"]').fill('grace');
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(`${BIG_URL}/overview`);
  await expect(page.getByRole('button', { name: 'Grace Hopper, Operator' })).toBeVisible();
  await page.getByRole('button', { name: 'Grace Hopper, Operator' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  // Out of the provider too: its end-session page asks, then sends the browser back to the console's sign-in.
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${process.env.E2E_OIDC_PORT}/`));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(`${BIG_URL}/sign-in`);
  await expect(page.getByRole('link', { name: 'Sign in with Company login' })).toBeVisible();
  await context.close();
});

test('shows an administrator how single sign-on is set up, without its secret', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BIG_URL, storageState: BIG_ADMIN_STATE });
  const page = await context.newPage();
  await page.goto('/admin/users');
  const card = page.getByRole('region', { name: 'Single sign-on' });
  await expect(card).toContainText(`http://127.0.0.1:${process.env.E2E_OIDC_PORT}`);
  await expect(card).toContainText('console-ops → Operator');
  await expect(card).toContainText('Everyone');
  await expect(card).not.toContainText('e2e-client-secret');
  await context.close();
});
