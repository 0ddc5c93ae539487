// `pnpm bench` (browser): the instance list as a person sees it, in Debian's Chromium, on a console whose embedded
// emulator holds 10,000 instances. Each figure is the median of ROUNDS warm tries (the app's files cached, as on any
// visit after the first), measured inside the page (performance.now(); the rows' arrival seen by a MutationObserver),
// with the API call's own time beside it (the Resource Timing of its DescribeInstances) and the page's share
// (total − API); and, from the same start, when the frame that first shows those rows was drawn (style, layout and
// paint done: a requestAnimationFrame and a task after it), which the targets do not count but a person sees.
// Also the export of the whole list: its time and its calls a second against the action's limit.
//
//   navigation → first rows    from the navigation's start to the first row in the table
//   next page → rows           from the click to the next page's first row
//   search → rows              from the debounce's end (300 ms after the last keystroke) to the first matching row
//
// Beside the navigation, its floor measured the same way in the same browser: the bare page (support/bare-page.ts),
// one document whose one inline script asks for the same page of instances (the console's own answer, saved) and
// writes the rows — what any page pays here for a navigation, a request and twenty rows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { signedInContext } from './support/signed-in-context.ts';
import { buildServer, buildWeb, startBarePage, startConsoleProcess, type Started, type StartedConsole } from './support/servers.ts';
import { median } from './support/stats.ts';
import { fixed, printTable } from './support/table.ts';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_BROWSER_ROUNDS ?? 5);
const DEBOUNCE_MS = 300;
const TARGETS = { navigation: 300, nextPage: 150, search: 150, pageShare: 60 };

interface Sample {
  total: number;
  api: number;
  /** To the end of the frame that first shows the rows (style, layout and paint included), from the same start. */
  painted: number;
}

interface RowChange {
  /** performance.now() when the rows were in the table. */
  at: number;
  /** performance.now() once the next frame was drawn: a requestAnimationFrame, then a task after it. */
  paintedAt: number;
}

/**
 * Resolves, inside the page, with performance.now() when the table's first row is another instance than `before`, and
 * when the frame that shows it has been drawn.
 * Written as page source: tsx would wrap named functions in a helper the page does not have.
 */
const FIRST_ROW_CHANGE = `(previous) => new Promise((resolve) => {
  const observer = new MutationObserver(() => check());
  function check() {
    const id = document.querySelector('tbody tr[data-instance-id]')?.getAttribute('data-instance-id') ?? null;
    if (!id || id === previous) return false;
    observer.disconnect();
    const at = performance.now();
    requestAnimationFrame(() => setTimeout(() => resolve({ at, paintedAt: performance.now() }), 0));
    return true;
  }
  if (!check()) observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-instance-id'] });
})`;
const firstRowChange = (page: Page, before: string | null): Promise<RowChange> => page.evaluate(`(${FIRST_ROW_CHANGE})(${JSON.stringify(before)})`);

const firstRowId = (page: Page) => page.locator('tbody tr[data-instance-id]').first().getAttribute('data-instance-id');

/** The duration of the last DescribeInstances the page made (fetch's start to the answer's last byte). */
const lastApiMs = (page: Page): Promise<number> =>
  page.evaluate(`(() => {
    const last = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/cvm/DescribeInstances')).at(-1);
    return last ? last.responseEnd - last.startTime : Number.NaN;
  })()`);

