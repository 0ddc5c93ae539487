import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

// Launch templates (issue 21): the create wizard's choices saved as a template, and an instance bought from it with
// its price (InquiryPriceRunInstances and RunInstances naming the template's version); an instance's configuration
// saved as a template, its versions on the Launch templates page — a new one from the wizard, made the default, the
// old one deleted — and the template deleted. In na-siliconvalley, where the specs that change things buy their own.

const REGION = 'na-siliconvalley';
const PASSWORD = 'Template-Pass-2024';
const { api, launchRunning } = emulatorApi(REGION);
const suffix = () => Math.random().toString(36).slice(2, 7);

const pricePanel = (page: Page) => page.getByRole('complementary', { name: 'Price' });

/** The price panel's per-hour figure once it is current (not marked as updating), as a number. */
async function perHour(page: Page): Promise<number> {
  const panel = pricePanel(page);
  const figure = panel.locator('dt:text-is("Per hour") + dd');
  let value = Number.NaN;
  await expect
    .poll(async () => {
      if ((await panel.locator('dl[aria-busy="true"]').count()) > 0 || !(await figure.isVisible())) return 'updating';
      value = Number(/CN¥([\d,]+(?:\.\d+)?)/.exec((await figure.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
      return Number.isFinite(value) ? 'current' : 'updating';
    })
    .toBe('current');
  return value;
}

async function next(page: Page, to: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: to, level: 2 })).toBeVisible();
}

async function goToStep(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: new RegExp(`^\\d\\. ${name}`) })
    .click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

