import { expect, test, type Page } from '@playwright/test';
import { emulatorApi } from './support/emulator-api.ts';
import { VIEWER, storageStateOf } from './support/people.ts';

// Changing instances (issue 6) from the list and the detail, as the admin (the project's storage state). Every test
// buys its own instances in na-siliconvalley, where no other spec counts or changes anything (the create wizard only
// fills itself in there), and finds them by ID. Changes take about 1–3 s (EMULATOR_TRANSITION_SCALE=0.2).

const REGION = 'na-siliconvalley';
const SETTLE = { timeout: 30_000 };
const suffix = () => Math.random().toString(36).slice(2, 7);

const { api, instanceState, launchRunning } = emulatorApi(REGION);

/** A pay-as-you-go S5.MEDIUM4 with a 100 GB data disk and a public IP, RUNNING or STOPPED, of this test's own. */
async function launch(page: Page, prefix: string, state: 'RUNNING' | 'STOPPED'): Promise<{ id: string; name: string }> {
  const name = `e2e-${prefix}-${suffix()}`;
  const id = await launchRunning(page.request, {
    InstanceName: name,
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
    InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
  });
  if (state === 'STOPPED') {
    await api(page.request, 'cvm', 'StopInstances', { InstanceIds: [id] });
    await expect.poll(() => instanceState(page.request, id), SETTLE).toBe('STOPPED');
  }
  return { id, name };
}

async function openList(page: Page, id: string) {
  await page.goto(`/?region=${REGION}&id=${id}`);
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
}

const rowOf = (page: Page, id: string) => page.locator(`tr[data-instance-id="${id}"]`);

async function chooseFromRowMenu(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: action, exact: true })
    .click();
}

/** Every call to a cloud action the page makes, by action name. */
function recordCalls(page: Page): Map<string, unknown[]> {
  const calls = new Map<string, unknown[]>();
  page.on('request', (request) => {
    const match = request.url().match(/\/api\/cvm\/(\w+)$/);
    if (match) calls.set(match[1]!, [...(calls.get(match[1]!) ?? []), request.postDataJSON()]);
  });
  return calls;
}

/** An amount as the console writes it (CN¥1,234.5678) as a number. */
function amountOf(text: string | null): number {
  const match = (text ?? '').match(/CN¥([\d,]+(?:\.\d+)?)/);
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number(match[1]!.replace(/,/g, ''));
}

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('resizes a stopped instance: allowed types only, the quote first, then the new type once it settles', async ({ page }) => {
  const { id, name } = await launch(page, 'resize', 'STOPPED');
  const calls = recordCalls(page);
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Resize');
  const dialog = page.getByRole('dialog', { name: `Resize ${name}` });
  await expect(dialog).toContainText('Now S5.MEDIUM4: 2 cores, 4 GB.');

  // Only the types DescribeInstancesModification offers; the ones this instance cannot take are greyed with the reason.
  const table = dialog.getByRole('table', { name: 'Instance types it can change to' });
  await expect(table.getByRole('radio', { name: 'S5.LARGE8', exact: true })).toBeEnabled();
  await expect(table.getByRole('radio', { name: 'S5.MEDIUM4', exact: true })).toHaveCount(0);
  const it5 = table.getByRole('radio', { name: 'IT5.4XLARGE64', exact: true });
  await expect(it5).toBeDisabled();
  await expect(it5).toHaveAccessibleDescription(/takes no instance of another family: its local data disks come with the type/);
  // The difference per hour comes from the zone's catalogue: a bigger type costs more, a smaller one less.
  const large = table.getByRole('row').filter({ has: page.getByRole('radio', { name: 'S5.LARGE8', exact: true }) });
  await expect(large).toContainText(/\+CN¥0\.\d+/);
  const small = table.getByRole('row').filter({ has: page.getByRole('radio', { name: 'S5.SMALL2', exact: true }) });
  await expect(small).toContainText(/−CN¥0\.\d+/);

  // Nothing to confirm before a type is chosen; the chosen type is quoted before anything changes.
  const confirm = dialog.getByRole('button', { name: 'Resize', exact: true });
  await expect(confirm).toBeDisabled();
  await expect(dialog.getByRole('region', { name: 'Price' })).toContainText('Choose a type to see what it costs.');
  await table.getByRole('radio', { name: 'S5.LARGE8', exact: true }).check();
  const price = dialog.getByRole('region', { name: 'Price' });
  const perHour = price.locator('dt:text-is("New price per hour") + dd');
  await expect(perHour).toContainText(/CN¥\d+\.\d+/);
  expect(amountOf(await perHour.textContent())).toBeGreaterThan(amountOf(await large.textContent()));
  expect(calls.get('InquiryPriceResetInstancesType')).toEqual([{ InstanceIds: [id], InstanceType: 'S5.LARGE8' }]);
  // Stopped: no question of how to stop it.
  await expect(dialog).toContainText('The instance is stopped and stays stopped while it changes.');
  await expect(dialog.getByRole('radio', { name: 'Force' })).toHaveCount(0);
  await expect(price.locator('dl[aria-busy="true"]')).toHaveCount(0);
  await dialog.screenshot({ path: `${shots}/resize-dialog.png` });

  const sent = page.waitForRequest('**/api/cvm/ResetInstancesType');
  await confirm.click();
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], InstanceType: 'S5.LARGE8' });
  await expect(dialog).toBeHidden();
  // The instance stays Stopped while it changes, which its state cannot show: the row says so, and the console
  // re-reads just this instance until the operation lands.
  const row = rowOf(page, id);
  await expect(row).toContainText('Stopped');
  await expect(row).toContainText('Resizing…');
  await expect(row).toContainText('S5.LARGE8', SETTLE);
  await expect(row).not.toContainText('Resizing…');
  await expect(row).toContainText('Stopped');
  await expect(row).toContainText('4 cores');
  expect(calls.get('DescribeInstances')!.some((body) => JSON.stringify(body) === JSON.stringify({ InstanceIds: [id] }))).toBe(true);
});

