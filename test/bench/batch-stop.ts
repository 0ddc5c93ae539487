// `pnpm bench`, issue 4's figure: a batch stop of 100 instances in the browser, on the emulator with zero-second
// transitions. Counts the API calls the browser caused from the click until every row showed Stopped, and the time.
import { chromium } from '@playwright/test';
import { buildInstance } from '@cvm/emulator';
import { createLogger, loadConfig, startConsole } from '@cvm/server';

const BATCH = 100;
const SETUP_TOKEN = 'bench-setup-token-0123456789';

const running = await startConsole(loadConfig({ PORT: '0', DATA_DIR: ':memory:', SETUP_TOKEN, EMULATOR_TRANSITION_SCALE: '0', LOG_LEVEL: 'silent' }), {
  logger: createLogger('silent'),
});
const world = running.emulator!.world;
const region = world.region('ap-guangzhou')!;
for (let i = 0; i < BATCH; i++) {
  world.addInstance(
    region,
    buildInstance(world, region, {
      name: `bench-${String(i).padStart(3, '0')}`,
      zone: 'ap-guangzhou-3',
      instanceType: 'S5.MEDIUM4',
      imageId: 'img-eb30mz89',
      state: 'RUNNING',
      createdAt: Date.now() - i * 1000,
    }),
  );
}

const setup = await fetch(`${running.url}/api/console/setup`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1' },
  body: JSON.stringify({ setupToken: SETUP_TOKEN, username: 'perf', password: 'a benchmark passphrase' }),
});
const cookie = setup.headers.get('set-cookie')!.split(';')[0]!.split('=');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies([{ name: cookie[0]!, value: cookie[1]!, url: running.url }]);
  const page = await context.newPage();
  await page.goto(`${running.url}/?name=bench-&size=100`);
  const rows = page.locator('tbody tr');
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('tbody tr')];
    return rows.length === n && rows.every((row) => row.textContent?.includes('Running'));
  }, BATCH);

  const calls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) calls.push(path.replace('/api/', ''));
  });
  await page.getByRole('checkbox', { name: 'Select all instances on this page' }).check();
  await page.getByRole('group', { name: 'Actions on selected instances' }).getByRole('button', { name: 'Stop', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.waitForFunction((n) => [...document.querySelectorAll('tbody tr')].filter((row) => row.textContent?.includes('Stopped')).length === n, BATCH, { timeout: 60_000 });
  const seconds = (performance.now() - started) / 1000;
  const byAction = Object.entries(calls.reduce<Record<string, number>>((acc, call) => ({ ...acc, [call]: (acc[call] ?? 0) + 1 }), {}));
  console.log(`batch stop of ${BATCH} instances (zero-second transitions): ${calls.length} API calls until every row showed Stopped, in ${seconds.toFixed(2)} s`);
  for (const [action, count] of byAction) console.log(`  ${action.padEnd(34)} ${count}`);
  const stoppedInWorld = [...region.instances.values()].filter((r) => r.instance.InstanceName.startsWith('bench-') && r.instance.InstanceState === 'STOPPED').length;
  console.log(`  (instances STOPPED in the emulator: ${stoppedInWorld}; rows shown: ${await rows.count()})`);
} finally {
  await browser.close();
  await running.close();
}
