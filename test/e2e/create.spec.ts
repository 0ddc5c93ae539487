import { expect, test, type Locator, type Page } from '@playwright/test';
import { VIEWER, storageStateOf } from './support/people.ts';

// The create wizard, as the admin (the project's storage state), on the embedded emulator. Each test works in a
// region no other spec counts on: instances are bought only in ap-chengdu; the refused purchase is in ap-singapore-4,
// whose pay-as-you-go quota is 2 (the refusal creates nothing, so the lifecycle tests' ap-singapore list is unchanged);
// the rest only fill the wizard in. Names carry a random suffix: the suite shares one server.

const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const SETTLE = { timeout: 20_000 };
const PASSWORD = 'Wizard-Pass-2024';
const suffix = () => Math.random().toString(36).slice(2, 7);

const pricePanel = (page: Page) => page.getByRole('complementary', { name: 'Price' });
const stepper = (page: Page) => page.getByRole('navigation', { name: 'Steps' });

/** An amount as the panel writes it (CN¥1,234.5678) as a number: the first amount in the figure. */
function amountOf(text: string | null): number {
  const match = (text ?? '').match(/CN¥([\d,]+(?:\.\d+)?)/);
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number(match[1]!.replace(/,/g, ''));
}

/**
 * The panel's figure once it is current: never read while it is marked as updating. `unlike` waits for a figure
 * other than a previous one (the quote for the last change has arrived).
 */
async function settledFigure(page: Page, label: string, unlike?: number): Promise<number> {
  const panel = pricePanel(page);
  // The figure is the description (dd) of the term (dt) that names it.
  const figure = panel.locator(`dt:text-is("${label}") + dd`);
  await expect(figure).toBeVisible();
  let value = Number.NaN;
  await expect
    .poll(async () => {
      if ((await panel.locator('dl[aria-busy="true"]').count()) > 0) return 'updating';
      value = amountOf(await figure.textContent());
      return unlike !== undefined && Math.abs(value - unlike) < 1e-9 ? 'unchanged' : 'current';
    }, SETTLE)
    .toBe('current');
  return value;
}

async function goToStep(page: Page, name: string) {
  await stepper(page)
    .getByRole('button', { name: new RegExp(`^\\d\\. ${name}`) })
    .click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function next(page: Page, to: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: to, level: 2 })).toBeVisible();
}

