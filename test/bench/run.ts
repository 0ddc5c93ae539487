// `pnpm bench`: figures, not assertions. The console on an emulator holding 10 000 instances, measured over HTTP.
import { createLogger, loadConfig, startConsole } from '@cvm/server';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, call: () => Promise<Response>, { rounds = ROUNDS, paceMs = 26 } = {}): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Stay under the action's documented rate limit (40/s for the Describe actions): pacing is not part of the figure.
    await sleep(paceMs);
    const started = performance.now();
    const response = await call();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(58)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`);
}

const started = performance.now();

const SETUP_TOKEN = 'bench-setup-token-0123456789';
const running = await startConsole(loadConfig({ PORT: '0', DATA_DIR: ':memory:', SETUP_TOKEN, EMULATOR_INSTANCES: String(INSTANCES), LOG_LEVEL: 'silent' }), {
  logger: createLogger('silent'),
});
console.log(`console + emulator with ${INSTANCES} extra instances started in ${(performance.now() - started).toFixed(0)} ms`);
const setup = await fetch(`${running.url}/api/console/setup`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1' },
  body: JSON.stringify({ setupToken: SETUP_TOKEN, username: 'perf', password: 'a benchmark passphrase' }),
});
const { csrfToken } = (await setup.json()) as { csrfToken: string };
const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;

const post = (action: string, body: object) => () =>
  fetch(`${running.url}/api/cvm/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1', 'X-Region': 'ap-guangzhou', 'X-Account': 'emulator', 'X-CSRF-Token': csrfToken, Cookie: cookie },
    body: JSON.stringify(body),
  });

await measure('DescribeInstances, first page of 20', post('DescribeInstances', { Limit: 20 }));
await measure('DescribeInstances, page of 100 at offset 9000', post('DescribeInstances', { Limit: 100, Offset: 9000 }));
await measure(
  'DescribeInstances, state=STOPPED and zone filter, 50',
  post('DescribeInstances', {
    Limit: 50,
    Filters: [
      { Name: 'instance-state', Values: ['STOPPED'] },
      { Name: 'zone', Values: ['ap-guangzhou-3'] },
    ],
  }),
);
await measure('DescribeInstances, name substring "worker-01"', post('DescribeInstances', { Limit: 20, Filters: [{ Name: 'instance-name', Values: ['worker-01'] }] }));
await measure('DescribeInstancesStatus, 100 IDs', post('DescribeInstancesStatus', { Limit: 100 }));
// What the create wizard asks for: the zone's shelf with prices, then a quote on every change.
await measure(
  'DescribeZoneInstanceConfigInfos, one zone, pay-as-you-go',
  post('DescribeZoneInstanceConfigInfos', {
    Filters: [
      { Name: 'zone', Values: ['ap-guangzhou-3'] },
      { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] },
    ],
  }),
);
await measure(
  'InquiryPriceRunInstances, 2 × S5.LARGE8 with a data disk',
  post('InquiryPriceRunInstances', {
    Placement: { Zone: 'ap-guangzhou-3' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.LARGE8',
    InstanceCount: 2,
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 200 }],
  }),
  { rounds: 50, paceMs: 105 },
);
await running.close();
