import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';
import { advanceEmulatorClock, emulatorNow } from './support/emulator-clock.ts';

// Rescue mode and scheduled terminations (issue 17), as the admin: a running instance enters rescue mode with a
// password of its own and leaves it again; a termination is scheduled for later, seen, and cancelled; another is seen
// to happen when the emulator's clock is moved past it (its --time-travel). In
// na-siliconvalley, on instances of each test's own (transitions take 1–3 s with EMULATOR_TRANSITION_SCALE=0.2).

const REGION = 'na-siliconvalley';
const SETTLE = { timeout: 30_000 };
const { api, instanceState, launchRunning } = emulatorApi(REGION);
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const suffix = () => Math.random().toString(36).slice(2, 7);

/** `ms` as a datetime-local field takes it, on the browser's clock, to the minute. */
const localMinute = (page: Page, ms: number) =>
  page.evaluate((at) => {
    const date = new Date(at);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
  }, ms);

async function openRowMenu(page: Page, id: string, name: string, item: string) {
  await page.goto(`/?region=${REGION}&id=${id}`);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: item, exact: true })
    .click();
}

test('enters rescue mode with a password of its own, then leaves it, the instance coming back stopped', async ({ page }) => {
  const name = `e2e-rescue-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: name });
  const sent: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/EnterRescueMode')) sent.push(request.postDataJSON());
  });

  await openRowMenu(page, id, name, 'Enter rescue mode');
  const dialog = page.getByRole('dialog', { name: `Enter rescue mode on ${name}` });
  await expect(dialog.getByLabel('Rescue login user')).toHaveValue('root');
  // The login rule, checked as it is typed: nothing is sent while it fails.
  await dialog.getByLabel('New password', { exact: true }).fill('short');
  await dialog.getByLabel('Confirm new password').fill('short');
  await dialog.getByRole('button', { name: 'Enter rescue mode' }).click();
  await expect(dialog).toBeVisible();
  expect(sent).toEqual([]);
  await dialog.getByLabel('New password', { exact: true }).fill('Rescue-Me-2026');
  await dialog.getByLabel('Confirm new password').fill('Rescue-Me-2026');
  await dialog.getByRole('radio', { name: /^Force off/ }).check();
  await page.screenshot({ path: `${shots}/rescue-mode.png` });
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Enter rescue mode' }).click();
  await expect(dialog).toBeHidden();
  expect(sent).toEqual([{ InstanceId: id, Password: 'Rescue-Me-2026', Username: 'root', StopType: 'HARD' }]);
  // The row follows it there without a reload.
  const row = page.locator(`tr[data-instance-id="${id}"]`);
  await expect(row).toContainText('Rescue mode', SETTLE);
  expect(await instanceState(page.request, id)).toBe('RESCUE_MODE');

  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  const menu = page.getByRole('menu', { name: `Actions for ${name}` });
  // In rescue mode the instance cannot be started or entered again; it can leave.
  await expect(menu.getByRole('menuitem', { name: 'Enter rescue mode', exact: true })).toBeDisabled();
  await menu.getByRole('menuitem', { name: 'Leave rescue mode', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Leave rescue mode on ${name}?` })
    .getByRole('button', { name: 'Leave rescue mode' })
    .click();
  await expect(row).toContainText('Stopped', SETTLE);
  expect(await instanceState(page.request, id)).toBe('STOPPED');
});

test('schedules the termination of an instance for later, shows it, and cancels it', async ({ page }) => {
  const name = `e2e-timer-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: name });
  const pending = async () =>
    (await api(page.request, 'cvm', 'DescribeInstancesActionTimer', { InstanceIds: [id], StatusList: ['UNDO'] })).ActionTimers as { ActionTime: string }[];

  await openRowMenu(page, id, name, 'Schedule termination');
  let dialog = page.getByRole('dialog', { name: `Schedule the termination of ${name}` });
  const when = dialog.getByLabel('Terminate at (your clock)');
  // Too soon is said before anything is sent.
  await when.fill(await localMinute(page, Date.now() + 60_000));
  await dialog.getByRole('button', { name: 'Schedule termination' }).click();
  await expect(dialog.getByText('Choose a time at least five minutes from now.')).toBeVisible();
  const at = Date.now() + 2 * 3600_000;
  await when.fill(await localMinute(page, at));
  await dialog.getByRole('button', { name: 'Schedule termination' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await pending()).length).toBe(1);
  const [timer] = await pending();
  // To the minute the person chose, on their clock.
  expect(Math.abs(Date.parse(timer!.ActionTime) - at)).toBeLessThan(60_000);
  expect(await instanceState(page.request, id)).toBe('RUNNING');

  await openRowMenu(page, id, name, 'Schedule termination');
  dialog = page.getByRole('dialog', { name: `Schedule the termination of ${name}` });
  await expect(dialog.getByRole('region', { name: 'Scheduled' })).toContainText(`${name} terminates at`);
  await expect(dialog.getByRole('button', { name: 'Schedule termination' })).toBeDisabled();
  await page.screenshot({ path: `${shots}/schedule-termination.png` });
  await dialog.getByRole('button', { name: `Cancel the termination of ${name}` }).click();
  await expect(dialog.getByRole('region', { name: 'Scheduled' })).toBeHidden();
  expect(await pending()).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Schedule termination' })).toBeEnabled();
});

test('a termination scheduled a few minutes ahead happens when its time comes', async ({ page }) => {
  const name = `e2e-due-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: name });
  const timersOf = async (status: string) =>
    (await api(page.request, 'cvm', 'DescribeInstancesActionTimer', { InstanceIds: [id], StatusList: [status] })).ActionTimers as unknown[];

  await openRowMenu(page, id, name, 'Schedule termination');
  const dialog = page.getByRole('dialog', { name: `Schedule the termination of ${name}` });
  // Six minutes after whichever is later, this browser's clock or the emulator's (moved ahead by earlier tests).
  const at = Math.max(Date.now(), await emulatorNow(page.request)) + 6 * 60_000 + 60_000;
  await dialog.getByLabel('Terminate at (your clock)').fill(await localMinute(page, at));
  await dialog.getByRole('button', { name: 'Schedule termination' }).click();
  await expect(dialog).toBeHidden();
  expect(await timersOf('UNDO')).toHaveLength(1);
  expect(await instanceState(page.request, id)).toBe('RUNNING');

  // Its time comes: the emulator's clock is moved past it rather than waited for.
  await advanceEmulatorClock(page.request, 8 * 60);
  await page.goto(`/?region=${REGION}&id=${id}`);
  await expect(page.getByText('No instances match')).toBeVisible(SETTLE);
  await expect(page.locator('tbody tr', { hasText: name })).toHaveCount(0);
  expect(await timersOf('DONE')).toHaveLength(1);
  expect(await instanceState(page.request, id)).toBeUndefined();
});
