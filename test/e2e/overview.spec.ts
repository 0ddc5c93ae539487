import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { postAsSignedIn } from './support/session.ts';

// The overview counts every region's instances by state, lists subscriptions about to end and failed operations; its
// numbers must be the cloud's own (counted here independently through the API with state filters).

const STATES = ['RUNNING', 'STOPPED', 'SHUTDOWN', 'LAUNCH_FAILED'] as const;

async function api(request: APIRequestContext, region: string, action: string, params: object) {
  const response = await postAsSignedIn(request, `/api/cvm/${action}`, params, { 'X-Region': region, 'X-Account': 'emulator' });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

const totalOf = async (request: APIRequestContext, region: string, filters: object[] = []) =>
  (await api(request, region, 'DescribeInstances', { Filters: filters, Limit: 1 })).TotalCount as number;

test('counts every region by state as DescribeInstances does, and names failed operations and ending subscriptions', async ({ page }) => {
  const regions = (await api(page.request, 'ap-guangzhou', 'DescribeRegions', {})).RegionSet as { Region: string; RegionName: string }[];
  await page.goto('/overview');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const counts = page.getByRole('region', { name: 'Instances by region and state' });
  await expect(counts.getByRole('table')).toBeVisible();

  // Other tests change instances meanwhile: read again until the page and the API agree on one moment.
  await expect(async () => {
    await page.getByRole('button', { name: 'Read again' }).click();
    await expect(page.getByRole('button', { name: 'Read again' })).toBeEnabled();
    for (const { Region, RegionName } of regions) {
      const row = counts.getByRole('row', { name: new RegExp(`^${RegionName.replace(/[()]/g, '\\$&')}`) });
      const cells = row.getByRole('cell');
      expect(await cells.last().textContent(), `${Region} total`).toBe(String(await totalOf(page.request, Region)));
      for (const [i, state] of STATES.entries()) {
        expect(await cells.nth(i).textContent(), `${Region} ${state}`).toBe(String(await totalOf(page.request, Region, [{ Name: 'instance-state', Values: [state] }])));
      }
    }
  }).toPass({ timeout: 60_000 });

  // The demo's failed launch is named, and leads to it.
  const failed = page.getByRole('region', { name: 'Last operation failed' });
  await expect(failed.getByRole('link', { name: 'broken-launch' })).toBeVisible();
  // A prepaid instance ending within 30 days (seeded) is listed under 7 or 30 days.
  const prepaid = (await api(page.request, 'ap-guangzhou', 'DescribeInstances', { Filters: [{ Name: 'instance-charge-type', Values: ['PREPAID'] }], Limit: 100 })).InstanceSet as {
    InstanceName: string;
    ExpiredTime: string;
    InstanceState: string;
  }[];
  const soon = prepaid.filter((i) => i.InstanceState !== 'SHUTDOWN' && Date.parse(i.ExpiredTime) - Date.now() <= 7 * 86_400_000);
  const in7 = page.getByRole('region', { name: 'Subscriptions ending within 7 days' });
  for (const instance of soon) await expect(in7.getByRole('link', { name: instance.InstanceName })).toBeVisible();
  await page.screenshot({ path: `${process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots'}/overview.png`, fullPage: true });
  test.info().annotations.push({ type: 'ending within 7 days', description: String(soon.length) });
  expect(await axeViolations(page)).toEqual([]);

  // A number leads to the instances it counts.
  const guangzhou = regions.find((r) => r.Region === 'ap-guangzhou')!;
  await counts.getByRole('link', { name: new RegExp(`Running in ${guangzhou.RegionName.replace(/[()]/g, '\\$&')}: show in the list`) }).click();
  await expect(page).toHaveURL(/state=RUNNING/);
  await expect(page.getByRole('table', { name: 'Instance list' }).locator('tbody tr').first()).toContainText('Running');
});
