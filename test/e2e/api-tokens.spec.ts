import { expect, request, test } from '@playwright/test';

// API tokens from "Your account", as the admin: a token made for a script is shown once, works with nothing but
// Authorization: Bearer (no cookie, no CSRF token), says when it was last used, and stops working when revoked.

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('makes a token shown once, uses it from a script, sees its last use, and revokes it', async ({ page, baseURL }) => {
  const name = `e2e-script-${Math.random().toString(36).slice(2, 7)}`;
  await page.goto('/profile');
  await page.getByLabel('Token name').fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Viewer' });
  await page.getByLabel('Ends after').selectOption({ label: '7 days' });
  await page.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByRole('region', { name: `New token ${name}` });
  await expect(shown).toContainText('it is shown this once');
  const token = (await shown.locator('code').textContent())!.trim();
  expect(token).toMatch(/^cvmtok_[A-Za-z0-9_-]{43}$/);
  await expect(shown.locator('pre')).toContainText(`Authorization: Bearer ${token}`);
  await shown.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${shots}/api-tokens.png` });
  await shown.getByRole('button', { name: 'Done' }).click();
  // Gone from the page: only its name, role and dates are listed.
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Viewer');
  await expect(row).toContainText('Never');

  // A script: no cookie, no CSRF token, no console header — only the token.
  const script = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const call = () =>
    script.post('/api/cvm/DescribeInstances', {
      headers: { Authorization: `Bearer ${token}`, 'X-Account': 'emulator', 'X-Region': 'ap-guangzhou' },
      data: { Limit: 5 },
    });
  const listed = await call();
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { InstanceSet: unknown[] }).InstanceSet.length).toBeGreaterThan(0);

  await page.reload();
  await expect(row).not.toContainText('Never');
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke ${name}?` });
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);
  const refused = await call();
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { code: string }).code).toBe('InvalidToken');
  await script.dispose();
});
