import { expect, test } from '@playwright/test';
import { SIGNED_OUT } from './support/people.ts';

// The admin pages, as the admin (the project's storage state): people and invitations, cloud accounts, and the
// invited person's own account page.

const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test('invites a person, who chooses a password, signs in and manages their own account', async ({ page, browser, baseURL }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add person' }).click();
  const add = page.getByRole('dialog', { name: 'Add a person' });
  await add.getByLabel('Username', { exact: true }).fill('iris');
  await add.getByLabel('Display name (optional)').fill('Iris Invited');
  await add.getByLabel('Role', { exact: true }).selectOption('operator');
  await expect(add.getByRole('radio', { name: 'Send an invitation link' })).toBeChecked();
  await add.getByRole('button', { name: 'Add person' }).click();

  const linkDialog = page.getByRole('dialog', { name: 'Invitation link for iris' });
  await expect(linkDialog).toContainText('It works once and is valid for 7 days');
  const link = await linkDialog.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/invite#.{20,}`));
  await expect(linkDialog.getByRole('button', { name: 'Copy invitation link' })).toBeVisible();
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('row', { name: /iris/ });
  await expect(row).toContainText('Invited');
  await expect(row.getByLabel('Role for iris')).toHaveValue('operator');

  // The invited person, in a browser of their own.
  const theirs = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  const them = await theirs.newPage();
  await them.goto(link);
  await expect(them.getByRole('heading', { name: 'Welcome, Iris Invited' })).toBeVisible();
  await them.getByLabel('Password', { exact: true }).fill('Spring-Garden-Lilac-1');
  await them.getByLabel('Confirm password', { exact: true }).fill('Autumn-Leaves-Fall-2');
  await them.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(them.getByText('The two passwords are not the same.')).toBeVisible();
  await them.getByLabel('Confirm password', { exact: true }).fill('Spring-Garden-Lilac-1');
  await them.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(them.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(them).toHaveURL(/\/$/);

  // "Your account": change the password, then sign out everywhere.
  await them.getByRole('button', { name: 'Iris Invited, Operator' }).click();
  await them.getByRole('menuitem', { name: 'Your account' }).click();
  await expect(them.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  // About this console: the version the server reports, and what it runs on.
  const { version } = (await (await them.request.get('/healthz')).json()) as { version: string };
  await expect(them.locator('dt:text-is("Version") + dd')).toHaveText(version);
  await expect(them.locator('dt:text-is("Runs on") + dd')).toHaveText('The embedded local emulator (simulated instances)');
  await expect(them.getByLabel('Current password', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
  await expect(them.getByLabel('New password', { exact: true })).toHaveAttribute('autocomplete', 'new-password');
  await them.getByLabel('Current password', { exact: true }).fill('Spring-Garden-Lilac-1');
  await them.getByLabel('New password', { exact: true }).fill('Winter-Frost-Pine-3');
  await them.getByLabel('Confirm new password', { exact: true }).fill('Winter-Frost-Pine-3');
  await them.getByRole('button', { name: 'Change password' }).click();
  await expect(them.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible();
  await them.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(them.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await theirs.close();

  await page.reload();
  await expect(page.getByRole('row', { name: /iris/ })).toContainText('Active');
});

test('adds a cloud account, tests its connection, and deletes it after typing its name', async ({ page }) => {
  await page.goto('/admin/accounts');
  await expect(page.getByRole('heading', { name: 'Cloud accounts', level: 1 })).toBeVisible();
  // The emulator's own account is defined by the server: it can be tested, not edited.
  const builtIn = page.getByRole('row', { name: /Local emulator/ }).first();
  await expect(builtIn).toContainText('Read-only');
  await expect(page.getByRole('button', { name: 'Edit Local emulator' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Test connection of Local emulator', exact: true }).click();
  await expect(page.getByText(/Connected: the keys work and see \d+ regions/)).toBeVisible();
  // The emulator is an Alibaba Cloud account too, tested with ECS's DescribeRegions.
  await expect(page.getByRole('row', { name: /Local emulator \(Alibaba Cloud\)/ })).toContainText('Alibaba Cloud');
  await page.getByRole('button', { name: 'Test connection of Local emulator (Alibaba Cloud)' }).click();
  await expect(page.getByText('Connected: the keys work and see 2 regions.')).toBeVisible();

  await page.getByRole('button', { name: 'Add account' }).click();
  const form = page.getByRole('dialog', { name: 'Add a cloud account' });
  await form.getByLabel('Name', { exact: true }).fill('Staging');
  // The key fields are named as the chosen cloud names them, and the regions are that cloud's.
  await expect(form.getByRole('radio', { name: 'Tencent Cloud' })).toBeChecked();
  await form.getByRole('radio', { name: 'Alibaba Cloud' }).check();
  await expect(form.getByLabel('AccessKey ID', { exact: true })).toBeVisible();
  await expect(form.getByLabel('AccessKey secret', { exact: true })).toBeVisible();
  await expect(form.getByLabel('Default region', { exact: true })).toHaveValue('cn-hangzhou');
  await expect(form.getByLabel('Default region', { exact: true }).locator('option[value="cn-shanghai"]')).toHaveCount(1);
  await form.getByRole('radio', { name: 'Tencent Cloud' }).check();
  await expect(form.getByLabel('Default region', { exact: true })).toHaveValue('ap-guangzhou');
  await form.getByLabel('SecretId', { exact: true }).fill('AKIDnotarealkey1A2B');
  await form.getByLabel('SecretKey', { exact: true }).fill('not-a-real-secret-key');
  await expect(form.getByLabel('SecretKey', { exact: true })).toHaveAttribute('type', 'password');
  await form.getByLabel('Default region', { exact: true }).selectOption('ap-shanghai');
  await form.getByRole('button', { name: 'Add account' }).click();
  // The keys are tested before they are saved: the cloud's refusal is shown, nothing is saved until asked again.
  const untested = form.getByRole('alert').filter({ hasText: 'These keys did not pass the connection test, so nothing was saved' });
  await expect(untested).toContainText('AuthFailure.SecretIdNotFound');
  await expect(page.getByRole('row', { name: /Staging/ })).toHaveCount(0);
  await form.getByRole('button', { name: 'Save anyway' }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('row', { name: /Staging/ });
  await expect(row).toContainText('…1A2B');
  await expect(row).toContainText('ap-shanghai');
  await page.getByRole('button', { name: 'Test connection of Staging' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Connection test of Staging failed' });
  await expect(failure).toContainText('AuthFailure.SecretIdNotFound');
  await expect(failure).toContainText(REQUEST_ID);

  // The new account is offered in the switcher, with its SecretId's ending. Choosing it sends its ID as X-Account,
  // opens its default region, and shows the cloud's refusal of its keys — never the emulator account's instances.
  await page.getByRole('button', { name: 'Console sections' }).click();
  await page.getByRole('menuitem', { name: 'Instances' }).click();
  await expect(page.locator('tbody tr').first()).toContainText(/ins-/);
  const account = page.getByLabel('Account', { exact: true });
  await expect(account.locator('option', { hasText: 'Staging (…1A2B)' })).toHaveCount(1);
  const listCall = page.waitForRequest('**/api/cvm/DescribeInstances');
  await account.selectOption({ label: 'Staging (…1A2B)' });
  const stagingId = (await listCall).headers()['x-account'];
  expect(stagingId).toMatch(/^acc-/);
  await expect(page).toHaveURL(new RegExp(`account=${stagingId}`));
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-shanghai');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load instances' })).toContainText('AuthFailure.SecretIdNotFound');
  await expect(page.locator('tbody tr')).toHaveCount(0);
  await account.selectOption({ label: 'Local emulator (…ATOR)' });
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-guangzhou');
  await expect(page.locator('tbody tr').first()).toContainText(/ins-/);

  await page.getByRole('button', { name: 'Console sections' }).click();
  await page.getByRole('menuitem', { name: 'Cloud accounts' }).click();
  await page.getByRole('button', { name: 'Delete Staging' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Staging?' });
  await expect(confirm.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
  await confirm.getByLabel('Type the account name, Staging, to confirm').fill('Staging');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Staging/ })).toHaveCount(0);
});