async function openWizard(page: Page, region: string) {
  await page.goto(`/instances/create?region=${region}`);
  await expect(page.getByRole('heading', { name: 'Create instances', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Location and billing', level: 2 })).toBeVisible();
}

/** The table's own price for a type (per hour), to know what a change of type should add. */
async function listedPrice(table: Locator, type: string): Promise<number> {
  return amountOf(
    await table
      .getByRole('row')
      .filter({ has: table.page().getByRole('radio', { name: type, exact: true }) })
      .textContent(),
  );
}

async function setPassword(page: Page, password = PASSWORD) {
  await page.getByLabel('Login password', { exact: true }).fill(password);
  await page.getByLabel('Confirm login password', { exact: true }).fill(password);
}

test('walks the wizard, follows the price, and creates two instances that turn Running in the list', async ({ page }) => {
  const name = `e2e-web-${suffix()}`;
  await page.goto('/?region=ap-chengdu');
  await page.getByRole('button', { name: 'Create instances' }).click();
  await expect(page).toHaveURL(/\/instances\/create\?region=ap-chengdu$/);
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-chengdu');
  await page.getByRole('radio', { name: 'Chengdu Zone 1' }).check();
  await expect(page.getByRole('radio', { name: 'Pay as you go' })).toBeChecked();
  await expect(pricePanel(page)).toContainText('Choose a zone, an instance type and an image to see the price.');
  await next(page, 'Instance type');

  // Choosing a type prices it; a bigger type costs what the table says it costs more.
  const table = page.getByRole('table', { name: 'Instance types' });
  await page.getByLabel('Instance family').selectOption('S5');
  await page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true }).check();
  const small = await settledFigure(page, 'Per hour');
  await page.getByRole('radio', { name: 'S5.LARGE8', exact: true }).check();
  const large = await settledFigure(page, 'Per hour', small);
  const typeDifference = (await listedPrice(table, 'S5.LARGE8')) - (await listedPrice(table, 'S5.MEDIUM4'));
  expect(large).toBeGreaterThan(small);
  expect(large - small).toBeCloseTo(typeDifference, 3);
  // The monthly estimate walks the cheaper usage steps, so it is less than 720 full-price hours.
  const month = await settledFigure(page, 'Per month, estimated');
  expect(month).toBeLessThan(large * 720);
  expect(month).toBeGreaterThan(large * 360);
  // Sorting by price, both ways, from the column header.
  const priceHeader = table.getByRole('columnheader', { name: 'Price per hour' });
  await priceHeader.getByRole('button').click();
  await expect(priceHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = (await table.locator('tbody tr').allInnerTexts()).map(amountOf);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await priceHeader.getByRole('button').click();
  await expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = (await table.locator('tbody tr').allInnerTexts()).map(amountOf);
  expect(descending).toEqual([...ascending].reverse());
  await next(page, 'Image');
  await expect(page.getByRole('radio', { name: 'TencentOS Server 3.1 (TK4)' })).toBeChecked();
  await next(page, 'Storage');

  // A data disk adds to the price; a bigger one adds more.
  await page.getByRole('button', { name: 'Add data disk' }).click();
  await expect(page.getByLabel('Data disk 1 size (GB)')).toHaveValue('100');
  const withDisk = await settledFigure(page, 'Per hour', large);
  expect(withDisk).toBeGreaterThan(large);
  await page.getByLabel('Data disk 1 size (GB)').fill('200');
  const withBiggerDisk = await settledFigure(page, 'Per hour', withDisk);
  expect(withBiggerDisk).toBeGreaterThan(withDisk);
  await page.getByLabel('Data disk 1 size (GB)').fill('105');
  await expect(page.getByText('Use a multiple of 10 GB.')).toBeVisible();
  await page.getByLabel('Data disk 1 size (GB)').fill('100');
  await expect(page.getByText('Use a multiple of 10 GB.')).toHaveCount(0);
  const priceOfOne = await settledFigure(page, 'Per hour', withBiggerDisk);
  expect(priceOfOne).toBeCloseTo(withDisk, 4);
  await next(page, 'Network');
  await expect(page.getByLabel('VPC')).toHaveValue(/^vpc-/);
  await expect(page.getByLabel('Subnet')).toHaveValue(/^subnet-/);
  await expect(page.getByRole('checkbox', { name: 'default', exact: true })).toBeChecked();
  await next(page, 'Login and details');

  // Two instances cost twice one.
  await setPassword(page);
  await page.getByLabel('Instance name').fill(`${name}-{R:1}`);
  await page.getByLabel('Number of instances').fill('2');
  const names = page.getByRole('list', { name: 'Names the instances will get' });
  await expect(names).toContainText(`${name}-1`);
  await expect(names).toContainText(`${name}-2`);
  const priceOfTwo = await settledFigure(page, 'Per hour', priceOfOne);
  expect(priceOfTwo).toBeCloseTo(priceOfOne * 2, 3);
  await expect(pricePanel(page)).toContainText('For all 2 instances together.');
  await next(page, 'Review');

  const review = page.getByRole('region', { name: 'Review' });
  await expect(review).toContainText('S5.LARGE8');
  await expect(review).toContainText(`${name}-1`);
  await expect(review).toContainText(`${name}-2`);
  // A dry run first: the cloud checks everything and buys nothing.
  const checked = page.waitForRequest('**/api/cvm/RunInstances');
  await review.getByRole('button', { name: 'Check', exact: true }).click();
  expect((await checked).postDataJSON()).toMatchObject({ DryRun: true, InstanceCount: 2 });
  await expect(review.getByText('Checks passed: the cloud would accept this purchase. Nothing was bought.')).toBeVisible();

  const sent = page.waitForRequest('**/api/cvm/RunInstances');
  await review.getByRole('button', { name: 'Create', exact: true }).click();
  const request = await sent;
  const body = request.postDataJSON();
  expect(body).toMatchObject({
    Placement: { Zone: 'ap-chengdu-1' },
    InstanceChargeType: 'POSTPAID_BY_HOUR',
    InstanceType: 'S5.LARGE8',
    InstanceCount: 2,
    InstanceName: `${name}-{R:1}`,
    DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100, DeleteWithInstance: true }],
    LoginSettings: { Password: PASSWORD },
  });
  expect(body.ClientToken).toMatch(REQUEST_ID);
  expect(body.DryRun).toBeUndefined();
  const ids: string[] = (await (await request.response())!.json()).InstanceIdSet;
  expect(ids).toHaveLength(2);

  // Back on the list of the same region, the two are there at once, Creating, and turn Running without a reload.
  await expect(page).toHaveURL(/\/\?region=ap-chengdu$/);
  const notice = page.getByRole('status').filter({ hasText: 'The cloud is creating 2 instances' });
  for (const id of ids) await expect(notice).toContainText(id);
  for (const n of [1, 2]) await expect(page.getByRole('row', { name: new RegExp(`${name}-${n}\\b`) })).toContainText('Creating');
  for (const n of [1, 2]) await expect(page.getByRole('row', { name: new RegExp(`${name}-${n}\\b`) })).toContainText('Running', SETTLE);
  // The draft is gone with the purchase: the next wizard starts afresh.
  await page.getByRole('button', { name: 'Create instances' }).click();
  await goToStep(page, 'Login and details');
  await expect(page.getByLabel('Instance name')).toHaveValue('');
});

