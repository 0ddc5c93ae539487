import { expect, test } from '@playwright/test';

// One search in every region of the account: someone who does not remember where an instance lives finds it, and
// opens it there.

test('finds an instance of another region from one search, and opens it in its region', async ({ page }) => {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/api/cvm/DescribeInstances')) statuses.push(response.status());
  });
  await page.goto('/');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'All regions' }).check();
  await expect(page).toHaveURL(/regions=all/);
  await expect(page.getByLabel('Zone')).toBeDisabled();
  await page.getByRole('searchbox', { name: 'Search' }).fill('web-prod');

  const results = page.getByRole('region', { name: 'Across all regions' });
  // Guangzhou and Shanghai both hold web-prod instances; each region is its own group with its own count.
  const guangzhou = results.getByRole('table', { name: 'Instances in South China (Guangzhou)' });
  const shanghai = results.getByRole('table', { name: 'Instances in East China (Shanghai)' });
  await expect(guangzhou.getByText('web-prod-01')).toBeVisible();
  await expect(shanghai.getByText('web-prod-sh-01')).toBeVisible();
  await expect(results.getByRole('status')).toContainText(/instances in \d+ of \d+ regions/);
  await expect(results.getByRole('status')).not.toContainText('Still searching');
  await expect(results).toContainText('No matches in:');

  await shanghai.getByRole('row', { name: /web-prod-sh-01/ }).click();
  await expect(page).toHaveURL(/region=ap-shanghai/);
  await expect(page).not.toHaveURL(/regions=all/);
  await expect(page.getByRole('dialog', { name: /web-prod-sh-01/ })).toBeVisible();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-shanghai');
  // Every region was asked once, within its own budget: none was refused for the rate.
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
});
