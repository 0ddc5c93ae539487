// `pnpm bench` (monitoring): what watching the fleet costs, on a console whose embedded emulator holds 10,000
// instances, in Debian's Chromium. Medians of ROUNDS warm tries.
//
//   CPU column, 100 rows      navigation to a page of 100 rows with the "CPU (1 h)" column → every row's cell drawn:
//                             GetMonitorData calls and instances asked, the calls' own time, and the whole
//   a 1,444-point chart       Compare of 4 instances over 6 hours (4 × 361 points, one chart): from the answer's last
//                             byte to the frame that shows it (the page's own drawing)
//   the Overview              every region read page by page (100 a call): time to the counts, DescribeInstances calls,
//                             and the busiest region's calls a second against the action's limit (the overview keeps to
//                             half of it, as an export does)
//   the burn rate             the overview's pricing of every billed instance: InquiryPriceRunInstances calls (one per
//                             distinct configuration) against the instances priced, seconds to the figures and the
//                             calls a second against the action's limit; then again ("Read again"), when the console's
//                             server answers every quote from what it shares with the team
import { chromium, type Page } from '@playwright/test';
import { cvm } from '@cvm/shared';
import { signedInContext } from './support/signed-in-context.ts';
import { buildServer, buildWeb, startConsoleProcess, type StartedConsole } from './support/servers.ts';
import { median } from './support/stats.ts';
import { fixed, printTable } from './support/table.ts';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_BROWSER_ROUNDS ?? 5);
const MONITOR = '/api/monitor/GetMonitorData';

/** The GetMonitorData calls the page made since `since` (performance.now()): count, and the last answer's end. */
const monitorCalls = (page: Page, since: number): Promise<{ count: number; lastEnd: number; longest: number }> =>
  page.evaluate(`(() => {
    const calls = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('${MONITOR}') && e.startTime >= ${since});
    return { count: calls.length, lastEnd: Math.max(0, ...calls.map((e) => e.responseEnd)), longest: Math.max(0, ...calls.map((e) => e.responseEnd - e.startTime)) };
  })()`);

/** Calls' times by region. */
function regionsOf(calls: readonly { region: string; at: number }[]): Map<string, number[]> {
  const byRegion = new Map<string, number[]>();
  for (const call of calls) byRegion.set(call.region, [...(byRegion.get(call.region) ?? []), call.at]);
  return byRegion;
}

const busiestOf = (byRegion: Map<string, number[]>) => [...byRegion.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];

/** Calls a second between the first and the last of `times`. */
const ratePerSecond = (times: readonly number[]) => (times.length > 1 ? (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000) : 0);