let console_: StartedConsole | undefined;
let barePage: Started | undefined;
const scratch = mkdtempSync(path.join(tmpdir(), 'cvm-browser-bench-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`browser bench: the instance list in Chromium, ${INSTANCES} instances, medians of ${ROUNDS} warm tries`);
  buildServer();
  buildWeb();
  console_ = await startConsoleProcess({ env: { EMULATOR_INSTANCES: String(INSTANCES), LOG_LEVEL: 'warn' } });
  const { context, headers } = await signedInContext(browser, console_.url);

  // The bare page answers with the console's own answer for the first page.
  const [account] = ((await (await context.request.get('/api/console/accounts', { headers })).json()) as { accounts: { id: string; defaultRegion: string }[] }).accounts;
  const firstPage = await context.request.post('/api/cvm/DescribeInstances', {
    data: { Offset: 0, Limit: 20 },
    headers: { ...headers, 'X-Account': account!.id, 'X-Region': account!.defaultRegion },
  });
  const answerFile = path.join(scratch, 'describe-instances.json');
  writeFileSync(answerFile, await firstPage.body());
  barePage = await startBarePage(answerFile);
  const bareContext = await browser.newContext({ baseURL: barePage.url, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const bare = await bareContext.newPage();
  await bare.goto('/');
  await bare.locator('tbody tr[data-instance-id]').first().waitFor();
  const bareNavigation: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await bare.goto('about:blank');
    await bare.goto('/');
    const shown = await firstRowChange(bare, null);
    bareNavigation.push({ total: shown.at, painted: shown.paintedAt, api: await lastApiMs(bare) });
  }
  await bareContext.close();

  const page = await context.newPage();
  // A first visit fills the HTTP cache; the figures are of the visits after it.
  await page.goto('/');
  await page.locator('tbody tr[data-instance-id]').first().waitFor();

  const navigation: Sample[] = [];
  const nextPage: Sample[] = [];
  const search: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto('about:blank');
    await page.goto('/');
    const rows = await firstRowChange(page, null);
    navigation.push({ total: rows.at, painted: rows.paintedAt, api: await lastApiMs(page) });

    // From the click as the page received it (not from when the driver was asked to click).
    const before = await firstRowId(page);
    await page.evaluate(`document.addEventListener('click', () => { window.clickedAt = performance.now(); }, { capture: true, once: true })`);
    const changed = firstRowChange(page, before);
    await page.getByRole('button', { name: 'Next page' }).click();
    const changedAt = await changed;
    const clickedAt: number = await page.evaluate('window.clickedAt');
    nextPage.push({ total: changedAt.at - clickedAt, painted: changedAt.paintedAt - clickedAt, api: await lastApiMs(page) });

    // One generated instance by its number (names are role-NNNNN): an answer not already on screen.
    const name = String(100 + round * 7).padStart(5, '0');
    const shown = await firstRowId(page);
    const box = page.getByRole('searchbox', { name: 'Search' });
    const found = firstRowChange(page, shown);
    await box.fill(name);
    const typedAt: number = await page.evaluate('performance.now()');
    const foundAt = await found;
    search.push({ total: foundAt.at - typedAt - DEBOUNCE_MS, painted: foundAt.paintedAt - typedAt - DEBOUNCE_MS, api: await lastApiMs(page) });
    await box.fill('');
  }

  const row = (label: string, samples: Sample[], target?: number) => {
    const total = median(samples.map((s) => s.total));
    const api = median(samples.map((s) => s.api));
    const painted = median(samples.map((s) => s.painted));
    const share = total - api;
    if (target === undefined) return [label, fixed(total), '', '', fixed(api), fixed(share), '', fixed(painted)];
    return [label, fixed(total), `≤ ${target}`, total <= target ? 'met' : 'missed', fixed(api), fixed(share), share <= TARGETS.pageShare ? 'met' : 'missed', fixed(painted)];
  };
  printTable(
    `The instance list in Chromium, ${INSTANCES} instances — medians of ${ROUNDS} warm tries (ms)`,
    ['step', 'rows in table', 'target', '', 'API call', 'page (total − API)', `≤ ${TARGETS.pageShare}`, 'frame drawn'],
    [
      row('navigation → first rows', navigation, TARGETS.navigation),
      row('  the bare page (floor)', bareNavigation),
      row('next page → rows', nextPage, TARGETS.nextPage),
      row('search → rows (after debounce)', search, TARGETS.search),
    ],
  );

  const ratio = median(navigation.map((s) => s.total)) / median(bareNavigation.map((s) => s.total));
  const shareOverFloor = median(navigation.map((s) => s.total - s.api)) - median(bareNavigation.map((s) => s.total - s.api));
  console.log(`navigation: console / bare page ${fixed(ratio, 2)}; the console's page share over the floor's: ${fixed(shareOverFloor)} ms\n`);

  // The export of everything, as the button does it.
  await page.goto('/');
  await page.getByRole('button', { name: 'Export' }).click();
  const calls: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/DescribeInstances') && request.postDataJSON()?.Limit === 100) calls.push(Date.now());
  });
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await page.getByRole('dialog', { name: 'Export instances' }).getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const rows =
    readFileSync((await file.path())!, 'utf8')
      .split('\r\n')
      .filter(Boolean).length - 1;
  const seconds = (Date.now() - started) / 1000;
  const perSecond = (calls.length - 1) / ((calls.at(-1)! - calls[0]!) / 1000);
  printTable(
    'Export of the whole list (CSV)',
    ['rows', 'seconds', 'calls', 'calls/s', 'DescribeInstances limit'],
    [[rows, fixed(seconds, 1), calls.length, fixed(perSecond, 1), '40/s (the export keeps to 20/s)']],
  );
} finally {
  await browser.close();
  await console_?.process.stop();
  await barePage?.process.stop();
  console_?.cleanUp();
  rmSync(scratch, { recursive: true, force: true });
}
