import { expect, test, type Page } from '@playwright/test';
import { postAsSignedIn } from './support/session.ts';

// Start, stop, reboot and terminate from the list, as the admin (the project's storage state). Each test acts on its
// own instances in ap-singapore, ap-beijing or ap-shanghai, so tests running side by side never meet, and the
// read-only list tests in ap-guangzhou keep their counts. Transitions take about 1–6 s (EMULATOR_TRANSITION_SCALE=0.2).

const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const SETTLE = { timeout: 20_000 };

const rowOf = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`\\b${name}\\b`) });

async function openList(page: Page, region: string) {
  await page.goto(`/?region=${region}`);
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText(/ins-/);
}

async function chooseFromRowMenu(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: action })
    .click();
}

test('stops the eligible of a mixed selection from the toolbar, and names the one it skips', async ({ page }) => {
  await openList(page, 'ap-singapore');
  const toolbar = page.getByRole('group', { name: 'Actions on selected instances' });

  // Select all takes in the stopped sg-monitoring too: Stop runs on the two running ones and says which it skips.
  await page.getByRole('checkbox', { name: 'Select all instances on this page' }).check();
  await expect(toolbar).toContainText('3 instances selected');
  const stop = toolbar.getByRole('button', { name: 'Stop (2 of 3)', exact: true });
  await expect(stop).toBeEnabled();
  await expect(stop).toHaveAttribute('title', 'Skips 1: Only running instances can be stopped (sg-monitoring is Stopped)');
  await expect(toolbar.getByRole('button', { name: 'Start (1 of 3)', exact: true })).toBeEnabled();

  await stop.click();
  const dialog = page.getByRole('dialog', { name: 'Stop 2 instances?' });
  await expect(dialog).toContainText('sg-web-01');
  await expect(dialog).toContainText('sg-web-02');
  await expect(dialog).toContainText('Skipped (1): not allowed for these');
  await expect(dialog).toContainText('Only running instances can be stopped (sg-monitoring is Stopped)');
  await dialog.getByRole('radio', { name: 'Hard stop (force)' }).check();
  await expect(dialog.getByRole('radio', { name: 'Hard stop (force)' })).toHaveAccessibleDescription(/like pulling the plug/);
  // Both are pay-as-you-go, so whether billing continues while stopped is asked too.
  await dialog.getByRole('radio', { name: 'Stop billing while stopped' }).check();

  const sent = page.waitForRequest('**/api/cvm/StopInstances');
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
  const body = (await sent).postDataJSON();
  expect(body.InstanceIds).toHaveLength(2);
  expect(body).toMatchObject({ StopType: 'HARD', StoppedMode: 'STOP_CHARGING' });

  await expect(dialog).toBeHidden();
  await expect(toolbar).toContainText('No instances selected');
  for (const name of ['sg-web-01', 'sg-web-02']) await expect(rowOf(page, name)).toContainText('Stopping');
  for (const name of ['sg-web-01', 'sg-web-02']) await expect(rowOf(page, name)).toContainText('Stopped', SETTLE);
});

test('reboots with the force option', async ({ page }) => {
  await openList(page, 'ap-beijing');
  await chooseFromRowMenu(page, 'bj-windows-rdp', 'Reboot');
  const dialog = page.getByRole('dialog', { name: 'Reboot bj-windows-rdp?' });
  const force = dialog.getByRole('checkbox', { name: 'Force reboot' });
  await expect(force).not.toBeChecked();
  await expect(force).toHaveAccessibleDescription(/pulling the power/);
  await force.check();

  const sent = page.waitForRequest('**/api/cvm/RebootInstances');
  await dialog.getByRole('button', { name: 'Reboot', exact: true }).click();
  expect((await sent).postDataJSON()).toMatchObject({ StopType: 'HARD' });
  const row = rowOf(page, 'bj-windows-rdp');
  await expect(row).toContainText('Rebooting');
  await expect(row).toContainText('Running', SETTLE);
});

test('terminates a pay-as-you-go instance once its name is typed', async ({ page }) => {
  await openList(page, 'ap-beijing');
  await chooseFromRowMenu(page, 'bj-etl', 'Terminate');
  const dialog = page.getByRole('dialog', { name: 'Terminate bj-etl?' });
  await expect(dialog).toContainText('Pay-as-you-go instances are destroyed at once');
  const confirm = dialog.getByRole('button', { name: 'Terminate', exact: true });
  const typed = dialog.getByLabel('Type the instance name, bj-etl, to confirm');
  await expect(typed).toBeFocused();
  await expect(confirm).toBeDisabled();
  await typed.fill('bj-et');
  await expect(confirm).toBeDisabled();
  await typed.fill('bj-etl');
  await expect(confirm).toBeEnabled();
  await confirm.click();

  await expect(dialog).toBeHidden();
  await expect(rowOf(page, 'bj-etl')).toContainText('Terminating');
  await expect(rowOf(page, 'bj-etl')).toHaveCount(0, SETTLE);
});

