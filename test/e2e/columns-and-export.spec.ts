import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SIGNED_OUT, type Person } from './support/people.ts';
import { BIG_ADMIN_STATE, BIG_INSTANCES, BIG_URL } from './support/big-console.ts';
import { postAsSignedIn, saveSignedInState } from './support/session.ts';

// Columns are a person's own, kept by the server; an export writes the whole filtered list with them.

const headers = (page: Page) => page.getByRole('table', { name: 'Instance list' }).locator('thead th');

test('columns chosen in one browser are the columns in the next', async ({ page, browser, baseURL }) => {
  // A person of their own: the other tests' people keep the default columns.
  const person: Person = { username: `cols${Date.now().toString(36)}`, displayName: 'Column Chooser', password: 'Pick-The-Columns-77', role: 'viewer' };
  expect((await postAsSignedIn(page.request, '/api/console/users', { ...person, password: person.password })).status()).toBe(201);
  const statePath = test.info().outputPath('person.json');
  await saveSignedInState(browser, baseURL!, person, statePath);

  const first = await browser.newContext({ storageState: statePath });
  const mine = await first.newPage();
  await mine.goto('/');
  await expect(headers(mine)).toContainText(['ID / Name', 'State', 'Zone', 'Instance type', 'CPU / Memory', 'IP addresses', 'Billing mode', 'Created']);

  await mine.getByRole('button', { name: 'Columns' }).click();
  const dialog = mine.getByRole('dialog', { name: 'Columns' });
  await dialog.getByRole('checkbox', { name: 'Billing mode' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'IP addresses' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Private IP' }).check();
  await dialog.getByRole('checkbox', { name: 'Tags' }).check();
  // A ticked column joins the end of the shown ones; Tags goes right after the state: up past Private IP, Created,
  // CPU / Memory, Instance type and Zone.
  for (let i = 0; i < 5; i++) await dialog.getByRole('button', { name: 'Move Tags up' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // The first header is the select-all checkbox's.
  const chosen = ['', 'ID / Name', 'State', 'Tags', 'Zone', 'Instance type', 'CPU / Memory', 'Created', 'Private IP', 'Actions'];
  await expect(headers(mine)).toHaveText(chosen);
  await mine.getByRole('searchbox', { name: 'Search' }).fill('web-prod-01');
  await expect(mine.getByRole('row', { name: /web-prod-01/ })).toContainText('env=prod');
  await first.close();

  // Another browser: signed in afresh, nothing in its storage but the new session.
  const second = await browser.newContext({ storageState: SIGNED_OUT });
  const again = await second.newPage();
  await saveSignedInState(browser, baseURL!, person, statePath);
  await second.addCookies(JSON.parse(readFileSync(statePath, 'utf8')).cookies);
  await again.goto('/');
  await expect(headers(again)).toHaveText(chosen);

  // Reset: the console's default again, everywhere.
  await again.getByRole('button', { name: 'Columns' }).click();
  await again.getByRole('dialog', { name: 'Columns' }).getByRole('button', { name: 'Reset to default' }).click();
  await expect(headers(again)).toContainText(['ID / Name', 'State', 'Zone', 'Instance type', 'CPU / Memory', 'IP addresses', 'Billing mode', 'Created']);
  await second.close();
});

test.describe('on the big console', () => {
  test.use({ baseURL: BIG_URL, storageState: BIG_ADMIN_STATE });

  test('exports every one of 10,015 instances as CSV, with the columns shown', async ({ page }) => {
    test.setTimeout(120_000);
    const calls: number[] = [];
    page.on('request', (request) => {
      // The export's pages (the list's own page and status polls ask for fewer).
      if (request.url().endsWith('/api/cvm/DescribeInstances') && request.postDataJSON()?.Limit === 100) calls.push(Date.now());
    });
    await page.goto('/');
    await expect(page.getByText(`1–20 of ${BIG_INSTANCES.toLocaleString('en')}`)).toBeVisible();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export instances' });
    await expect(dialog).toContainText(`${BIG_INSTANCES.toLocaleString('en')} instances of this view in ap-guangzhou`);
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await dialog.getByRole('button', { name: 'Export CSV' }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^instances-ap-guangzhou-\d{8}-\d{6}\.csv$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toBe('Region,Instance ID,Name,State,Zone,Instance type,CPU / Memory,IP addresses,Billing mode,Created');
    expect(lines).toHaveLength(1 + BIG_INSTANCES);
    const ids = new Set(lines.slice(1).map((line) => line.split(',')[1]));
    expect(ids.size).toBe(BIG_INSTANCES);
    await expect(dialog.getByRole('status')).toContainText(`Exported ${BIG_INSTANCES.toLocaleString('en')} instances`);

    // 101 pages of 100, never faster than half the action's limit of 40 calls a second.
    expect(calls).toHaveLength(Math.ceil(BIG_INSTANCES / 100));
    const perSecond = (calls.length - 1) / ((calls.at(-1)! - calls[0]!) / 1000);
    expect(perSecond).toBeLessThanOrEqual(21);
    test.info().annotations.push({ type: 'export', description: `${BIG_INSTANCES} rows, ${calls.length} calls at ${perSecond.toFixed(1)} calls/s` });
  });
});
