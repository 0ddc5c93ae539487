import { expect, test, type Page } from '@playwright/test';
import { VIEWER, storageStateOf } from './support/people.ts';

// HAI (高性能应用服务) on the embedded emulator, as the admin (the project's storage state). Instances are bought only
// in ap-chengdu, where the emulator seeds no HAI instances; ap-guangzhou's demo HAI instances (one with a bundle sold
// out there) are only read. Transitions take about 1–3 s (EMULATOR_TRANSITION_SCALE=0.2). HAI's state is its own, so
// the CVM specs' counts are untouched.

const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const SETTLE = { timeout: 20_000 };
const suffix = () => Math.random().toString(36).slice(2, 7);
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

const rowOf = (page: Page, name: string) => page.getByRole('table', { name: 'HAI instances' }).getByRole('row').filter({ hasText: name });

async function openHai(page: Page, region: string) {
  await page.goto(`/hai?region=${region}`);
  await expect(page.getByRole('heading', { name: 'HAI', level: 1 })).toBeVisible();
}

async function openCreate(page: Page) {
  await page.getByRole('button', { name: 'Create HAI instances' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create HAI instances' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('buys an HAI instance priced per hour, sees it turn Running, stops it and terminates it', async ({ page }) => {
  const name = `e2e-hai-${suffix()}`;
  await openHai(page, 'ap-chengdu');
  await expect(page.getByRole('button', { name: 'Console sections' })).toContainText('HAI');

  // The catalogue: each application with the smallest disk it needs.
  await page.getByRole('tab', { name: 'Applications' }).click();
  const chatglm = page.getByRole('listitem', { name: 'ChatGLM3-6B' });
  await expect(chatglm).toContainText('System disk at least 100 GB');
  await chatglm.getByRole('button', { name: 'Create with ChatGLM3-6B' }).click();

  const dialog = page.getByRole('dialog', { name: 'Create HAI instances' });
  await expect(dialog.getByLabel('Application')).toHaveValue('app-chatglm6');
  const disk = dialog.getByLabel('System disk size (GB)');
  await expect(disk).toHaveValue('100');

  // The disk is checked against the application as it is typed; nothing can be bought until it holds.
  await disk.fill('90');
  await expect(dialog.getByText('ChatGLM3-6B needs at least 100 GB')).toBeVisible();
  await disk.fill('120');
  await expect(dialog.getByText('ChatGLM3-6B needs at least 100 GB')).toBeHidden();

  // Every bundle is priced per hour by the cloud's own quote.
  // Named by what it holds, with its code.
  const xl = dialog.getByRole('radio', { name: 'GPU Basic (XL)', exact: true });
  await expect(xl).toHaveAccessibleDescription(/1 GPU · 16 GB · 8 cores · 32 GB/);
  await expect(dialog.locator('#hai-bundle-XL')).toContainText(/CN¥[\d.]+ \/ hour/, SETTLE);
  await xl.check();
  await dialog.getByLabel('Name').fill(name);
  const total = dialog.locator('dt:text-is("Total per hour") + dd');
  await expect(total).toContainText(/CN¥[\d.]+\s*for 1 instance/, SETTLE);
  const create = dialog.getByRole('button', { name: 'Create', exact: true });
  await expect(create).toBeEnabled();
  await page.screenshot({ path: `${shots}/hai-create.png` });

  // A refusal keeps the form and shows the cloud's code and RequestId (the answer is replaced once, in transit).
  await page.route(
    '**/api/hai/RunInstances',
    (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({
          code: 'ResourceInsufficient.BundleInventoryShortage',
          message: 'The bundle XL is sold out in ap-chengdu.',
          requestId: '0f6a1c2e-7d41-4e7b-9c0a-5b2d8e9f1a34',
        }),
      }),
    { times: 1 },
  );
  await create.click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('The cloud refused the purchase');
  await expect(refusal).toContainText('ResourceInsufficient.BundleInventoryShortage');
  await expect(refusal).toContainText(REQUEST_ID);
  await expect(dialog.getByLabel('Name')).toHaveValue(name);
  await expect(disk).toHaveValue('120');
  await expect(xl).toBeChecked();

  // Sent again, the real cloud buys it; the list shows it Creating, then Running.
  await create.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('The instance is being created');
  const row = rowOf(page, name);
  await expect(row).toContainText(/Creating|Running/);
  await expect(row).toContainText('Running', SETTLE);
  await expect(row).toContainText('ChatGLM3-6B');
  await expect(row).toContainText('120 GB');
  await page.screenshot({ path: `${shots}/hai.png` });
  await expect(row.getByRole('button', { name: `Start ${name}` })).toBeDisabled();
  await expect(row.getByRole('button', { name: `Start ${name}` })).toHaveAttribute('title', 'Only stopped instances can be started (this one is Running)');

  // Stop: the compute is released, so the instance ends up stopped without charge.
  await row.getByRole('button', { name: `Stop ${name}` }).click();
  const stop = page.getByRole('dialog', { name: `Stop ${name}?` });
  await expect(stop).toContainText('no longer charged');
  await stop.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(stop).toBeHidden();
  await expect(row).toContainText(/Stopping|Stopped, not charged/);
  await expect(row).toContainText('Stopped, not charged', SETTLE);

  // Terminate asks first, then the row goes.
  await row.getByRole('button', { name: `Terminate ${name}` }).click();
  const terminate = page.getByRole('dialog', { name: `Terminate ${name}?` });
  await expect(terminate).toContainText('cannot be undone');
  await terminate.getByRole('button', { name: 'Terminate', exact: true }).click();
  await expect(terminate).toBeHidden();
  await expect(rowOf(page, name)).toHaveCount(0, SETTLE);
});