test('shows a refused purchase with its code and RequestId, and keeps every choice', async ({ page }) => {
  const name = `e2e-quota-${suffix()}`;
  await openWizard(page, 'ap-singapore');
  await page.getByRole('radio', { name: 'Singapore Zone 4' }).check();
  await next(page, 'Instance type');
  await page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true }).check();
  await goToStep(page, 'Login and details');
  await setPassword(page);
  await page.getByLabel('Instance name').fill(name);
  await page.getByLabel('Number of instances').fill('3');
  // The quota is read and the excess pointed out before anything is sent; the cloud still has the last word.
  await expect(page.getByText(/Quota in Singapore Zone 4: 2 of 2 pay as you go instances left\./)).toBeVisible();
  await expect(page.getByText(/more than the 2 left in this zone’s quota/)).toBeVisible();
  await next(page, 'Review');

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The cloud did not create the instances' });
  await expect(alert).toContainText('InstancesQuotaLimitExceeded');
  await expect(alert).toContainText(REQUEST_ID);
  await expect(page).toHaveURL(/\/instances\/create/);
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeEnabled();

  // Nothing was lost: the choices are all still there, the password included (it lives in the page's memory).
  await goToStep(page, 'Login and details');
  await expect(page.getByLabel('Instance name')).toHaveValue(name);
  await expect(page.getByLabel('Number of instances')).toHaveValue('3');
  await expect(page.getByLabel('Login password', { exact: true })).toHaveValue(PASSWORD);
  await goToStep(page, 'Location and billing');
  await expect(page.getByRole('radio', { name: 'Singapore Zone 4' })).toBeChecked();
});

test('checks the password rule as it is typed, before anything is sent', async ({ page }) => {
  const purchases: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/RunInstances')) purchases.push(request.url());
  });
  await openWizard(page, 'eu-frankfurt');
  await next(page, 'Instance type');
  await page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true }).check();
  await goToStep(page, 'Login and details');
  const password = page.getByLabel('Login password', { exact: true });
  const rules = page.getByRole('list', { name: 'Password rules' });

  await password.fill('abc');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The password does not meet the rules below.')).toBeVisible();
  await expect(rules.getByRole('listitem').filter({ hasText: '8 to 30 characters' })).toContainText('not met');
  await expect(rules.getByRole('listitem').filter({ hasText: 'At least 2 of' })).toContainText('not met');

  await password.fill('abcdefgh1');
  await expect(rules.getByRole('listitem').filter({ hasText: '8 to 30 characters' })).not.toContainText('not met');
  await expect(rules.getByRole('listitem').filter({ hasText: 'At least 2 of' })).not.toContainText('not met');
  await expect(password).not.toHaveAttribute('aria-invalid', 'true');
  await password.fill('abcdefgh 1');
  await expect(rules.getByRole('listitem').filter({ hasText: 'Only letters, digits' })).toContainText('not met');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await password.fill('abc');

  // The review lists what is wrong and will not create.
  await goToStep(page, 'Review');
  const create = page.getByRole('button', { name: 'Create', exact: true });
  await expect(create).toBeDisabled();
  await expect(page.getByRole('alert')).toContainText('The password does not meet the rules below.');
  await page.getByRole('button', { name: 'Go to Login and details' }).click();
  await setPassword(page);
  await goToStep(page, 'Review');
  await expect(create).toBeEnabled();
  expect(purchases).toEqual([]);
});

