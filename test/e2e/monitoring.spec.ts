import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';
import type { Person } from './support/people.ts';
import { postAsSignedIn, saveSignedInState } from './support/session.ts';

// The detail's Monitoring tab: an instance's CPU and the rest drawn over a chosen range, gaps where it did not run,
// the figures in words beside each chart.

const REGION = 'ap-guangzhou';
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
  await page.screenshot({ path: 'test-results/monitoring.png' });
});

test('the CPU column draws the last hour of every running row on the page, ten instances a call', async ({ page, browser, baseURL }) => {
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
  const running = rows.filter({ hasText: 'Running' });
  await expect(running.first().getByRole('img', { name: /^CPU over the last hour: latest [\d.]+%, highest [\d.]+%$/ })).toBeVisible();
  for (const row of await running.all()) await expect(row.getByRole('img', { name: /^CPU over the last hour/ })).toBeVisible();
  // A stopped row has had no CPU for the last hour.
  await expect(
    rows
      .filter({ hasText: 'Stopped' })
      .first()
      .getByRole('img', { name: /^CPU over the last hour/ }),
  ).toHaveCount(0);
  expect(calls.reduce((a, b) => a + b, 0)).toBe(count);
  expect(calls.every((n) => n <= 10)).toBe(true);
  expect(calls).toHaveLength(Math.ceil(count / 10));
  await context.close();
});