test('quotes the refund before terminating a prepaid instance, which goes to the recycle bin', async ({ page }) => {
  await openList(page, 'ap-shanghai');
  await chooseFromRowMenu(page, 'kafka-1', 'Terminate');
  const dialog = page.getByRole('dialog', { name: 'Terminate kafka-1?' });
  await expect(dialog).toContainText('go to the recycle bin first');
  const refund = dialog.getByRole('table', { name: 'Refund' });
  await expect(refund).toContainText('kafka-1');
  await expect(refund.getByRole('row', { name: /Total refund/ })).toContainText(/CN¥[\d,]+\.\d{2}/);

  await dialog.getByLabel('Type the instance name, kafka-1, to confirm').fill('kafka-1');
  await dialog.getByRole('button', { name: 'Terminate', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, 'kafka-1')).toContainText('Isolated');
});

test('offers an action only where the state allows it, and says why not', async ({ page }) => {
  await openList(page, 'ap-shanghai');
  await page.getByRole('button', { name: 'Actions for web-prod-sh-02' }).click();
  const menu = page.getByRole('menu', { name: 'Actions for web-prod-sh-02' });
  await expect(menu.getByRole('menuitem', { name: 'Start' })).toBeDisabled();
  await expect(menu.getByRole('menuitem', { name: 'Start' })).toHaveAccessibleDescription('Only stopped instances can be started (this one is Running)');
  await expect(menu).toContainText('Only stopped instances can be started (this one is Running)');
  await expect(menu.getByRole('menuitem', { name: 'Stop' })).toBeEnabled();
  await page.keyboard.press('Escape');

  // The detail panel offers the same actions, with the same reasons.
  await rowOf(page, 'reporting').click();
  const detail = page.getByRole('dialog', { name: /reporting/ });
  await expect(detail.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  await expect(detail.getByRole('button', { name: 'Stop', exact: true })).toHaveAttribute('title', 'Only running instances can be stopped (this one is Stopped)');
  await expect(detail.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();

  // A confirmation opens over the panel; Escape closes just the confirmation.
  await detail.getByRole('button', { name: 'Start', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Start reporting?' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(detail).toBeVisible();
});

test('shows the cloud error, with code, message, RequestId and the instances it was for', async ({ page }) => {
  await openList(page, 'ap-shanghai');
  await expect(rowOf(page, 'sandbox')).toContainText('Running');
  const id = (await rowOf(page, 'sandbox').textContent())!.match(/ins-[a-z0-9]{8}/)![0];

  // Someone else stops it meanwhile; this page has not heard yet and still offers Stop.
  const elsewhere = await postAsSignedIn(page.request, '/api/cvm/StopInstances', { InstanceIds: [id] }, { 'X-Region': 'ap-shanghai', 'X-Account': 'emulator' });
  expect(elsewhere.status()).toBe(200);

  await chooseFromRowMenu(page, 'sandbox', 'Stop');
  const dialog = page.getByRole('dialog', { name: 'Stop sandbox?' });
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Could not stop sandbox');
  await expect(alert).toContainText(/UnsupportedOperation\.InstanceState(Stopping|Stopped)/);
  await expect(alert).toContainText(REQUEST_ID);
  // Nothing was sent twice, and the dialog stays open to read.
  await expect(dialog.getByRole('button', { name: 'Stop', exact: true })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('marks an accepted action that failed when it landed', async ({ page }) => {
  // The emulator's bj-flaky-worker fails its next operation once it lands, returning to where it was.
  await openList(page, 'ap-beijing');
  await chooseFromRowMenu(page, 'bj-flaky-worker', 'Reboot');
  await page.getByRole('dialog', { name: 'Reboot bj-flaky-worker?' }).getByRole('button', { name: 'Reboot', exact: true }).click();
  const row = rowOf(page, 'bj-flaky-worker');
  await expect(row).toContainText('Rebooting');
  await expect(row).toContainText('RebootInstances failed: The host did not answer in time', SETTLE);
  await expect(row).toContainText('Running');
});

test('starts three stopped instances at once, and follows them to Running', async ({ page }) => {
  await openList(page, 'ap-hongkong');
  const toolbar = page.getByRole('group', { name: 'Actions on selected instances' });
  for (const name of ['hk-render-1', 'hk-render-2', 'hk-render-3']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(toolbar).toContainText('3 instances selected');
  await toolbar.getByRole('button', { name: 'Start', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Start 3 instances?' });
  const sent = page.waitForRequest('**/api/cvm/StartInstances');
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  expect((await sent).postDataJSON().InstanceIds).toHaveLength(3);
  for (const name of ['hk-render-1', 'hk-render-2', 'hk-render-3']) await expect(rowOf(page, name)).toContainText('Starting');
  for (const name of ['hk-render-1', 'hk-render-2', 'hk-render-3']) await expect(rowOf(page, name)).toContainText('Running', SETTLE);
  // The running gateway was never part of it.
  await expect(rowOf(page, 'hk-gateway')).toContainText('Running');
});