test('keeps the choices across a reload, except the password', async ({ page }) => {
  const name = `e2e-draft-${suffix()}`;
  await openWizard(page, 'na-siliconvalley');
  await page.getByRole('radio', { name: 'Silicon Valley Zone 2' }).check();
  await page.getByRole('radio', { name: 'Monthly subscription' }).check();
  await page.getByLabel('Subscription period').selectOption('6');
  await next(page, 'Instance type');
  await page.getByRole('radio', { name: 'SA2.LARGE8', exact: true }).check();
  await expect(page.getByRole('columnheader', { name: 'Price per month' })).toBeVisible();
  await goToStep(page, 'Storage');
  await page.getByRole('button', { name: 'Add data disk' }).click();
  await page.getByLabel('Data disk 1 type').selectOption('CLOUD_SSD');
  await page.getByLabel('Data disk 1 size (GB)').fill('300');
  await goToStep(page, 'Login and details');
  await setPassword(page);
  await page.getByLabel('Instance name').fill(name);
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Tag 1 key').fill('team');
  await page.getByLabel('Tag 1 value').fill('e2e');
  const total = await settledFigure(page, 'Total for 6 months');

  await page.reload();
  await expect(page.getByText('Your unfinished choices in this tab were restored.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Login and details', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Instance name')).toHaveValue(name);
  await expect(page.getByLabel('Tag 1 key')).toHaveValue('team');
  await expect(page.getByLabel('Tag 1 value')).toHaveValue('e2e');
  await expect(page.getByLabel('Login password', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Confirm login password', { exact: true })).toHaveValue('');
  expect(await settledFigure(page, 'Total for 6 months')).toBeCloseTo(total, 2);
  // Never written anywhere the browser keeps.
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(stored).toContain(name);
  expect(stored).not.toContain(PASSWORD);

  await goToStep(page, 'Storage');
  await expect(page.getByLabel('Data disk 1 type')).toHaveValue('CLOUD_SSD');
  await expect(page.getByLabel('Data disk 1 size (GB)')).toHaveValue('300');
  await goToStep(page, 'Instance type');
  await expect(page.getByRole('radio', { name: 'SA2.LARGE8', exact: true })).toBeChecked();
  await goToStep(page, 'Location and billing');
  await expect(page.getByRole('radio', { name: 'Silicon Valley Zone 2' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Monthly subscription' })).toBeChecked();
  await expect(page.getByLabel('Subscription period')).toHaveValue('6');
});

test('"Create similar" fills the wizard in from an instance, without its password', async ({ page }) => {
  await page.goto('/?region=ap-guangzhou&name=web-prod-01');
  await page.getByRole('button', { name: 'Actions for web-prod-01' }).click();
  await page.getByRole('menu', { name: 'Actions for web-prod-01' }).getByRole('menuitem', { name: 'Create similar' }).click();
  await expect(page).toHaveURL(/\/instances\/create\?region=ap-guangzhou$/);
  await expect(page.getByText('Filled in from web-prod-01.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Guangzhou Zone 3' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Pay as you go' })).toBeChecked();
  await expect(pricePanel(page)).toContainText('S5.LARGE8');
  await goToStep(page, 'Instance type');
  await expect(page.getByRole('radio', { name: 'S5.LARGE8', exact: true })).toBeChecked();
  await goToStep(page, 'Image');
  await expect(page.getByRole('radio', { name: 'TencentOS Server 3.1 (TK4)' })).toBeChecked();
  await goToStep(page, 'Storage');
  await expect(page.getByLabel('Data disk 1 type')).toHaveValue('CLOUD_PREMIUM');
  await expect(page.getByLabel('Data disk 1 size (GB)')).toHaveValue('100');
  await goToStep(page, 'Network');
  await expect(page.getByLabel('Bandwidth cap (Mbps)')).toHaveValue('10');
  await goToStep(page, 'Login and details');
  await expect(page.getByLabel('Instance name')).toHaveValue('web-prod-01');
  await expect(page.getByLabel('Tag 1 key')).toHaveValue('env');
  await expect(page.getByLabel('Tag 1 value')).toHaveValue('prod');
  await expect(page.getByLabel('Login password', { exact: true })).toHaveValue('');

  // The detail panel offers it too, in its More actions menu.
  await page.goto('/?region=ap-guangzhou&name=mysql-primary');
  await page.getByRole('row', { name: /mysql-primary/ }).click();
  const detail = page.getByRole('dialog', { name: /mysql-primary/ });
  await detail.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: 'Create similar' }).click();
  await expect(page.getByText('Filled in from mysql-primary.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Monthly subscription' })).toBeChecked();
  await expect(pricePanel(page)).toContainText('M5.2XLARGE64');
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStateOf(VIEWER) });

  test('cannot open the wizard, and is told why', async ({ page }) => {
    await page.goto('/?region=ap-chengdu');
    const create = page.getByRole('button', { name: 'Create instances' });
    await expect(create).toBeDisabled();
    await expect(create).toHaveAccessibleDescription('Needs the operator role');
    await page.goto('/instances/create?region=ap-chengdu');
    await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  });
});

// The README's pictures: written to docs/screenshots with UPDATE_SCREENSHOTS=1, else beside the other test output.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('takes the wizard screenshots', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // A fresh theme choice (follow the colour scheme) and a fresh wizard each time.
    await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => undefined);
    await openWizard(page, 'eu-frankfurt');
    await page.getByRole('radio', { name: 'Frankfurt Zone 1' }).check();
    await next(page, 'Instance type');
    await page.getByLabel('Instance family').selectOption('S5');
    await page.getByRole('radio', { name: 'S5.LARGE8', exact: true }).check();
    await settledFigure(page, 'Per hour');
    await page.screenshot({ path: `${shots}/create-wizard${scheme === 'dark' ? '-dark' : ''}.png` });
  }
});
