import { expect, test, type Page } from '@playwright/test';
import { ADMIN, OPERATOR, SIGNED_OUT, VIEWER, storageStateOf } from './support/people.ts';
import { signInThroughPage } from './support/session.ts';

// Sign-in, roles and the audit trail, as people meet them. The operator's stop happens in ap-beijing, away from the
// read-only list tests in ap-guangzhou.

const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const rowOf = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`\\b${name}\\b`) });

test.describe('signed out', () => {
  test.use({ storageState: SIGNED_OUT });

  test('signs in, refusing a wrong password in words, and returns to where the person was going', async ({ page }) => {
    await page.goto('/?region=ap-beijing&name=bj-edge');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Username', { exact: true })).toHaveAttribute('autocomplete', 'username');
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'password');

    await page.getByLabel('Username', { exact: true }).fill(VIEWER.username);
    await page.getByLabel('Password', { exact: true }).fill('this is not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('The username or password is not right.');

    // The show/hide toggle reveals what was typed, and hides it again.
    await page.getByRole('button', { name: 'Show password' }).click();
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide password' }).click();
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'password');

    await page.getByLabel('Password', { exact: true }).fill(VIEWER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/\?region=ap-beijing&name=bj-edge$/);
    await expect(page.getByRole('button', { name: `${VIEWER.displayName}, Viewer` })).toBeVisible();
    await expect(rowOf(page, 'bj-edge-01')).toBeVisible();
  });

  test('signs out: back to the sign-in page, and the list is no longer reachable', async ({ page }) => {
    // A session of its own, so signing out does not end the one the other tests share.
    await page.goto('/');
    await signInThroughPage(page, OPERATOR);
    await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: `${OPERATOR.displayName}, Operator` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();

    await page.goto('/?region=ap-beijing');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(page.getByRole('table')).toHaveCount(0);
    const api = await page.request.post('/api/cvm/DescribeInstances', {
      data: {},
      headers: { 'X-CVM-Console': '1', 'X-Region': 'ap-beijing', 'X-Account': 'emulator' },
    });
    expect(api.status()).toBe(401);
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStateOf(VIEWER) });

  test('sees Start, Stop and Terminate disabled, with the role they need', async ({ page }) => {
    await page.goto('/?region=ap-beijing');
    const toolbar = page.getByRole('group', { name: 'Actions on selected instances' });
    for (const [action, reason] of [
      ['Start', 'Needs the operator role'],
      ['Stop', 'Needs the operator role'],
      ['Reboot', 'Needs the operator role'],
      ['Terminate', 'Needs the admin role'],
    ]) {
      const button = toolbar.getByRole('button', { name: action, exact: true });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAttribute('title', reason!);
    }
    await expect(toolbar).toContainText('Start, Stop, Reboot: Needs the operator role');
    await expect(toolbar).toContainText('Terminate, Schedule termination: Needs the admin role');
    await expect(toolbar).toContainText('Tags, Bind a security group, Move to project, Bind a key pair: Needs the operator role');
    await expect(toolbar).toContainText('Auto-renewal: Needs the admin role');

    await page.getByRole('button', { name: 'Actions for bj-edge-02' }).click();
    const menu = page.getByRole('menu', { name: 'Actions for bj-edge-02' });
    await expect(menu.getByRole('menuitem', { name: 'Stop' })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: 'Stop' })).toHaveAccessibleDescription('Needs the operator role');
    await expect(menu.getByRole('menuitem', { name: 'Terminate' })).toHaveAccessibleDescription('Needs the admin role');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Admin pages are not in the viewer's navigation, and opening one says which role it needs.
    await page.getByRole('button', { name: 'Console sections' }).click();
    await expect(page.getByRole('menuitem', { name: 'Instances' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Audit log' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
    await expect(page.getByText('This page needs the admin role. You are signed in as Viewer')).toBeVisible();
  });
});

