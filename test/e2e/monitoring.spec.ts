import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';
import type { Person } from './support/people.ts';
import { postAsSignedIn, saveSignedInState } from './support/session.ts';

// The detail's Monitoring tab: an instance's CPU and the rest drawn over a chosen range, gaps where it did not run,
// the figures in words beside each chart.

const REGION = 'ap-guangzhou';
// The README's picture: written to docs/screenshots with UPDATE_SCREENSHOTS=1, else beside the other test output.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const { api } = emulatorApi(REGION);

test('draws a running instance’s CPU for 1 hour and 7 days, with a gap where it was stopped', async ({ page }) => {
  // A running instance that was stopped for a while in the last week, found through the console's own API.
  const running = (await api(page.request, 'cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 100 })).InstanceSet as {
    InstanceId: string;
    InstanceName: string;
  }[];
  const week = await api(page.request, 'monitor', 'GetMonitorData', {
    Namespace: 'QCE/CVM',
    MetricName: 'CPUUsage',
    Period: 3600,
    StartTime: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    Instances: running.slice(0, 10).map((i) => ({ Dimensions: [{ Name: 'InstanceId', Value: i.InstanceId }] })),
  });
  const withGap = (week.DataPoints as { Dimensions: { Value: string }[]; Timestamps: number[] }[]).find((point) =>
    point.Timestamps.some((t, i) => i > 0 && t - point.Timestamps[i - 1]! > 3600),
  );
  expect(withGap, 'one of the first ten running instances was stopped this week').toBeDefined();
  const target = running.find((i) => i.InstanceId === withGap!.Dimensions[0]!.Value)!;

  await page.goto(`/?region=${REGION}&instance=${target.InstanceId}&tab=monitoring`);
  const panel = page.getByRole('dialog', { name: new RegExp(target.InstanceId) });
  await expect(panel.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('aria-selected', 'true');
  const cpu = panel.getByRole('figure', { name: 'CPU utilization' });
  await expect(cpu.locator('canvas')).toBeVisible();
  await expect(cpu).toContainText(/Value: latest [\d.]+%, mean [\d.]+%, highest [\d.]+%\./);
  await expect(panel.getByText('One point every 10 seconds; refreshed while open.').first()).toBeVisible();
  for (const name of ['Memory utilization', 'Private bandwidth', 'Public bandwidth', 'Disk utilization', 'TCP connections']) {
    await expect(panel.getByRole('figure', { name })).toBeVisible();
  }
  await expect(panel.getByRole('figure', { name: 'Private bandwidth' })).toContainText(/In: latest [\d.,]+ Mbps/);
  expect(await axeViolations(page)).toEqual([]);

  await panel.getByRole('radio', { name: '7 days' }).check();
  await expect(panel.getByText('One point every 1 hour; refreshed while open.').first()).toBeVisible();
  // The stop shows as a gap, said in words beside the canvas.
  await expect(cpu).toContainText(/No data from .+ to .+\./);
  await page.screenshot({ path: `${shots}/monitoring.png` });

  // A custom window two days back: too old for 10-second points (kept a day), so by the minute, and not refreshed.
  await panel.getByRole('radio', { name: 'Custom' }).check();
  const local = (hoursAgo: number) =>
    page.evaluate((h) => {
      const d = new Date(Date.now() - h * 3_600_000);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
    }, hoursAgo);
  await panel.getByLabel('From', { exact: true }).fill(await local(50));
  await panel.getByLabel('To', { exact: true }).fill(await local(48));
  await expect(panel.getByText('One point every 1 minute.').first()).toBeVisible();
  await expect(cpu).toContainText(/Value: latest [\d.]+%/);
  await panel.getByLabel('To', { exact: true }).fill(await local(51));
  await expect(panel.getByRole('alert')).toHaveText('The end must come after the start.');
});

test('the CPU column draws the last hour of every running row on the page, in one call', async ({ page, browser, baseURL }) => {
  // A person of their own: the other tests' people keep the default columns.
  const person: Person = { username: `cpu${Date.now().toString(36)}`, displayName: 'CPU Watcher', password: 'Watch-The-Load-88', role: 'viewer' };
  expect((await postAsSignedIn(page.request, '/api/console/users', { ...person, password: person.password })).status()).toBe(201);
  const statePath = test.info().outputPath('person.json');
  await saveSignedInState(browser, baseURL!, person, statePath);
  const context = await browser.newContext({ storageState: statePath });
  const mine = await context.newPage();
  const calls: number[] = [];
  mine.on('request', (request) => {
    if (request.url().endsWith('/api/monitor/GetMonitorData')) calls.push(request.postDataJSON().Instances.length);
  });
  await mine.goto(`/?region=${REGION}`);
  const table = mine.getByRole('table', { name: 'Instance list' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  // Not asked for while the column is not shown.
  expect(calls).toEqual([]);

  await mine.getByRole('button', { name: 'Columns' }).click();
  const dialog = mine.getByRole('dialog', { name: 'Columns' });
  await dialog.getByRole('checkbox', { name: 'CPU (1 h)' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.locator('thead th')).toContainText(['CPU (1 h)']);

  const rows = table.locator('tbody tr[data-instance-id]');
  const count = await rows.count();
  // What each row's instance went through, from the API: one running for the whole last hour has a sparkline; one
  // stopped all along has none (one that started a minute ago may have no full minute yet, and is not judged).
  const shownIds = await rows.evaluateAll((list) => list.map((row) => (row as HTMLElement).dataset.instanceId!));
  const page1 = (await api(mine.request, 'cvm', 'DescribeInstances', { InstanceIds: shownIds, Limit: 100 })).InstanceSet as {
    InstanceId: string;
    InstanceState: string;
    CreatedTime: string;
    LatestOperation: string | null;
  }[];
  const hourAgo = Date.now() - 65 * 60_000;
  const settled = (i: (typeof page1)[number]) => Date.parse(i.CreatedTime) < hourAgo && !['RunInstances', 'StartInstances', 'StopInstances'].includes(i.LatestOperation ?? '');
  const runningAllHour = page1.filter((i) => i.InstanceState === 'RUNNING' && settled(i));
  const stoppedAllHour = page1.filter((i) => i.InstanceState === 'STOPPED' && settled(i));
  expect(runningAllHour.length).toBeGreaterThan(2);
  expect(stoppedAllHour.length).toBeGreaterThan(0);
  const rowOf = (id: string) => table.locator(`tbody tr[data-instance-id="${id}"]`);
  await expect(rowOf(runningAllHour[0]!.InstanceId).getByRole('img', { name: /^CPU over the last hour: latest [\d.]+%, highest [\d.]+%$/ })).toBeVisible();
  for (const { InstanceId } of runningAllHour) await expect(rowOf(InstanceId).getByRole('img', { name: /^CPU over the last hour/ })).toBeVisible();
  for (const { InstanceId } of stoppedAllHour) await expect(rowOf(InstanceId).getByRole('img', { name: /^CPU over the last hour/ })).toHaveCount(0);
  // One call for the page: up to 50 instances a call, as the service documents.
  expect(calls).toEqual([count]);
  await context.close();
});

test('compares three ticked instances on one chart, one line each, in one call', async ({ page }) => {
  await page.goto(`/?region=${REGION}&state=RUNNING`);
  const table = page.getByRole('table', { name: 'Instance list' });
  const rows = table.locator('tbody tr[data-instance-id]');
  await expect(rows.first()).toBeVisible();
  const names: string[] = [];
  for (const row of (await rows.all()).slice(0, 3)) {
    const name = (await row.locator('td').nth(1).locator('[title]').first().getAttribute('title'))!;
    names.push(name);
    await row.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  const calls: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/monitor/GetMonitorData')) calls.push(request.postDataJSON().Instances.length);
  });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare 3 instances' });
  const chart = dialog.getByRole('figure', { name: 'CPU utilization' });
  await expect(chart.locator('canvas')).toBeVisible();
  for (const name of names) await expect(chart).toContainText(new RegExp(`${name}: latest [\\d.]+%`));
  expect(calls).toEqual([3]);
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByLabel('Metric').selectOption({ label: 'Memory utilization' });
  await expect(dialog.getByRole('figure', { name: 'Memory utilization' })).toContainText(new RegExp(`${names[0]}: latest [\\d.]+%`));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