/** Resolves with performance.now() after the frame that follows `ready()` turning true (checked on every DOM change). */
const drawnWhen = (page: Page, ready: string): Promise<number> =>
  page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (!(${ready})) return false;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  })`);

/** Every CPU cell of the page is settled: a sparkline or the empty mark, no skeleton. */
const CPU_CELLS_SETTLED = `(() => {
  const rows = document.querySelectorAll('tbody tr[data-instance-id]');
  const column = [...document.querySelectorAll('thead th')].findIndex((th) => th.textContent === 'CPU (1 h)');
  return rows.length === 100 && column > 0 && [...rows].every((row) => !row.children[column]?.querySelector('[class*="animate-pulse"]'));
})()`;

let console_: StartedConsole | undefined;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`monitoring bench: ${INSTANCES} instances, medians of ${ROUNDS} warm tries`);
  buildServer();
  buildWeb();
  console_ = await startConsoleProcess({ env: { EMULATOR_INSTANCES: String(INSTANCES), LOG_LEVEL: 'warn' } });
  const { context, headers } = await signedInContext(browser, console_.url);
  const chosen = await context.request.put('/api/console/preferences/instanceColumns', {
    data: { value: ['state', 'zone', 'type', 'cpuMemory', 'ip', 'chargeType', 'created', 'cpu1h'] },
    headers,
  });
  if (chosen.status() !== 200) throw new Error(`could not choose the CPU column: HTTP ${chosen.status()}`);
  const page = await context.newPage();
  await page.goto('/?size=100');
  await drawnWhen(page, CPU_CELLS_SETTLED);

  const column: { total: number; calls: number; api: number; draw: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto('about:blank');
    await page.goto('/?size=100');
    const drawnAt = await drawnWhen(page, CPU_CELLS_SETTLED);
    const calls = await monitorCalls(page, 0);
    column.push({ total: drawnAt, calls: calls.count, api: calls.longest, draw: drawnAt - calls.lastEnd });
  }

  // Compare: four running instances over six hours, 4 × 361 points on one chart.
  const chart: { draw: number; api: number; points: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto('/?state=RUNNING');
    const rows = page.locator('tbody tr[data-instance-id]');
    await rows.first().waitFor();
    for (const row of (await rows.all()).slice(0, 4)) await row.locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare 4 instances' });
    await dialog.getByRole('figure', { name: 'CPU utilization' }).locator('canvas').waitFor();
    const since: number = await page.evaluate('performance.now()');
    // Drawn: the chart shows the new range (its period said, the old one no longer greyed out).
    const drawn = drawnWhen(
      page,
      `[...document.querySelectorAll('dialog p')].some((p) => p.textContent.startsWith('One point every 1 minute')) && !!document.querySelector('dialog figure canvas') && !document.querySelector('dialog figure .opacity-50')`,
    );
    await dialog.getByRole('radio', { name: '6 hours' }).check();
    const drawnAt = await drawn;
    await page.waitForTimeout(200);
    const calls = await monitorCalls(page, since);
    const points: number = await page.evaluate(`[...document.querySelectorAll('dialog figure li')].length * (6 * 60 + 1)`);
    chart.push({ draw: drawnAt - calls.lastEnd, api: calls.longest, points });
    await dialog.getByRole('button', { name: 'Close' }).click();
  }

  // The overview of every region: one try (its reads are kept two minutes, so a second visit would ask nothing).
  const describeCalls: { region: string; at: number }[] = [];
  const quoteCalls: { region: string; at: number }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/DescribeInstances')) describeCalls.push({ region: request.headers()['x-region'] ?? '', at: Date.now() });
    if (request.url().endsWith('/api/cvm/InquiryPriceRunInstances')) quoteCalls.push({ region: request.headers()['x-region'] ?? '', at: Date.now() });
  });
  const overviewStart = Date.now();
  await page.goto('/overview');
  await page.getByRole('region', { name: 'Instances by region and state' }).getByRole('table').waitFor({ timeout: 180_000 });
  const overviewMs = Date.now() - overviewStart;
  const byRegion = regionsOf(describeCalls);
  const busiest = busiestOf(byRegion);
  const perSecond = ratePerSecond(busiest[1]);

  // The burn rate: priced after the fleet is read, then again with every quote shared by the server.
  const burn = page.getByRole('region', { name: 'Burn rate' });
  const perHour = burn.locator('dt', { hasText: /^Per hour/ }).locator('xpath=following-sibling::dd[1]');
  const billed = burn.locator('dt', { hasText: /^Instances billed/ }).locator('xpath=following-sibling::dd[1]');
  await perHour.waitFor({ timeout: 600_000 });
  const burnMs = Date.now() - overviewStart;
  const firstQuotes = [...quoteCalls];
  const quoteBusiest = busiestOf(regionsOf(firstQuotes));
  const pricingSeconds = (firstQuotes.at(-1)!.at - firstQuotes[0]!.at) / 1000;
  const instancesPriced = Number(await billed.textContent());
  quoteCalls.length = 0;
  const againStart = Date.now();
  await page.getByRole('button', { name: 'Read again' }).click();
  await perHour.waitFor({ state: 'detached', timeout: 60_000 }).catch(() => {});
  await perHour.waitFor({ timeout: 600_000 });
  const againMs = Date.now() - againStart;
  const againQuotes = quoteCalls.length;
  const againPricing = quoteCalls.length > 1 ? (quoteCalls.at(-1)!.at - quoteCalls[0]!.at) / 1000 : 0;

  const m = (values: number[]) => median(values);
  printTable(
    `Monitoring in Chromium, ${INSTANCES} instances — medians of ${ROUNDS} warm tries (ms)`,
    ['what', 'total', 'GetMonitorData calls', 'target', '', 'longest call', 'drawing (answer → frame)'],
    [
      [
        'CPU column, a page of 100 rows',
        fixed(m(column.map((c) => c.total))),
        fixed(m(column.map((c) => c.calls))),
        '≤ 10',
        m(column.map((c) => c.calls)) <= 10 ? 'met' : 'missed',
        fixed(m(column.map((c) => c.api))),
        fixed(m(column.map((c) => c.draw))),
      ],
      [`a ${m(chart.map((c) => c.points))}-point chart (Compare, 4 × 6 h)`, '', '1', '', '', fixed(m(chart.map((c) => c.api))), fixed(m(chart.map((c) => c.draw)))],
    ],
  );
  printTable(
    `The Overview of every region, ${INSTANCES} instances (one try)`,
    ['seconds to the counts', 'DescribeInstances calls', 'regions', 'busiest region', 'its calls/s', 'DescribeInstances limit'],
    [
      [
        fixed(overviewMs / 1000, 1),
        describeCalls.length,
        byRegion.size,
        busiest[0],
        fixed(perSecond, 1),
        `${cvm.DescribeInstances.rateLimit.perSecond}/s (the overview keeps to ${cvm.DescribeInstances.rateLimit.perSecond / 2}/s)`,
      ],
    ],
  );
  printTable(
    `The burn rate of every region, ${INSTANCES} instances (one try each)`,
    ['', 'seconds to the figures', 'instances priced', 'quotes asked', 'quotes / instances', 'pricing (s)', 'busiest region calls/s', 'InquiryPriceRunInstances limit'],
    [
      [
        'first look (nothing shared yet)',
        fixed(burnMs / 1000, 1),
        instancesPriced,
        firstQuotes.length,
        fixed(firstQuotes.length / Math.max(1, instancesPriced), 3),
        fixed(pricingSeconds, 1),
        fixed(ratePerSecond(quoteBusiest[1]), 1),
        `${cvm.InquiryPriceRunInstances.rateLimit.perSecond}/s`,
      ],
      ['"Read again" (quotes shared by the server)', fixed(againMs / 1000, 1), '', againQuotes, '', fixed(againPricing, 1), '', ''],
    ],
  );
} finally {
  await browser.close();
  await console_?.process.stop();
  console_?.cleanUp();
}