test('resizes a running instance by stopping it first, every step in view', async ({ page }) => {
  const { id, name } = await launch(page, 'stopfirst', 'RUNNING');
  const calls = recordCalls(page);
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Resize');
  const dialog = page.getByRole('dialog', { name: `Resize ${name}` });
  await dialog.getByRole('radio', { name: 'SA2.LARGE8', exact: true }).check();
  await expect(dialog.getByRole('region', { name: 'Price' }).locator('dt:text-is("New price per hour") + dd')).toContainText(/CN¥/);

  // Running: a clear choice, stop first (the default) or force.
  const stopFirst = dialog.getByRole('radio', { name: 'Stop it first' });
  await expect(stopFirst).toBeChecked();
  await expect(stopFirst).toHaveAccessibleDescription(/shuts it down normally/);
  await expect(dialog.getByRole('radio', { name: 'Force' })).toHaveAccessibleDescription(/like pulling the plug/);

  await dialog.getByRole('button', { name: 'Resize', exact: true }).click();
  const progress = dialog.getByRole('list', { name: 'Progress' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('listitem').filter({ hasText: 'Stop the instance' })).toHaveAttribute('data-status', 'done');
  const row = rowOf(page, id);
  await expect(row).toContainText('Stopping');
  await expect(dialog).toContainText('Keep this window open');

  // Once it has stopped, the type change is asked for, without ForceStop; the dialog closes and the row follows it.
  await expect(dialog).toBeHidden(SETTLE);
  expect(calls.get('StopInstances')).toEqual([{ InstanceIds: [id] }]);
  expect(calls.get('ResetInstancesType')).toEqual([{ InstanceIds: [id], InstanceType: 'SA2.LARGE8' }]);
  expect(calls.get('DescribeInstancesStatus')!.some((body) => JSON.stringify(body) === JSON.stringify({ InstanceIds: [id] }))).toBe(true);
  await expect(row).toContainText('SA2.LARGE8', SETTLE);
  await expect(row).not.toContainText('Resizing…');
  await expect(row).toContainText('Stopped');
});

test('grows a data disk while the instance runs, with the quote, and shows the new size once it settles', async ({ page }) => {
  const { id, name } = await launch(page, 'disk', 'RUNNING');
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Grow disk');
  const dialog = page.getByRole('dialog', { name: `Grow a disk of ${name}` });
  // The data disk is chosen first; the system disk is the other choice.
  await expect(dialog.getByRole('radio', { name: /^Data disk 1/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'System disk' })).toHaveAccessibleDescription(/50 GB/);
  const size = dialog.getByLabel('New size (GB)');
  await expect(size).toHaveValue('110');

  // Sizes are checked here: not smaller, and in 10 GB steps; nothing is quoted for a size the cloud would refuse.
  await size.fill('90');
  await expect(dialog.getByText('Disks only grow: enter more than 100 GB.')).toBeVisible();
  await size.fill('155');
  await expect(dialog.getByText('Use a multiple of 10 GB.')).toBeVisible();
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  const quoted = page.waitForRequest((request) => request.url().endsWith('/api/cvm/InquiryPriceResizeInstanceDisks') && request.postDataJSON().DataDisks[0].DiskSize === 200);
  await size.fill('200');
  await quoted;
  const perHour = dialog.getByRole('region', { name: 'Price' }).locator('dt:text-is("New price per hour") + dd');
  await expect(perHour).toContainText(/CN¥\d+\.\d+/);

  await expect(dialog.getByRole('radio', { name: 'While it runs' })).toBeChecked();
  const sent = page.waitForRequest('**/api/cvm/ResizeInstanceDisks');
  await dialog.getByRole('button', { name: 'Grow disk', exact: true }).click();
  const body = (await sent).postDataJSON();
  expect(body).toMatchObject({ InstanceId: id, ResizeOnline: true, DataDisks: [{ DiskSize: 200 }] });
  expect(body.DataDisks[0].DiskId).toMatch(/^disk-/);
  expect(body.ForceStop).toBeUndefined();
  await expect(dialog).toBeHidden();

  const row = rowOf(page, id);
  await expect(row).toContainText('Running');
  await expect(row).toContainText('Growing disk…');
  await expect(row).not.toContainText('Growing disk…', SETTLE);
  await row.click();
  const detail = page.getByRole('dialog', { name: new RegExp(name) });
  const disks = detail.getByRole('region', { name: 'Disks' });
  await expect(disks.getByRole('row', { name: new RegExp(body.DataDisks[0].DiskId) })).toContainText('200 GB');
});

test('renames in place: Enter saves, Escape cancels, a name too long is refused before sending', async ({ page }) => {
  const { id, name } = await launch(page, 'rename', 'RUNNING');
  const calls = recordCalls(page);
  await openList(page, id);
  const row = rowOf(page, id);
  const newName = `${name}-renamed`;

  await row.getByRole('button', { name: `Rename ${name}` }).click();
  const box = row.getByRole('textbox', { name: 'New name' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(name);
  // Escape leaves the name as it was.
  await box.fill('not this one');
  await box.press('Escape');
  await expect(box).toBeHidden();
  await expect(row).toContainText(name);

  await row.getByRole('button', { name: `Rename ${name}` }).click();
  await box.fill('x'.repeat(61));
  await expect(row.getByRole('alert')).toContainText('At most 60 characters (61 now)');
  await box.press('Enter');
  await expect(box).toBeVisible();
  expect(calls.get('ModifyInstancesAttribute')).toBeUndefined();

  const sent = page.waitForRequest('**/api/cvm/ModifyInstancesAttribute');
  await box.fill(newName);
  await box.press('Enter');
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], InstanceName: newName });
  await expect(box).toBeHidden();
  await expect(row).toContainText(newName);
  // The detail panel renames in place too; Escape there closes only the editor, not the panel.
  await row.click();
  const detail = page.getByRole('dialog', { name: new RegExp(newName) });
  await detail.getByRole('button', { name: `Rename ${newName}` }).click();
  await detail.getByRole('textbox', { name: 'New name' }).press('Escape');
  await expect(detail.getByRole('textbox', { name: 'New name' })).toBeHidden();
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { name: newName })).toBeVisible();
});

