// What the console adds to a cloud call, measured: the same read (DescribeInstances, a page of 20 out of 10 000, about
// 30 kB) sent straight to the emulator with a fresh TC3 signature, and through the console, at 1 and at 50 concurrent
// (closed loop, keep-alive). Figures, not assertions; indicative only when other work shares the machine's cores.
//
//   node --import tsx test/bench/proxy-profile.ts              figures
//   PROFILE=1 node --import tsx test/bench/proxy-profile.ts    also a CPU profile of the console while it serves 50
//                                                              concurrent (a .cpuprofile in /tmp, for DevTools)
//
// A third target is the least a proxy can do (bareprx, support/bare-proxy.ts, as in `pnpm bench`): reads the body,
// signs it, forwards it on a kept-alive connection, answers the bytes — how far the console is from the floor.
//
// Four processes: the emulator (rate limits off), the bare proxy, the console (pointed at it as at a cloud; its own budget for the
// action lifted, and pages not shared (CLOUD_READ_FRESHNESS_MS=0), so every request really goes through), and this
// one, the client. Offsets are drawn at random so no two calls in flight are the same read.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { signTc3 } from '@cvm/shared/tc3';
import { startBareProxy } from './support/servers.ts';

/** A process's CPU time (user + system) in µs, from /proc: for the bare proxy, which answers no messages. */
function cpuMicrosOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are the 14th and 15th fields of the whole line, in clock ticks (100 a second here).
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100;
}

const SECONDS = Number(process.env.PROXY_BENCH_SECONDS ?? 8);
const INSTANCES = Number(process.env.PROXY_BENCH_INSTANCES ?? 10_000);
const SETUP_TOKEN = 'bench-setup-token-0123456789';
const SECRET = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };
const self = fileURLToPath(import.meta.url);

