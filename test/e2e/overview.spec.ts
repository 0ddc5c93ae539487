import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import type { Person } from './support/people.ts';
import { postAsSignedIn, saveSignedInState } from './support/session.ts';

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

// What an instance costs per hour, by the rule the overview states, computed here on its own: the instance's own
// configuration quoted with InquiryPriceRunInstances (its public network included), pay-as-you-go at the first step,
// a subscription's one-month price over 720 hours; stopped with stop-charging, the disks only (the quote less the
// type's compute price from DescribeZoneInstanceConfigInfos); isolated, terminating or failed, nothing.
interface Priced {
  InstanceId: string;
  InstanceState: string;
  InstanceChargeType: string;
  InstanceType: string;
  ImageId: string;
  StopChargingMode: string;
  Placement: { Zone: string };
  SystemDisk: { DiskType: string; DiskSize: number };
  DataDisks: { DiskType: string; DiskSize: number }[];
  InternetAccessible: { InternetChargeType: string; InternetMaxBandwidthOut: number };
}
type Item = { ChargeUnit: string; UnitPriceDiscount: number; DiscountPrice: number };
const itemHourly = (item: Item) => (item.ChargeUnit === 'HOUR' ? item.UnitPriceDiscount : item.ChargeUnit === 'GB' ? 0 : item.DiscountPrice / 720);

/** The instance's cost per hour; undefined when it is not billed; the code when the cloud refuses to quote it. */
async function ownHourly(request: APIRequestContext, region: string, i: Priced): Promise<number | undefined | { refused: string }> {
  if (['SHUTDOWN', 'TERMINATING', 'LAUNCH_FAILED'].includes(i.InstanceState)) return undefined;
  const quote = await postAsSignedIn(
    request,
    '/api/cvm/InquiryPriceRunInstances',
    {
      Placement: { Zone: i.Placement.Zone },
      InstanceType: i.InstanceType,
      ImageId: i.ImageId,
      InstanceChargeType: i.InstanceChargeType,
      ...(i.InstanceChargeType === 'PREPAID' ? { InstanceChargePrepaid: { Period: 1 } } : {}),
      SystemDisk: { DiskType: i.SystemDisk.DiskType, DiskSize: i.SystemDisk.DiskSize },
      DataDisks: i.DataDisks.map((d) => ({ DiskType: d.DiskType, DiskSize: d.DiskSize })),
      ...(i.InternetAccessible.InternetChargeType
        ? { InternetAccessible: { InternetChargeType: i.InternetAccessible.InternetChargeType, InternetMaxBandwidthOut: i.InternetAccessible.InternetMaxBandwidthOut } }
        : {}),
    },
    { 'X-Region': region, 'X-Account': 'emulator' },
  );
  // A type sold out in its zone since the instance was bought cannot be quoted (ResourcesSoldOut.*): counted apart.
  if (quote.status() !== 200) return { refused: (await quote.json()).code };
  const { Price } = await quote.json();
  const whole = itemHourly(Price.InstancePrice);
  if (i.InstanceState === 'STOPPED' && i.StopChargingMode === 'STOP_CHARGING') {
    const { InstanceTypeQuotaSet } = await api(request, region, 'DescribeZoneInstanceConfigInfos', {
      Filters: [
        { Name: 'zone', Values: [i.Placement.Zone] },
        { Name: 'instance-type', Values: [i.InstanceType] },
        { Name: 'instance-charge-type', Values: [i.InstanceChargeType] },
      ],
    });
    return whole - InstanceTypeQuotaSet[0].Price.UnitPriceDiscount;
  }
  return whole + itemHourly(Price.BandwidthPrice);
}

async function everyInstance(request: APIRequestContext, region: string): Promise<Priced[]> {
  const all: Priced[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await api(request, region, 'DescribeInstances', { Offset: offset, Limit: 100 });
    all.push(...page.InstanceSet);
    if (page.InstanceSet.length < 100) return all;
  }
}

const cny = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(value);

