import { expect, test } from '@playwright/test';

// A cloud account that is a CAM role, as the admin: added without any key (the console's own keys assume the role
// with STS AssumeRole, the emulator's here), refused with the cloud's code when the role does not exist, then chosen
// in the header and used: the instance list comes through the role's temporary keys.

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('adds a role account with no key, and lists instances through it', async ({ page }) => {
  const name = `Role ${Math.random().toString(36).slice(2, 6)}`;
  await page.goto('/admin/accounts');
  await page.getByRole('button', { name: 'Add account' }).click();
  const form = page.getByRole('dialog', { name: 'Add a cloud account' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('radio', { name: 'A CAM role (recommended)' }).check();
  await expect(form.getByLabel('SecretKey', { exact: true })).toHaveCount(0);
  await form.getByLabel('Role', { exact: true }).fill('qcs::cam::uin/100012345678:roleName/no-such-role');
  await expect(form.getByLabel('Session name')).toHaveValue('cvm-console');
  await form.getByLabel('Each set of keys lives').selectOption({ label: '15 minutes' });
  await page.screenshot({ path: `${shots}/role-account.png` });
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(form.getByRole('alert')).toContainText('ResourceNotFound.RoleNotFound');

  await form.getByLabel('Role', { exact: true }).fill('qcs::cam::uin/100012345678:roleName/cvm-console-operator');
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(form).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Role qcs::cam::uin/100012345678:roleName/cvm-console-operator');

  await page.goto('/?region=ap-guangzhou');
  await page.getByLabel('Account', { exact: true }).selectOption({ label: `${name} (role)` });
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expect(page.locator('tbody tr')).not.toHaveCount(0);
});