function child(args: string[], execArgv: string[] = []): Promise<{ process: ChildProcess; url: string }> {
  // The console's log (warnings: retries, failures) goes to a file beside its profile.
  const log = args[0] === 'console' ? openSync('/tmp/proxy-profile-console.log', 'w') : 'ignore';
  const proc = spawn(process.execPath, [...execArgv, '--import', 'tsx', self, ...args], { stdio: ['ignore', log, 'inherit', 'ipc'] });
  process.once('exit', () => proc.kill());
  return new Promise((resolve, reject) => {
    proc.once('message', (message: { url: string }) => resolve({ process: proc, url: message.url }));
    proc.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
}

interface Target {
  url: URL;
  headers: (payload: string) => Record<string, string>;
}

function post(agent: Agent, target: Target, payload: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(target.url, { method: 'POST', agent, headers: { ...target.headers(payload), 'Content-Length': Buffer.byteLength(payload) } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const page = () => JSON.stringify({ Limit: 20, Offset: 20 * Math.floor(Math.random() * (INSTANCES / 20 - 1)) });

async function load(target: Target, concurrency: number, seconds: number): Promise<{ rps: number; p50: number; p99: number; bytes: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const times: number[] = [];
  const slow: string[] = [];
  let bytes = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        bytes = await post(agent, target, page());
        times.push(performance.now() - t);
        if (process.env.SLOW && performance.now() - t > 100) slow.push(`${(t - started).toFixed(0)}+${(performance.now() - t).toFixed(0)}`);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (slow.length) {
    const buckets = new Map<number, number>();
    for (const entry of slow) {
      const at = Math.floor(Number(entry.split('+')[0]) / 250);
      buckets.set(at, (buckets.get(at) ?? 0) + 1);
    }
    console.log(`c=${concurrency} slow by 250 ms of the run: ${[...buckets].map(([b, n]) => `${b}:${n}`).join(' ')} (${slow.length} of ${times.length})`);
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { rps: times.length / elapsed, p50: at(0.5), p99: at(0.99), bytes };
}

async function main(): Promise<void> {
  const emulator = await child(['emulator']);
  const console_ = await child(['console', emulator.url]);
  const bareProxy = await startBareProxy(emulator.url);
  const ask = (message: string) =>
    new Promise<string>((resolve) => {
      console_.process.once('message', resolve);
      console_.process.send(message);
    });
  const setup = await fetch(`${console_.url}/api/console/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1' },
    body: JSON.stringify({ setupToken: SETUP_TOKEN, username: 'perf', password: 'a benchmark passphrase' }),
  });
  if (!setup.ok) throw new Error(`setup: HTTP ${setup.status} ${await setup.text()}`);
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;

  const direct: Target = {
    url: new URL(emulator.url),
    headers: (payload) => {
      const headers: Record<string, string> = signTc3(SECRET, {
        service: 'cvm',
        host: new URL(emulator.url).host,
        action: 'DescribeInstances',
        version: '2017-03-12',
        region: 'ap-guangzhou',
        timestamp: Math.floor(Date.now() / 1000),
        payload,
      });
      return headers;
    },
  };
  const viaConsole: Target = {
    url: new URL(`${console_.url}/api/cvm/DescribeInstances`),
    headers: () => ({
      'Content-Type': 'application/json',
      'X-CVM-Console': '1',
      'X-Region': 'ap-guangzhou',
      'X-Account': 'environment',
      'X-CSRF-Token': csrfToken,
      Cookie: cookie,
    }),
  };
  const viaBareProxy: Target = { url: new URL(bareProxy.url), headers: () => ({ 'Content-Type': 'application/json' }) };
  // Warm both paths (JIT, connections, the emulator's sorted cache).
  await load(viaBareProxy, 4, 2);
  await load(direct, 4, 2);
  await load(viaConsole, 4, 2);
  const rows: string[] = [];
  let profileFile = '';
  for (const concurrency of [1, 50]) {
    const d = await load(direct, concurrency, SECONDS);
    const profiling = process.env.PROFILE && concurrency === 50;
    if (profiling) await ask('profile');
    const cpuBefore = JSON.parse(await ask('cpu')) as NodeJS.CpuUsage;
    const c = await load(viaConsole, concurrency, SECONDS);
    const cpuAfter = JSON.parse(await ask('cpu')) as NodeJS.CpuUsage;
    if (profiling) profileFile = await ask('profile-stop');
    // The console's own CPU time per answered request: steadier than req/s when other processes share the cores.
    const cpuPerRequest = (cpuAfter.user - cpuBefore.user + cpuAfter.system - cpuBefore.system) / (c.rps * SECONDS);
    const line = (name: string, r: typeof d) =>
      `${name.padEnd(8)} c=${String(concurrency).padEnd(3)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   ${(r.bytes / 1024).toFixed(1)} kB`;
    const bareBefore = cpuMicrosOf(bareProxy.process.pid);
    const b = await load(viaBareProxy, concurrency, SECONDS);
    const bareAfter = cpuMicrosOf(bareProxy.process.pid);
    const bareCpu = (bareAfter - bareBefore) / (b.rps * SECONDS);
    rows.push(
      line('direct', d),
      line('console', c),
      line('bareprx', b),
      `         ratio ${(c.rps / d.rps).toFixed(2)}   added p50 ${(c.p50 - d.p50).toFixed(2)} ms   CPU a request: console ${cpuPerRequest.toFixed(0)} µs, bare proxy ${bareCpu.toFixed(0)} µs`,
    );
  }
  console.log(rows.join('\n'));
  const exited = (proc: ChildProcess) => new Promise((resolve) => proc.once('exit', resolve));
  console_.process.send('stop');
  emulator.process.send('stop');
  await Promise.all([exited(console_.process), exited(emulator.process), bareProxy.process.stop()]);
  if (profileFile) console.log(`CPU profile of the console under 50 concurrent: ${profileFile}`);
}

const role = process.argv[2];
if (role === 'emulator') {
  const { startEmulator } = await import('@cvm/emulator');
  const emulator = await startEmulator({ port: 0, bulkInstances: INSTANCES, rateLimits: false, credentials: [SECRET] });
  process.send!({ url: emulator.url });
  process.on('message', () => process.exit(0));
} else if (role === 'console') {
  const { findAction } = await import('@cvm/shared');
  // The console's own budget keeps DescribeInstances at 36 a second; the figure is about the proxy, not the budget.
  (findAction('cvm', 'DescribeInstances')!.rateLimit as { perSecond: number }).perSecond = 1_000_000;
  // PROXY_BENCH_SERVER: another checkout's apps/server/src/index.ts, to measure a before and an after on one machine.
  const { createLogger, loadConfig, startConsole } = (await import(process.env.PROXY_BENCH_SERVER ?? '@cvm/server')) as typeof import('@cvm/server');
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: ':memory:',
    SETUP_TOKEN,
    TENCENTCLOUD_SECRET_ID: SECRET.secretId,
    TENCENTCLOUD_SECRET_KEY: SECRET.secretKey,
    TENCENTCLOUD_ENDPOINT: process.argv[3]!,
    CLOUD_READ_FRESHNESS_MS: '0',
    CLOUD_MAX_WAIT_MS: '30000',
    ...(process.env.PROXY_BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.PROXY_BENCH_LOG_LEVEL } : {}),
  });
  // The tests' migrated database dump: starts in a second, and the figure is not about the database.
  const { pgliteTemplate } = await import('../support/pglite-template.ts');
  const running = await startConsole(config, {
    logger: createLogger(config.logLevel),
    passwordHashCost: { memorySize: 1024, iterations: 1 },
    pgliteTemplate: await pgliteTemplate(),
  });
  process.send!({ url: running.url });
  // PROFILE: a CPU profile of the measured load only (not the start), through the inspector, on the parent's word.
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  process.on('message', async (message: string) => {
    if (message === 'cpu') {
      process.send!(JSON.stringify(process.cpuUsage()));
    } else if (message === 'profile') {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      process.send!('profiling');
    } else if (message === 'profile-stop') {
      const { profile } = await session.post('Profiler.stop');
      const { writeFileSync } = await import('node:fs');
      const file = `/tmp/console-${Date.now()}.cpuprofile`;
      writeFileSync(file, JSON.stringify(profile));
      process.send!(file);
    } else {
      await running.close();
      process.exit(0);
    }
  });
} else {
  await main();
}
