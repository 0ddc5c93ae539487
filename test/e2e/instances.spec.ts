import { expect, test, type Page } from '@playwright/test';

// The instance list as a person uses it, signed in as the admin (the project's storage state), on the embedded
// emulator: 15 demo instances in ap-guangzhou plus 60 generated ones (EMULATOR_INSTANCES=60), so 75 in all.
// These tests only read; the lifecycle tests change instances in other regions, so the counts here hold.
const TOTAL = 75;

const rows = (page: Page) => page.locator('tbody tr');

async function openList(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
}

test('lists the seeded instances with their state, zone, type and addresses', async ({ page }) => {
  await openList(page);
  await expect(page.getByText(`1–20 of ${TOTAL}`)).toBeVisible();
  await expect(rows(page)).toHaveCount(20);
  // Exact: the account switcher's option "Local emulator (…ATOR)" names the emulator's account too.
  await expect(page.getByText('Local emulator', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('web-prod-01');
  const row = page.getByRole('row', { name: /web-prod-01/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Running');
  await expect(row).toContainText('ap-guangzhou-3');
  await expect(row).toContainText('S5.LARGE8');
  await expect(row).toContainText(/ins-[a-z0-9]{8}/);
  await expect(row).toContainText(/10\.0\.\d+\.\d+/);
});

test('filters by state, pushed down to the API and kept in the URL', async ({ page }) => {
  await openList(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/DescribeInstances')) requests.push(request.postData() ?? '');
  });
  await page.getByLabel('State').selectOption('STOPPED');
  await expect(page).toHaveURL(/state=STOPPED/);
  await expect(rows(page).first()).toContainText('Stopped');
  const states = await rows(page).locator('td').allInnerTexts();
  expect(states.join(' ')).not.toContain('Running');
  expect(requests.some((body) => body.includes('"instance-state"') && body.includes('STOPPED'))).toBe(true);
});

test('changes page size and page with server-side paging', async ({ page }) => {
  await openList(page);
  await page.getByLabel('Page size').selectOption('50');
  await expect(page.getByText(`1–50 of ${TOTAL}`)).toBeVisible();
  await expect(rows(page)).toHaveCount(50);
  const firstPageIds = await rows(page).allInnerTexts();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(`51–${TOTAL} of ${TOTAL}`)).toBeVisible();
  await expect(rows(page)).toHaveCount(TOTAL - 50);
  await expect(page).toHaveURL(/page=2/);
  const secondPageIds = await rows(page).allInnerTexts();
  expect(secondPageIds.filter((row) => firstPageIds.includes(row))).toEqual([]);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText(`1–50 of ${TOTAL}`)).toBeVisible();
});

test('goes to any page in one step: a page number typed, the first and the last', async ({ page }) => {
  await openList(page);
  const pages = Math.ceil(TOTAL / 20);
  const box = page.getByRole('spinbutton', { name: 'Page' });
  await expect(box).toHaveValue('1');
  await expect(page.getByText(`of ${pages}`, { exact: true })).toBeVisible();
  await box.fill('3');
  await box.press('Enter');
  await expect(page.getByText(`41–60 of ${TOTAL}`)).toBeVisible();
  await expect(page).toHaveURL(/page=3/);
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page.getByText(`${(pages - 1) * 20 + 1}–${TOTAL} of ${TOTAL}`)).toBeVisible();
  await expect(box).toHaveValue(String(pages));
  await expect(page.getByRole('button', { name: 'Last page' })).toBeDisabled();
  // A number past the last page goes to the last; the first-page button goes back.
  await box.fill('999');
  await box.press('Enter');
  await expect(box).toHaveValue(String(pages));
  await page.getByRole('button', { name: 'First page' }).click();
  await expect(page.getByText(`1–20 of ${TOTAL}`)).toBeVisible();
  await expect(box).toHaveValue('1');
});

test('opens an instance detail with every group, and closes it with Escape', async ({ page }) => {
  await openList(page, '?name=mysql-primary');
  await page.getByRole('row', { name: /mysql-primary/ }).click();
  const dialog = page.getByRole('dialog', { name: /mysql-primary/ });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/instance=ins-[a-z0-9]{8}/);
  for (const group of ['Basics', 'Network', 'Disks', 'Login', 'Tags']) {
    await expect(dialog.getByRole('heading', { name: group, exact: true })).toBeVisible();
  }
  await expect(dialog).toContainText('M5.2XLARGE64');
  await expect(dialog).toContainText('SSD cloud disk');
  await expect(dialog).toContainText('500 GB');
  await expect(dialog).toContainText('data');
  await page.reload();
  await expect(page.getByRole('dialog', { name: /mysql-primary/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/instance=/);
});

test('opens a detail from the keyboard', async ({ page }) => {
  await openList(page, '?name=jump-host');
  const row = page.getByRole('row', { name: /jump-host/ });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /jump-host/ })).toBeVisible();
});