test("the burn rate is the sum of every billed instance's own quote, and says how it was made", async ({ page }) => {
  test.setTimeout(180_000);
  const regions = (await api(page.request, 'ap-guangzhou', 'DescribeRegions', {})).RegionSet as { Region: string }[];
  await page.goto('/overview');
  const burn = page.getByRole('region', { name: 'Burn rate' });
  const figure = (label: string) => burn.locator('dt', { hasText: new RegExp(`^${label}`) }).locator('xpath=following-sibling::dd[1]');
  await expect(figure('Per hour')).toBeVisible({ timeout: 60_000 });

  // Other tests change instances meanwhile: read again until the page and the quotes agree on one moment.
  await expect(async () => {
    let perHour = 0;
    let billed = 0;
    const refused = new Map<string, number>();
    for (const { Region } of regions) {
      for (const instance of await everyInstance(page.request, Region)) {
        const hourly = await ownHourly(page.request, Region, instance);
        if (hourly === undefined) continue;
        if (typeof hourly === 'object') refused.set(hourly.refused, (refused.get(hourly.refused) ?? 0) + 1);
        else {
          perHour += hourly;
          billed++;
        }
      }
    }
    await page.getByRole('button', { name: 'Read again' }).click();
    await expect(figure('Per hour')).toBeVisible({ timeout: 60_000 });
    expect(await figure('Instances billed').textContent()).toBe(String(billed));
    expect(await figure('Per hour').textContent()).toBe(cny(perHour));
    expect(await figure('Per month').textContent()).toBe(cny(perHour * 720));
    for (const [code, count] of refused) await expect(burn.getByText(`${count} ${count === 1 ? 'instance' : 'instances'} could not be priced (${code}).`)).toBeVisible();
    test.info().annotations.push({ type: 'burn rate', description: `${cny(perHour)} an hour, ${billed} instances` });
  }).toPass({ timeout: 150_000 });

  await expect(burn).toContainText(/List-price estimate from \d+ InquiryPriceRunInstances quotes \(one per distinct configuration\)/);
  await expect(burn.getByRole('table', { name: 'By region' })).toBeVisible();
  await expect(burn.getByRole('table', { name: 'By billing mode' }).getByRole('rowheader', { name: 'Pay as you go' })).toBeVisible();
  await page.screenshot({ path: `${process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots'}/overview-burn-rate.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});

test("the cost / hour column shows each row's own price, by the same rule", async ({ page, browser, baseURL }) => {
  // A person of their own: the other tests' people keep the default columns.
  const person: Person = { username: `cost${Date.now().toString(36)}`, displayName: 'Cost Watcher', password: 'Count-The-Yuan-88', role: 'viewer' };
  expect((await postAsSignedIn(page.request, '/api/console/users', person)).status()).toBe(201);
  const statePath = test.info().outputPath('person.json');
  await saveSignedInState(browser, baseURL!, person, statePath);
  const context = await browser.newContext({ storageState: statePath });
  const mine = await context.newPage();
  const quotes: string[] = [];
  mine.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/InquiryPriceRunInstances')) quotes.push(request.url());
  });
  await mine.goto('/?region=ap-shanghai');
  const table = mine.getByRole('table', { name: 'Instance list' });
  await expect(table.locator('tbody tr[data-instance-id]').first()).toBeVisible();
  expect(quotes).toEqual([]);

  await mine.getByRole('button', { name: 'Columns' }).click();
  const dialog = mine.getByRole('dialog', { name: 'Columns' });
  await dialog.getByRole('checkbox', { name: 'Cost / hour' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.locator('thead th')).toContainText(['Cost / hour']);
  const column = (await table.locator('thead th').allTextContents()).indexOf('Cost / hour');

  const unit = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  const ids = await table.locator('tbody tr[data-instance-id]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.instanceId!));
  const instances = (await api(mine.request, 'ap-shanghai', 'DescribeInstances', { InstanceIds: ids, Limit: 100 })).InstanceSet as Priced[];
  for (const instance of instances) {
    const hourly = await ownHourly(mine.request, 'ap-shanghai', instance);
    const cell = table.locator(`tbody tr[data-instance-id="${instance.InstanceId}"]`).locator('td, th').nth(column);
    if (hourly === undefined) await expect(cell).toHaveText('Not billed');
    else if (typeof hourly === 'object') await expect(cell).toHaveText(`No quote: ${hourly.refused}`);
    else await expect(cell).toContainText(`${unit.format(hourly)}/h`);
  }
  await context.close();
});

test('lists the maintenance tasks of every region, and an admin authorizes a pending one now', async ({ page }) => {
  await page.goto('/overview');
  const card = page.getByRole('region', { name: 'Maintenance tasks' });
  const pending = card.getByRole('row', { name: /web-prod-01/ });
  await expect(pending).toContainText('Maintenance upgrade');
  await expect(pending).toContainText('Awaiting authorization');
  await pending.getByRole('button', { name: 'Authorize the repair of web-prod-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Authorize the repair of web-prod-01?' });
  await dialog.getByRole('radio', { name: /^At a time I choose/ }).check();
  await dialog.getByLabel('Authorize at (your clock)').fill('2000-01-01T00:00');
  await dialog.getByRole('button', { name: 'Authorize' }).click();
  await expect(dialog.getByText('Choose a time from 5 minutes to 48 hours from now.')).toBeVisible();
  await dialog.getByRole('radio', { name: /^Now/ }).check();
  await dialog.getByRole('button', { name: 'Authorize' }).click();
  await expect(dialog).toBeHidden();
  await expect(pending).toContainText('In progress');
  // As the cloud has it: processing (2), authorized by the customer.
  const tasks = (await api(page.request, 'ap-guangzhou', 'DescribeTaskInfo', { Limit: 100, Offset: 0, Aliases: ['web-prod-01'] })).RepairTaskInfoSet as {
    TaskStatus: number;
    AuthSource: string;
  }[];
  expect(tasks.map((task) => [task.TaskStatus, task.AuthSource])).toContainEqual([2, 'Customer_auth']);
});