test('resets a password: a weak one is refused in the form before any request, a good one is sent', async ({ page }) => {
  const { id, name } = await launch(page, 'password', 'RUNNING');
  const calls = recordCalls(page);
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Reset password');
  const dialog = page.getByRole('dialog', { name: `Reset the password of ${name}` });
  const password = dialog.getByLabel('New password', { exact: true });
  const rules = dialog.getByRole('list', { name: 'Password rules' });

  // Two classes pass at purchase but not for a reset, which wants three; nor may it start with "/".
  await password.fill('abcdefgh1');
  await expect(rules.getByRole('listitem').filter({ hasText: 'At least 3 of' })).toContainText('not met');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Confirm new password').fill('abcdefgh1');
  await dialog.getByRole('button', { name: 'Reset password', exact: true }).click();
  await expect(dialog.getByText('The password does not meet the rules below.')).toBeVisible();
  await password.fill('/Abcdefgh1');
  await expect(rules.getByRole('listitem').filter({ hasText: 'Does not start with /' })).toContainText('not met');
  await dialog.getByRole('button', { name: 'Reset password', exact: true }).click();
  await expect(dialog).toBeVisible();
  expect(calls.get('ResetInstancesPassword')).toBeUndefined();

  await password.fill('Good-Pass-2024');
  await expect(rules.getByRole('listitem').filter({ hasText: 'At least 3 of' })).not.toContainText('not met');
  await expect(rules.getByRole('listitem').filter({ hasText: 'Does not start with /' })).not.toContainText('not met');
  await dialog.getByLabel('Confirm new password').fill('Good-Pass-2024');
  // Running: the cloud may force it off and start it again.
  await dialog.getByRole('radio', { name: 'Force' }).check();
  const sent = page.waitForRequest('**/api/cvm/ResetInstancesPassword');
  await dialog.getByRole('button', { name: 'Reset password', exact: true }).click();
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], Password: 'Good-Pass-2024', ForceStop: true });
  await expect(dialog).toBeHidden();
  const row = rowOf(page, id);
  await expect(row).toContainText('Stopping');
  await expect(row).toContainText('Running', SETTLE);
  await expect(row).not.toContainText('Resetting password…');
  expect(calls.get('ResetInstancesPassword')).toHaveLength(1);
  expect(calls.get('StopInstances')).toBeUndefined();
});