test('switches language and theme, and remembers both', async ({ page }) => {
  await openList(page);
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { name: '实例', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByLabel('状态')).toBeVisible();
  // Zone names come from the cloud in the console's language, not the browser's.
  await expect(page.getByLabel('可用区').locator('option', { hasText: '广州三区' })).toHaveCount(1);
  const wasDark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
  await page.getByRole('button', { name: wasDark ? '浅色主题' : '深色主题' }).click();
  await expect(page.locator('html')).toHaveClass(wasDark ? /^(?!.*dark)/ : /dark/);
  await page.reload();
  await expect(page.getByRole('heading', { name: '实例', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(!wasDark);
});

test('reload keeps region, filters, page size and page', async ({ page }) => {
  await openList(page);
  await page.getByLabel('Zone').selectOption('ap-guangzhou-3');
  await page.getByLabel('Page size').selectOption('20');
  await page.getByLabel('State').selectOption('RUNNING');
  await expect(page).toHaveURL(/zone=ap-guangzhou-3/);
  const before = await rows(page).allInnerTexts();
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByLabel('Zone')).toHaveValue('ap-guangzhou-3');
  await expect(page.getByLabel('State')).toHaveValue('RUNNING');
  await expect(rows(page).first()).toBeVisible();
  expect(await rows(page).allInnerTexts()).toEqual(before);
});

test('switches region', async ({ page }) => {
  await openList(page);
  await page.getByLabel('Region', { exact: true }).selectOption('ap-shanghai');
  await expect(page).toHaveURL(/region=ap-shanghai/);
  await expect(page.getByRole('row', { name: /kafka-1/ })).toBeVisible();
  await expect(page.getByText('1–5 of 5')).toBeVisible();
});

test('shows the cloud error code, message and RequestId', async ({ page }) => {
  // A region the cloud does not have: the emulator refuses DescribeInstances with UnsupportedRegion.
  await page.goto('/?region=ap-atlantis');
  const alert = page.getByRole('alert').filter({ hasText: 'UnsupportedRegion' });
  await expect(alert).toContainText('ap-atlantis');
  await expect(alert).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
});

test('shows an empty state that clears filters', async ({ page }) => {
  await openList(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('no-such-instance-anywhere');
  await expect(page.getByText('No instances match these filters')).toBeVisible();
  await page.getByRole('button', { name: /clear filters/i }).click();
  await expect(rows(page)).toHaveCount(20);
});

test('searches only complete instance IDs and addresses, and says so while one is being typed', async ({ page }) => {
  await openList(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('id:ins-12 ip:10.0.48');
  await expect(page.getByText(/“id:ins-12” is not a whole instance ID/)).toBeVisible();
  await expect(page.getByText(/“ip:10.0.48” is not a whole IPv4 address/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(20);
});

/** The text of a cell of the row for `name`, found through the search box itself. */
async function rowOf(page: Page, name: string) {
  await openList(page, `?q=${name}`);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toHaveCount(1);
  return row;
}

test('finds an instance by its private address, and by its public one, from one box', async ({ page }) => {
  const row = await rowOf(page, 'web-prod-01');
  const addresses = ((await row.textContent()) ?? '').match(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g) ?? [];
  const privateIp = addresses.find((address) => address.startsWith('10.'));
  const publicIp = addresses.find((address) => !address.startsWith('10.'));
  expect(privateIp).toBeTruthy();
  expect(publicIp).toBeTruthy();
  const search = page.getByRole('searchbox', { name: 'Search' });
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/DescribeInstances')) asked.push(request.postData() ?? '');
  });
  for (const address of [privateIp, publicIp]) {
    asked.length = 0;
    await search.fill(address!);
    await expect(page).toHaveURL(new RegExp(`q=${address!.replaceAll('.', '\\.')}`));
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('web-prod-01');
    await expect(page.getByText('1–1 of 1')).toBeVisible();
    // Asked both ways, as a private and as a public address, and merged.
    expect(asked.some((body) => body.includes('"private-ip-address"'))).toBe(true);
    expect(asked.some((body) => body.includes('"public-ip-address"'))).toBe(true);
  }
});

test('finds instances by tag and by VPC, ANDed with the state', async ({ page }) => {
  await openList(page, '?q=tag:env=prod');
  await expect(page.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  // staging-app is tagged env=staging: not found.
  await expect(page.getByRole('row', { name: /staging-app/ })).toHaveCount(0);
  await openList(page, '?q=tag:env=staging');
  await expect(page.getByRole('row', { name: /staging-app/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /web-prod-01/ })).toHaveCount(0);

  await openList(page, '?q=web-prod-01');
  await page.getByRole('row', { name: /web-prod-01/ }).click();
  const detail = page.getByRole('dialog');
  await expect(detail).toContainText('env');
  await expect(detail).toContainText('prod');
  const vpc = ((await detail.textContent()) ?? '').match(/vpc-[a-z0-9]{8}/)?.[0];
  expect(vpc).toBeTruthy();
  await page.keyboard.press('Escape');

  // The VPC ANDed with the name (the VPC holds more than a page), then with a state it is not in.
  await openList(page, `?q=vpc:${vpc} web-prod-01`);
  await expect(page.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  // No rows at all: the empty state, not a row, says the search ran.
  await page.goto('/?q=vpc:vpc-00000000 web-prod-01');
  await expect(page.getByText('No instances match these filters')).toBeVisible();
  await openList(page, `?q=vpc:${vpc} web-prod-01`);
  await page.getByLabel('State').selectOption('STOPPED');
  await expect(page).toHaveURL(/state=STOPPED/);
  await expect(page.getByRole('row', { name: /web-prod-01/ })).toHaveCount(0);
});

// The README's pictures: written to docs/screenshots with UPDATE_SCREENSHOTS=1, else beside the other test output.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('takes the README screenshots', async ({ page, browser, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openList(page);
  await page.screenshot({ path: `${shots}/instances-light.png` });
  await page.goto('/?q=web-prod-01');
  await page.getByRole('row', { name: /web-prod-01/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The panel slides and fades in: the picture is of where it comes to rest.
  await page.getByRole('dialog').evaluate((panel) => Promise.all(panel.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  await page.screenshot({ path: `${shots}/instance-detail.png` });
  // The search box with a tag and a state, and the same search across all regions.
  await page.goto('/?q=tag:env=prod state:RUNNING');
  await expect(rows(page).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/search.png` });
  await page.goto('/?regions=all&q=web-prod');
  await expect(page.getByRole('table', { name: 'Instances in East China (Shanghai)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Across all regions' }).getByRole('status')).not.toContainText('Still searching');
  await page.screenshot({ path: `${shots}/all-regions.png` });
  await page.goto('/');
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('dialog', { name: 'Columns' })).toBeVisible();
  await page.screenshot({ path: `${shots}/column-chooser.png` });
  await page.keyboard.press('Escape');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(rows(page).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/instances-dark.png` });

  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => localStorage.clear());
  await page.goto('/audit');
  await expect(page.getByRole('table', { name: 'Audit entries' })).toBeVisible();
  await page.screenshot({ path: `${shots}/audit.png` });

  const signedOut = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] }, colorScheme: 'light', viewport: { width: 1440, height: 900 } });
  const signIn = await signedOut.newPage();
  await signIn.goto('/');
  await expect(signIn.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await signIn.screenshot({ path: `${shots}/sign-in.png` });
  await signedOut.close();
});

test('works from the keyboard: / searches, j and k move between rows, x ticks one, Enter opens it', async ({ page }) => {
  await openList(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  // While typing, the keys are text, not shortcuts.
  await page.keyboard.type('jk');
  await expect(search).toHaveValue('jk');
  await search.fill('');
  await search.blur();

  await page.keyboard.press('j');
  await expect(rows(page).nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('x');
  await expect(rows(page).nth(1).getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('1 instance selected')).toBeVisible();
  const id = await rows(page).nth(1).getAttribute('data-instance-id');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: new RegExp(id!) })).toBeVisible();
});

test('suggests keys, tags from the tag service and their values, VPCs and subnets, as a search is typed', async ({ page }) => {
  await openList(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  const tagCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/tag/')) tagCalls.push(request.url().split('/').pop()!);
  });

  await search.fill('ta');
  await expect(suggestions.getByRole('option', { name: 'tag:' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(search).toHaveValue('tag:');
  await page.keyboard.type('en');
  await expect(suggestions.getByRole('option', { name: 'tag:env=' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(search).toHaveValue('tag:env=');
  await expect(suggestions.getByRole('option', { name: 'tag:env=prod' })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: 'tag:env=staging' })).toBeVisible();
  await suggestions.getByRole('option', { name: 'tag:env=staging' }).click();
  await expect(search).toHaveValue('tag:env=staging ');
  await expect(page).toHaveURL(/q=tag%3Aenv%3Dstaging/);
  await expect(rows(page).first()).toBeVisible();
  expect(tagCalls).toEqual(['DescribeTagKeys', 'DescribeTagValues']);

  // Escape puts the suggestions away; VPCs are offered with their names.
  await search.fill('vpc:');
  const vpc = suggestions.getByRole('option').first();
  await expect(vpc).toContainText(/vpc:vpc-\w+/);
  await page.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(search).toHaveValue('vpc:');

  // Subnets of any VPC and zone, with their name, CIDR block and zone; chosen, the list is searched by it.
  await search.fill('subnet:');
  const subnet = suggestions.getByRole('option').first();
  await expect(subnet).toContainText(/subnet:subnet-\w+/);
  await expect(subnet).toContainText(/\d+\.\d+\.\d+\.\d+\/\d+ · ap-guangzhou-\d/);
  const subnetId = /subnet-[a-z0-9]{8}/.exec((await subnet.textContent()) ?? '')![0];
  await subnet.click();
  await expect(page).toHaveURL(new RegExp(`q=subnet%3A${subnetId}`));
});
