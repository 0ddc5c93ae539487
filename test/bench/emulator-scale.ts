// `node --import tsx test/bench/emulator-scale.ts [sizes…]`: figures, not assertions. The emulator alone (its own
// process, rate limits off, started by emulator-scale-server.ts) holding N generated instances, asked over real HTTP
// by a closed-loop client: CONCURRENCY requests always in flight for SECONDS, each one signed as an SDK signs it.
// Sizes default to 10000 and 100000; `--start-only 1000000` measures only the start (time and RSS).
//   BENCH_CONCURRENCY (50), BENCH_SECONDS (5) change the load.
// Figures depend on the machine and on whatever else runs on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { signTc3 } from '@cvm/shared/tc3';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Started {
  url: string;
  instances: number;
  startMs: number;
  rssMb: number;
  heapMb: number;
}

async function startServer(instances: number): Promise<{ child: ChildProcess; info: Started }> {
  const script = fileURLToPath(new URL('./emulator-scale-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(instances)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<Started>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before it listened`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as Started));
  });
  child.removeAllListeners('exit');
  return { child, info };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Headers signed once per scenario: a TC3 signature stays valid for 300 s, longer than any run here. */
function signed(url: URL, action: string, payload: string): Record<string, string> {
  const headers = signTc3(
    { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
    { service: 'cvm', host: url.host, action, version: '2017-03-12', region: 'ap-guangzhou', timestamp: Math.floor(Date.now() / 1000), payload },
  ) as Record<string, string>;
  delete headers.Host;
  return headers;
}

function post(agent: Agent, url: URL, headers: Record<string, string>, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: '/', method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function load(name: string, baseUrl: string, action: string, params: object): Promise<void> {
  const url = new URL(baseUrl);
  const payload = JSON.stringify(params);
  const headers = signed(url, action, payload);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  // Warm up (first answers build what is cached), and check the answer is not an error.
  const first = JSON.parse(await post(agent, url, headers, payload)) as { Response: { Error?: { Code: string }; TotalCount?: number } };
  if (first.Response.Error) throw new Error(`${name}: ${first.Response.Error.Code}`);
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await post(agent, url, headers, payload);
      times.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(44)} ${(times.length / elapsed).toFixed(0).padStart(6)} req/s   p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(times, 99).toFixed(1).padStart(7)} ms   (TotalCount ${first.Response.TotalCount})`,
  );
}

/** 100 IDs spread over the whole list: one page of 100 at each of 100 offsets would be slow to gather, so take them from two pages' strides. */
async function someIds(baseUrl: string, total: number): Promise<string[]> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true });
  const ids: string[] = [];
  const step = Math.max(100, Math.floor(total / 10));
  for (let offset = 0; ids.length < 100 && offset < total; offset += step) {
    const payload = JSON.stringify({ Offset: offset, Limit: 10 });
    const body = JSON.parse(await post(agent, url, signed(url, 'DescribeInstances', payload), payload)) as { Response: { InstanceSet: { InstanceId: string }[] } };
    ids.push(...body.Response.InstanceSet.map((i) => i.InstanceId));
  }
  agent.destroy();
  return ids.slice(0, 100);
}

const args = process.argv.slice(2);
const startOnly = args[0] === '--start-only';
const sizes = (startOnly ? args.slice(1) : args).map(Number).filter((n) => Number.isFinite(n));
if (!sizes.length) sizes.push(...(startOnly ? [1_000_000] : [10_000, 100_000]));

console.log(`emulator scale: ${CONCURRENCY} concurrent, ${SECONDS} s per scenario, rate limits off (figures depend on what else shares the machine)`);
for (const size of sizes) {
  const { child, info } = await startServer(size);
  try {
    console.log(`${size} extra instances: started in ${info.startMs.toFixed(0)} ms, RSS ${info.rssMb.toFixed(0)} MB (heap ${info.heapMb.toFixed(0)} MB)`);
    if (startOnly) continue;
    await load('DescribeInstances RUNNING + zone, Limit 20', info.url, 'DescribeInstances', {
      Filters: [
        { Name: 'instance-state', Values: ['RUNNING'] },
        { Name: 'zone', Values: ['ap-guangzhou-3'] },
      ],
      Limit: 20,
    });
    const ids = await someIds(info.url, size);
    await load(`DescribeInstances ${ids.length} InstanceIds (page of 20)`, info.url, 'DescribeInstances', { InstanceIds: ids });
    await load(`DescribeInstances ${ids.length} InstanceIds, Limit 100`, info.url, 'DescribeInstances', { InstanceIds: ids, Limit: 100 });
    await load('DescribeInstances first page, no filter', info.url, 'DescribeInstances', { Limit: 20 });
    await load('DescribeInstances instance-name "worker-01"', info.url, 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: ['worker-01'] }], Limit: 20 });
  } finally {
    await stopServer(child);
  }
}