test('changes bandwidth, switches to a subscription and renews it, each quoted before it applies', async ({ page }) => {
  const { id, name } = await launch(page, 'billing', 'RUNNING');
  await openList(page, id);
  const row = rowOf(page, id);

  await chooseFromRowMenu(page, name, 'Change bandwidth');
  let dialog = page.getByRole('dialog', { name: `Change the bandwidth of ${name}` });
  await expect(dialog).toContainText('Now 5 Mbps');
  await dialog.getByLabel('New bandwidth cap (Mbps)').fill('500');
  await expect(dialog.getByText('Enter 0 to 200 Mbps.')).toBeVisible();
  await dialog.getByLabel('New bandwidth cap (Mbps)').fill('20');
  await expect(dialog.getByRole('region', { name: 'Price' }).locator('dt:text-is("Per GB of traffic") + dd')).toContainText(/CN¥/);
  let sent = page.waitForRequest('**/api/cvm/ResetInstancesInternetMaxBandwidth');
  await dialog.getByRole('button', { name: 'Change bandwidth', exact: true }).click();
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 20 } });
  await expect(dialog).toBeHidden();

  await chooseFromRowMenu(page, name, 'Switch billing');
  dialog = page.getByRole('dialog', { name: `Switch the billing of ${name}` });
  await expect(dialog).toContainText('From Pay as you go to Monthly subscription');
  await dialog.getByLabel('Subscription period').selectOption('3');
  const total = dialog.getByRole('region', { name: 'Price' }).locator('dt:text-is("Total for 3 months") + dd');
  await expect(total).toContainText(/CN¥[\d,]+\.\d{2}/);
  sent = page.waitForRequest('**/api/cvm/ModifyInstancesChargeType');
  await dialog.getByRole('button', { name: 'Switch billing', exact: true }).click();
  expect((await sent).postDataJSON()).toEqual({
    InstanceIds: [id],
    InstanceChargeType: 'PREPAID',
    InstanceChargePrepaid: { Period: 3, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' },
  });
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Monthly subscription');

  // A subscription now: it can be renewed, and says until when.
  await chooseFromRowMenu(page, name, 'Renew');
  dialog = page.getByRole('dialog', { name: `Renew ${name}` });
  await dialog.getByLabel('Renew for').selectOption('12');
  await expect(dialog.getByRole('region', { name: 'Price' }).locator('dt:text-is("Total for 12 months") + dd')).toContainText(/CN¥/);
  await expect(dialog).toContainText('Ends after renewal');
  sent = page.waitForRequest('**/api/cvm/RenewInstances');
  await dialog.getByRole('button', { name: 'Renew', exact: true }).click();
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], InstanceChargePrepaid: { Period: 12, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' } });
  await expect(dialog).toBeHidden();
  // Its renewal flag: renewed automatically from now on, which the detail then says.
  await chooseFromRowMenu(page, name, 'Auto-renewal');
  dialog = page.getByRole('dialog', { name: `Auto-renewal of ${name}` });
  await expect(dialog.getByRole('radio', { name: 'Notify, renew manually' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Notify, renew automatically' }).check();
  sent = page.waitForRequest('**/api/cvm/ModifyInstancesRenewFlag');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' });
  await expect(dialog).toBeHidden();
  await row.click();
  await expect(page.getByRole('dialog', { name: new RegExp(name) })).toContainText('Notify, renew automatically');
});

test("grows a subscription's prepaid bandwidth and shows what it has been, and since when", async ({ page }) => {
  const name = `e2e-bwhistory-${suffix()}`;
  const id = await launchRunning(page.request, {
    InstanceName: name,
    InstanceChargeType: 'PREPAID',
    InstanceChargePrepaid: { Period: 1, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' },
    InternetAccessible: { InternetChargeType: 'BANDWIDTH_PREPAID', InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
  });
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Change bandwidth');
  let dialog = page.getByRole('dialog', { name: `Change the bandwidth of ${name}` });
  let history = dialog.getByRole('region', { name: 'Bandwidth this subscription has had' });
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr').first()).toContainText('5 Mbps');
  await dialog.getByLabel('New bandwidth cap (Mbps)').fill('12');
  await dialog.getByRole('button', { name: 'Change bandwidth', exact: true }).click();
  await expect(dialog).toBeHidden();

  await chooseFromRowMenu(page, name, 'Change bandwidth');
  dialog = page.getByRole('dialog', { name: `Change the bandwidth of ${name}` });
  history = dialog.getByRole('region', { name: 'Bandwidth this subscription has had' });
  const rows = history.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('5 Mbps');
  await expect(rows.nth(1)).toContainText('12 Mbps');
  // The first held until the second began, and the one in force runs to the end of the subscription.
  const cells = async (row: number) => rows.nth(row).locator('td').allTextContents();
  const [, firstUntil] = await cells(0);
  const [secondFrom, secondUntil] = await cells(1);
  expect(firstUntil).toBe(secondFrom);
  const { InstanceSet } = await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [id] });
  const expiry = await page.evaluate((iso) => new Intl.DateTimeFormat('en-US', { year: 'numeric' }).format(new Date(iso)), InstanceSet[0].ExpiredTime as string);
  expect(secondUntil).toContain(expiry);
  await expect(dialog).toContainText('Prepaid bandwidth only grows: 12 to');
});

test('reinstalls only once the name is typed, warning that the system disk is wiped', async ({ page }) => {
  const { id, name } = await launch(page, 'reinstall', 'STOPPED');
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Reinstall');
  const dialog = page.getByRole('dialog', { name: `Reinstall ${name}?` });
  await expect(dialog).toContainText('Reinstalling erases everything on the system disk');
  // Windows needs a bigger system disk and a password: the disk grows to fit, key pairs are refused.
  await dialog.getByLabel('Image').selectOption({ label: 'Windows Server 2019 Datacenter 64bit English' });
  await expect(dialog.getByLabel('System disk size (GB)')).toHaveValue('50');
  await expect(dialog.getByRole('radio', { name: 'Key pair' })).toBeDisabled();
  await dialog.getByLabel('New password', { exact: true }).fill('Windows-Pass-2024');
  await dialog.getByLabel('Confirm new password').fill('Windows-Pass-2024');
  await expect(dialog.getByRole('region', { name: 'Price' }).locator('dt:text-is("New price per hour") + dd')).toContainText(/CN¥/);
  const confirm = dialog.getByRole('button', { name: 'Reinstall', exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type the instance name, ${name}, to confirm`).fill(name);
  const sent = page.waitForRequest('**/api/cvm/ResetInstance');
  await confirm.click();
  expect((await sent).postDataJSON()).toEqual({ InstanceId: id, ImageId: 'img-9id7emv7', LoginSettings: { Password: 'Windows-Pass-2024' } });
  await expect(dialog).toBeHidden();
  const row = rowOf(page, id);
  await expect(row).toContainText('Reinstalling…');
  await expect(row).not.toContainText('Reinstalling…', SETTLE);
  await expect(row).toContainText('Stopped');
});

test('opens the remote console in a new tab with a one-time address, fetched only when asked', async ({ page, context }) => {
  const { id, name } = await launch(page, 'vnc', 'RUNNING');
  const calls = recordCalls(page);
  // The cloud's VNC page is not reached: the test answers for it.
  await context.route('https://img.qcloud.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>VNC</title>' }));
  await openList(page, id);
  await rowOf(page, id).click();
  const detail = page.getByRole('dialog', { name: new RegExp(name) });
  await detail.getByRole('button', { name: 'Remote console (VNC)' }).click();
  const dialog = page.getByRole('dialog', { name: `Remote console of ${name}` });
  await expect(dialog).toContainText('It works once and only for about 15 seconds');
  expect(calls.get('DescribeInstanceVncUrl')).toBeUndefined();

  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open remote console' }).click();
  const vnc = await opened;
  await vnc.waitForURL(/^https:\/\/img\.qcloud\.com\//);
  expect(vnc.url()).toMatch(/^https:\/\/img\.qcloud\.com\/qcloud\/app\/active_vnc\/index\.html\?InstanceVncUrl=wss%3A%2F%2F[a-z]+vnc\.qcloud\.com%3A26789%2Fvnc%3Fs%3D/);
  // No way back to the console from the new tab.
  expect(await vnc.evaluate(() => window.opener)).toBeNull();
  expect(calls.get('DescribeInstanceVncUrl')).toEqual([{ InstanceId: id }]);
  await expect(dialog.getByRole('link', { name: 'open the remote console' })).toBeVisible();
  await vnc.close();
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStateOf(VIEWER) });

  test('sees every change offered but refused, with the role it needs', async ({ page }) => {
    // Only reads: a demo instance of the read-only list is looked at, nothing is changed.
    await page.goto('/?region=ap-guangzhou&name=web-prod-01');
    const row = page.getByRole('row', { name: /web-prod-01/ });
    await expect(row).toBeVisible();
    const pencil = row.getByRole('button', { name: 'Rename web-prod-01' });
    await expect(pencil).toHaveAttribute('aria-disabled', 'true');
    await expect(pencil).toHaveAccessibleDescription('Needs the operator role');
    await pencil.dispatchEvent('click');
    await expect(row.getByRole('textbox')).toHaveCount(0);

    await page.getByRole('button', { name: 'Actions for web-prod-01' }).click();
    const menu = page.getByRole('menu', { name: 'Actions for web-prod-01' });
    for (const action of ['Remote console (VNC)', 'Rename', 'Resize', 'Grow disk', 'Change bandwidth', 'Reset password']) {
      await expect(menu.getByRole('menuitem', { name: action, exact: true })).toHaveAccessibleDescription('Needs the operator role');
    }
    for (const action of ['Reinstall', 'Switch billing', 'Renew', 'Auto-renewal']) {
      await expect(menu.getByRole('menuitem', { name: action, exact: true })).toHaveAccessibleDescription('Needs the admin role');
    }
    await page.keyboard.press('Escape');

    // The detail panel offers the same: the everyday ones as buttons, the rest in its More actions menu, each refused
    // with the role it needs as its description.
    await row.click();
    const detail = page.getByRole('dialog', { name: /web-prod-01/ });
    const vnc = detail.getByRole('button', { name: 'Remote console (VNC)' });
    await expect(vnc).toHaveAttribute('aria-disabled', 'true');
    await expect(vnc).toHaveAttribute('title', 'Needs the operator role');
    await detail.getByRole('button', { name: 'More actions' }).click();
    const more = page.getByRole('menu', { name: 'More actions' });
    for (const action of ['Rename', 'Resize', 'Grow disk', 'Change bandwidth', 'Reset password']) {
      await expect(more.getByRole('menuitem', { name: action, exact: true })).toHaveAccessibleDescription('Needs the operator role');
    }
    for (const action of ['Reinstall', 'Switch billing', 'Renew', 'Auto-renewal']) {
      await expect(more.getByRole('menuitem', { name: action, exact: true })).toHaveAccessibleDescription('Needs the admin role');
    }
  });
});

test('turns termination protection on, so Terminate is refused saying why, and off again', async ({ page }) => {
  const { id, name } = await launch(page, 'protect', 'RUNNING');
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Termination protection');
  const dialog = page.getByRole('dialog', { name: `Termination protection of ${name}` });
  await expect(dialog.getByRole('radio', { name: 'Off' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'On' }).check();
  const sent = page.waitForRequest('**/api/cvm/ModifyInstancesAttribute');
  await dialog.getByRole('button', { name: 'Save' }).click();
  expect((await sent).postDataJSON()).toEqual({ InstanceIds: [id], DisableApiTermination: true });
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0].DisableApiTermination).toBe(true);

  // Terminate is refused in the menu, with the reason.
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  const terminate = page.getByRole('menu', { name: `Actions for ${name}` }).getByRole('menuitem', { name: 'Terminate', exact: true });
  await expect(terminate).toHaveAttribute('aria-disabled', 'true');
  await expect(terminate).toHaveAccessibleDescription(/Termination protection is on/);
  await page.keyboard.press('Escape');

  await chooseFromRowMenu(page, name, 'Termination protection');
  await dialog.getByRole('radio', { name: 'Off' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await expect(page.getByRole('menu', { name: `Actions for ${name}` }).getByRole('menuitem', { name: 'Terminate', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
});

test('shows the user data an instance was launched with, decoded, to an operator', async ({ page }) => {
  const name = `e2e-userdata-${suffix()}`;
  const script = '#!/bin/sh\necho "hello from user data"\n';
  const id = await launchRunning(page.request, { InstanceName: name, UserData: Buffer.from(script).toString('base64') });
  await page.goto(`/?region=${REGION}&instance=${id}`);
  const panel = page.getByRole('dialog', { name: new RegExp(id) });
  await panel.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'User data' }).click();
  const dialog = page.getByRole('dialog', { name: `User data of ${name}` });
  await expect(dialog.locator('pre')).toHaveText(script);
  await expect(dialog.getByRole('button', { name: 'Copy user data' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('binds another security group, puts it first, and unbinds one, in one change', async ({ page }) => {
  const { id, name } = await launch(page, 'sg', 'RUNNING');
  const before = (await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0].SecurityGroupIds as string[];
  await openList(page, id);
  await chooseFromRowMenu(page, name, 'Security groups');
  const dialog = page.getByRole('dialog', { name: `Security groups of ${name}` });
  const bound = dialog.getByRole('list', { name: 'Bound security groups, in order' });
  await expect(bound.getByRole('listitem')).toHaveCount(before.length);
  // The only one left cannot be unbound.
  if (before.length === 1) await expect(dialog.getByRole('button', { name: /^Unbind / })).toBeDisabled();

  const all = (await api(page.request, 'vpc', 'DescribeSecurityGroups', { Limit: '100' })).SecurityGroupSet as { SecurityGroupId: string; SecurityGroupName: string }[];
  const ssh = all.find((group) => group.SecurityGroupName === 'ssh-office-only')!;
  await dialog.getByLabel('Security group to bind').selectOption({ label: `ssh-office-only (${ssh.SecurityGroupId})` });
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(bound.getByRole('listitem')).toHaveCount(before.length + 1);
  await dialog.getByRole('button', { name: /^Move ssh-office-only .* up$/ }).click();
  await expect(bound.getByRole('listitem').first()).toContainText('ssh-office-only');
  const sent = page.waitForRequest('**/api/cvm/ModifyInstancesAttribute');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const groups = (await sent).postDataJSON().SecurityGroups as string[];
  expect(groups).toHaveLength(before.length + 1);
  expect(groups.slice(1)).toEqual(before);
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0].SecurityGroupIds).toEqual(groups);
});