test.describe('an operator stops an instance, and the admin audits it', () => {
  test.describe.configure({ mode: 'serial' });

  test.describe('as the operator', () => {
    test.use({ storageState: storageStateOf(OPERATOR) });

    test('stops an instance: confirm, then the row shows Stopping and Stopped without a reload', async ({ page }) => {
      await page.goto('/?region=ap-beijing');
      const row = rowOf(page, 'bj-edge-01');
      await expect(row).toContainText('Running');
      // Set on the page's window: a reload would lose it.
      await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      await page.getByRole('button', { name: 'Actions for bj-edge-01' }).click();
      await page.getByRole('menuitem', { name: 'Stop' }).click();
      const dialog = page.getByRole('dialog', { name: 'Stop bj-edge-01?' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('radio', { name: 'Soft stop' })).toBeChecked();
      await expect(dialog.getByRole('radio', { name: 'Keep billing while stopped' })).toBeChecked();
      await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
      await expect(dialog).toBeHidden();

      await expect(row).toContainText('Stopping');
      await expect(row).toContainText('Stopped', { timeout: 15_000 });
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    });
  });

  test.describe('as the admin', () => {
    test.use({ storageState: storageStateOf(ADMIN) });

    test('finds the stop in the audit log, with the operator and the RequestId', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Console sections' }).click();
      await page.getByRole('menuitem', { name: 'Audit log' }).click();
      await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
      await page.getByLabel('Person', { exact: true }).fill(OPERATOR.username);
      await page.getByLabel('Action', { exact: true }).fill('cvm.StopInstances');
      await expect(page).toHaveURL(/actor=olga/);
      await expect(page).toHaveURL(/action=cvm\.StopInstances/);

      const entry = page.getByRole('row', { name: /cvm\.StopInstances/ }).first();
      await expect(entry).toContainText(OPERATOR.username);
      await expect(entry).toContainText('ap-beijing');
      await expect(entry).toContainText('Success');
      await expect(entry).toContainText(REQUEST_ID);

      await entry.getByRole('button', { name: /Details of entry/ }).click();
      await expect(page.locator('pre')).toContainText('"InstanceIds"');
      await expect(page.locator('pre')).toContainText('"StopType": "SOFT"');

      const csv = page.getByRole('link', { name: 'Export CSV' });
      await expect(csv).toHaveAttribute('href', /\/api\/console\/audit\.csv\?.*actor=olga.*action=cvm\.StopInstances/);
    });
  });
});

test.describe('admin only', () => {
  test.use({ storageState: storageStateOf(ADMIN) });

  test('an admin sees the admin sections in the navigation', async ({ page }) => {
    await page.goto('/');
    // At 1,440 px the sections are one menu naming the current page.
    const sections = page.getByRole('button', { name: 'Console sections' });
    await expect(sections).toContainText('Instances');
    await sections.click();
    for (const name of ['Instances', 'People', 'Cloud accounts', 'Audit log']) await expect(page.getByRole('menuitem', { name })).toBeVisible();
    await page.keyboard.press('Escape');
  });
});

test.describe('a session that changes under the page', () => {
  test.use({ storageState: SIGNED_OUT });

  test('a session ended elsewhere sends the person to sign in, and back to the same view', async ({ page }) => {
    await page.goto('/?region=ap-beijing');
    await signInThroughPage(page, VIEWER);
    await expect(page.getByRole('row', { name: /bj-edge-01/ })).toBeVisible();
    // Signed out in another tab: this page does not know yet.
    const csrf = (await (await page.request.get('/api/console/session')).json()).csrfToken as string;
    await page.request.post('/api/console/sign-out', { headers: { 'X-CVM-Console': '1', 'X-CSRF-Token': csrf } });

    await page.getByLabel('Region', { exact: true }).selectOption('ap-singapore');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?next=%2F%3Fregion%3Dap-singapore/);
    await signInThroughPage(page, VIEWER);
    await expect(page).toHaveURL(/\/\?region=ap-singapore$/);
    await expect(page.getByRole('row', { name: /sg-web-01/ })).toBeVisible();
  });

  test('a new session from another tab is picked up: the next change still goes through', async ({ page }) => {
    await page.goto('/?region=ap-beijing');
    await signInThroughPage(page, VIEWER);
    await expect(page.getByRole('row', { name: /bj-edge-01/ })).toBeVisible();
    // Signed in again in another tab: new cookie, new CSRF token; this page still holds the old token.
    const again = await page.request.post('/api/console/sign-in', {
      data: { username: VIEWER.username, password: VIEWER.password },
      headers: { 'X-CVM-Console': '1' },
    });
    expect(again.status()).toBe(200);

    const refused = page.waitForResponse((r) => r.url().endsWith('/api/cvm/DescribeInstances') && r.status() === 403);
    await page.getByLabel('Region', { exact: true }).selectOption('ap-singapore');
    await refused;
    await expect(page.getByRole('row', { name: /sg-web-01/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