test('marks a bundle sold out in the region, and will not start an instance whose bundle is gone', async ({ page }) => {
  await openHai(page, 'ap-guangzhou');
  const stranded = rowOf(page, 'chatglm-team');
  await expect(stranded).toContainText('Stopped, not charged');
  await expect(rowOf(page, 'comfy-overdue').getByRole('button', { name: 'Start comfy-overdue' })).toBeDisabled();

  const dialog = await openCreate(page);
  await expect(dialog.locator('#hai-bundle-3XL_2X')).toContainText('Sold out', SETTLE);
  await expect(dialog.getByRole('radio', { name: 'GPU Advanced ×2 (3XL_2X)' })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'GPU Basic (XL)', exact: true })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Starting needs the bundle in stock again: the cloud's refusal is shown with its code and RequestId.
  await stranded.getByRole('button', { name: 'Start chatglm-team' }).click();
  const start = page.getByRole('dialog', { name: 'Start chatglm-team?' });
  await start.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(start.getByRole('alert')).toContainText('ResourceInsufficient.BundleInventoryShortage');
  await expect(start.getByRole('alert')).toContainText(REQUEST_ID);
  await start.getByRole('button', { name: 'Cancel' }).click();
  await expect(stranded).toContainText('Stopped, not charged');
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStateOf(VIEWER) });

  test('sees HAI but may not buy, start, stop or terminate, and is told why', async ({ page }) => {
    await openHai(page, 'ap-guangzhou');
    const create = page.getByRole('button', { name: 'Create HAI instances' });
    await expect(create).toBeDisabled();
    await expect(create).toHaveAccessibleDescription('Needs the operator role');
    const row = rowOf(page, 'sd-webui-demo');
    await expect(row).toContainText('Running');
    await expect(row.getByRole('button', { name: 'Stop sd-webui-demo' })).toHaveAttribute('title', 'Needs the operator role');
    await expect(row.getByRole('button', { name: 'Terminate sd-webui-demo' })).toHaveAttribute('title', 'Needs the admin role');
  });
});
