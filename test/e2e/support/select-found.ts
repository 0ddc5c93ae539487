import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The list of `region` searched for `words`, every found row ticked once the search's own answer is on screen (a newer
 * answer clears the ticks); the toolbar that acts on them.
 */
export async function selectFound(page: Page, region: string, words: string, count: number): Promise<Locator> {
  await page.goto(`/?region=${region}`);
  await page.getByRole('searchbox', { name: 'Search' }).fill(words);
  await expect(page.locator('tbody tr[data-instance-id]')).toHaveCount(count);
  await page.waitForLoadState('networkidle');
  await page.getByRole('checkbox', { name: 'Select all instances on this page' }).check();
  const toolbar = page.getByRole('group', { name: 'Actions on selected instances' });
  await expect(toolbar).toContainText(`${count} instances selected`);
  return toolbar;
}
