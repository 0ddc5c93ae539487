import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';

// Ctrl-K from anywhere: find an instance of any region by name and open it there, or switch region and theme,
// without the mouse.

test('finds an instance of another region from the palette and opens it there, from the keyboard', async ({ page }) => {
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to or do anything' });
  const command = palette.getByRole('combobox', { name: 'Command' });
  await expect(command).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await command.fill('hk-render-2');
  const results = palette.getByRole('listbox', { name: 'Results' });
  const match = results.getByRole('option', { name: /^Instances \(all regions\)\s*hk-render-2 / });
  await expect(match).toContainText('Hong Kong');
  // The instance is the first result: Enter opens it, in its region.
  await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(results.getByRole('option').first()).toContainText('hk-render-2');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/region=ap-hongkong/);
  await expect(page.getByRole('dialog', { name: /hk-render-2/ })).toBeVisible();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-hongkong');
});

test('switches region and theme from the palette, moving with the arrows', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'Go to… Ctrl K' }).click();
  const palette = page.getByRole('dialog', { name: 'Go to or do anything' });
  const command = palette.getByRole('combobox', { name: 'Command' });
  await command.fill('region: singapore');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-singapore');

  await page.keyboard.press('Meta+k');
  await command.fill('theme');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(palette.getByRole('option', { name: 'Dark theme' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.keyboard.press('Control+k');
  await command.fill('theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});

test('runs an allowed action on an instance of another region from the palette: its confirmation opens there', async ({ page }) => {
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to or do anything' });
  const command = palette.getByRole('combobox', { name: 'Command' });
  const results = palette.getByRole('listbox', { name: 'Results' });
  await command.fill('hk-render-2');
  const actions = results.getByRole('option', { name: /Actions for hk-render-2…/ });
  await expect(actions).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(actions).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  // Only what may be done to it now: it is stopped, so it can be started, not stopped or rebooted.
  await expect(command).toHaveValue('');
  await expect(command).toHaveAttribute('placeholder', 'What to do with hk-render-2');
  await expect(results.getByRole('option', { name: /^Actions\s*Start/ })).toBeVisible();
  await expect(results.getByRole('option', { name: /^Actions\s*Resize/ })).toBeVisible();
  await expect(results.getByRole('option', { name: /^Actions\s*(Stop|Reboot)/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Escape is a step back to what found it, not out.
  await page.keyboard.press('Escape');
  await expect(palette).toBeVisible();
  await expect(command).toHaveValue('hk-render-2');
  await actions.click();
  await command.fill('start');
  await expect(results.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');

  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/region=ap-hongkong/);
  const confirm = page.getByRole('dialog', { name: 'Start hk-render-2?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('dialog', { name: /hk-render-2/ })).toBeVisible();
});