test('saves the wizard as a launch template and buys from it with its price', async ({ page }) => {
  const name = `e2e-lt-${suffix()}`;
  const instanceName = `e2e-from-lt-${suffix()}`;
  // Every quote the page asks for: the wizard prices a template's purchase as soon as it buys from one (right after
  // saving, too), and the same quote is not asked again within a minute — so it is looked for among all of them.
  const quotes: Array<{ LaunchTemplate?: { LaunchTemplateId?: string; LaunchTemplateVersion?: number }; InstanceType?: string }> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/InquiryPriceRunInstances')) quotes.push(request.postDataJSON());
  });
  await page.goto(`/instances/create?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'Create instances', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('radio', { name: 'Silicon Valley Zone 1' }).check();
  await next(page, 'Instance type');
  await page.getByLabel('Instance family').selectOption('S5');
  await page.getByRole('radio', { name: 'S5.LARGE8', exact: true }).check();
  await next(page, 'Image');
  await next(page, 'Storage');
  await page.getByRole('button', { name: 'Add data disk' }).click();
  await goToStep(page, 'Login and details');
  await page.getByLabel('Instance name').fill(instanceName);
  const price = await perHour(page);

  // Saved as a template: checked as it is typed, then made by the cloud; the wizard now buys from it.
  await page.getByRole('button', { name: 'Save as launch template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as launch template' });
  await dialog.getByLabel('Template name').fill('x');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('Give the template a name of 2 to 128 characters.')).toBeVisible();
  await dialog.getByLabel('Template name').fill(name);
  await dialog.getByLabel('Version description (optional)').fill('from the wizard');
  const created = page.waitForRequest('**/api/cvm/CreateLaunchTemplate');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const body = (await created).postDataJSON();
  expect(body).toMatchObject({
    LaunchTemplateName: name,
    LaunchTemplateVersionDescription: 'from the wizard',
    Placement: { Zone: `${REGION}-1` },
    InstanceType: 'S5.LARGE8',
    DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
    InstanceName: instanceName,
  });
  // A template keeps no password.
  expect(body.LoginSettings).toBeUndefined();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Saved as launch template ${name}` })).toBeVisible();
  const templateId = /\((lt-[a-z0-9]{8})\)/.exec((await page.getByRole('status').filter({ hasText: 'Saved as launch template' }).textContent()) ?? '')![1]!;

  // The Launch templates page lists it with its version; "Launch" fills a fresh wizard in from it.
  await page.getByRole('link', { name: 'Open launch templates' }).click();
  await expect(page.getByRole('heading', { name: 'Launch templates', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Launch templates' });
  const row = table.locator(`tr[data-template="${templateId}"]`);
  await expect(row).toContainText(templateId);
  await row.getByRole('button', { name: `Versions of ${name}` }).click();
  const versions = page.getByRole('table', { name: `Versions of ${name}` });
  await expect(versions.locator('tr[data-version="1"]')).toContainText('S5.LARGE8');
  await expect(versions.locator('tr[data-version="1"]')).toContainText('Default');
  await expect(versions.locator('tr[data-version="1"]')).toContainText('from the wizard');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/launch-templates.png` });

  await row.getByRole('link', { name: `Launch from ${name}` }).click();
  await expect(page.getByRole('heading', { name: 'Create instances', level: 1 })).toBeVisible();
  await expect(page.getByTestId('launch-template-source')).toContainText(`From launch template ${name}, version 1.`);
  await expect
    .poll(() =>
      quotes.some((quote) => quote.LaunchTemplate?.LaunchTemplateId === templateId && quote.LaunchTemplate.LaunchTemplateVersion === 1 && quote.InstanceType === 'S5.LARGE8'),
    )
    .toBe(true);
  // The price of the template's purchase is the price of the choices it was saved from.
  expect(await perHour(page)).toBeCloseTo(price, 4);

  await goToStep(page, 'Login and details');
  await expect(page.getByLabel('Instance name')).toHaveValue(instanceName);
  await page.getByLabel('Login password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm login password', { exact: true }).fill(PASSWORD);
  await goToStep(page, 'Review');
  const sent = page.waitForRequest('**/api/cvm/RunInstances');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const request = await sent;
  expect(request.postDataJSON()).toMatchObject({ LaunchTemplate: { LaunchTemplateId: templateId, LaunchTemplateVersion: 1 }, LoginSettings: { Password: PASSWORD } });
  const [id] = (await (await request.response())!.json()).InstanceIdSet as string[];
  await expect(page).toHaveURL(new RegExp(`/\\?region=${REGION}$`));
  const bought = (await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0];
  expect(bought).toMatchObject({ InstanceName: instanceName, InstanceType: 'S5.LARGE8', Placement: { Zone: `${REGION}-1` } });
  expect(bought.DataDisks).toHaveLength(1);
  await api(page.request, 'cvm', 'DeleteLaunchTemplate', { LaunchTemplateId: templateId });
});

test('saves an instance as a template, adds a version from the wizard, moves the default and deletes', async ({ page }) => {
  const instanceName = `e2e-lt-src-${suffix()}`;
  const name = `e2e-lt-ins-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: instanceName, LoginSettings: { Password: PASSWORD } });

  await page.goto(`/?region=${REGION}&id=${id}`);
  await page.getByRole('button', { name: `Actions for ${instanceName}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${instanceName}` })
    .getByRole('menuitem', { name: 'Save as launch template', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Save ${instanceName} as a launch template` });
  await dialog.getByLabel('Template name').fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(`Saved as launch template ${name}`);
  await dialog.getByRole('link', { name: 'Open launch templates' }).click();

  const table = page.getByRole('table', { name: 'Launch templates' });
  const row = table.getByRole('row').filter({ has: page.getByRole('button', { name: `Versions of ${name}` }) });
  await row.getByRole('button', { name: `Versions of ${name}` }).click();
  const versions = page.getByRole('table', { name: `Versions of ${name}` });
  await expect(versions.locator('tr[data-version="1"]')).toContainText('S5.MEDIUM4');

  // A second version from the wizard: filled in from version 1, a bigger type, saved as the template's next version.
  await row.getByRole('link', { name: `Launch from ${name}` }).click();
  await expect(page.getByTestId('launch-template-source')).toContainText(`From launch template ${name}, version 1.`);
  await goToStep(page, 'Instance type');
  await page.getByLabel('Instance family').selectOption('S5');
  await page.getByRole('radio', { name: 'S5.LARGE8', exact: true }).check();
  await page.getByRole('button', { name: 'Save as launch template' }).click();
  const save = page.getByRole('dialog', { name: 'Save as launch template' });
  await expect(save.getByRole('radio', { name: `A new version of ${name}` })).toBeChecked();
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved as version 2 of ${name}` })).toBeVisible();
  await expect(page.getByTestId('launch-template-source')).toContainText(`From launch template ${name}, version 2.`);

  // On the page: version 2 made the default, version 1 deleted, then the template.
  await page.getByRole('link', { name: 'Open launch templates' }).click();
  await row.getByRole('button', { name: `Versions of ${name}` }).click();
  await expect(versions.locator('tr[data-version="2"]')).toContainText('S5.LARGE8');
  await versions.getByRole('button', { name: 'Make version 2 the default' }).click();
  let confirm = page.getByRole('dialog', { name: `Make version 2 the default of ${name}?` });
  await confirm.getByRole('button', { name: 'Make default' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Version 2 is now the default of ${name}` })).toBeVisible();
  await expect(versions.locator('tr[data-version="2"]')).toContainText('Default');
  await expect(versions.getByRole('button', { name: 'Delete version 2' })).toHaveCount(0);
  await versions.getByRole('button', { name: 'Delete version 1' }).click();
  confirm = page.getByRole('dialog', { name: `Delete version 1 of ${name}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(versions.locator('tr[data-version="1"]')).toHaveCount(0);
  await expect(row).toContainText('1 version');

  await row.getByRole('button', { name: `Delete ${name}` }).click();
  confirm = page.getByRole('dialog', { name: `Delete launch template ${name}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Launch template ${name} deleted` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await api(page.request, 'cvm', 'TerminateInstances', { InstanceIds: [id] });
});
