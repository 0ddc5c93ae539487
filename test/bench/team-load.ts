// `pnpm bench` (team load): a team sharing one cloud key. 200 signed-in sessions of 5 people each poll the instance
// list's first page and the status of a few instances of their own once a second, against the embedded emulator with
// its documented rate limits on, on the embedded database and (when TEST_DATABASE_URL is set) on PostgreSQL.
// The console runs in a process of its own; the emulator runs here, so what it answered can be counted.
// Figures, not assertions: requests, failures by code, upstream calls per action against the documented limit,
// p50 / p99 per action, and the console process's peak RSS. The baseline is the same status read sent straight to the
// emulator, signed, in the same run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@cvm/emulator';
import { findAction } from '@cvm/shared';
import { signTc3 } from '@cvm/shared/tc3';
import { createTestDatabase } from '../support/postgres.ts';

const SECONDS = Number(process.env.BENCH_TEAM_SECONDS ?? 60);
const SESSIONS = Number(process.env.BENCH_TEAM_SESSIONS ?? 200);
const PEOPLE = 5;
const PASSWORD = 'a benchmark passphrase';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A free loopback port for the console process. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Peak resident memory of a process so far (VmHWM), in bytes. */
function peakRssOf(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/**
 * The console in a process of its own (`pnpm --filter @cvm/server serve`), so its memory is its own; the cloud is an
 * emulator in this process with its documented limits on, so its counts are at hand.
 */
async function run(label: string, env: Record<string, string>): Promise<void> {
  const SETUP_TOKEN = 'bench-setup-token-0123456789';
  const emulator = await startEmulator({ bulkInstances: 2000 });
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('../../apps/server/', import.meta.url)),
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: ':memory:',
      SETUP_TOKEN,
      LOG_LEVEL: 'warn',
      TENCENTCLOUD_SECRET_ID: emulator.credentials[0]!.secretId,
      TENCENTCLOUD_SECRET_KEY: emulator.credentials[0]!.secretKey,
      TENCENTCLOUD_ENDPOINT: emulator.url,
      SIGNIN_ADDRESS_THRESHOLD: '1000',
      SIGNIN_FAILURE_DELAY_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (tries > 300) throw new Error('the console did not start');
    await sleep(100);
  }
  const running = { url };
  const headers = (cookie: string, csrf: string) => ({
    'Content-Type': 'application/json',
    'X-CVM-Console': '1',
    'X-Region': 'ap-guangzhou',
    'X-Account': 'environment',
    'X-CSRF-Token': csrf,
    Cookie: cookie,
  });
  const signIn = async (username: string) => {
    const response = await fetch(`${running.url}/api/console/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return headers(response.headers.get('set-cookie')!.split(';')[0]!, csrfToken);
  };
  const setup = await fetch(`${running.url}/api/console/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1' },
    body: JSON.stringify({ setupToken: SETUP_TOKEN, username: 'person-0', password: PASSWORD }),
  });
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  const admin = headers(setup.headers.get('set-cookie')!.split(';')[0]!, csrfToken);
  for (let p = 1; p < PEOPLE; p++) {
    await fetch(`${running.url}/api/console/users`, { method: 'POST', headers: admin, body: JSON.stringify({ username: `person-${p}`, role: 'operator', password: PASSWORD }) });
  }
  const sessions: Record<string, string>[] = [];
  for (let s = 0; s < SESSIONS; s++) sessions.push(await signIn(`person-${s % PEOPLE}`));
  const ids = emulator.world.listInstances(emulator.world.region('ap-guangzhou')!).map((r) => r.instance.InstanceId);
  const idleRss = peakRssOf(child.pid!);

  const latencies: number[] = [];
  const byAction = new Map<string, number[]>();
  const failures = new Map<string, number>();
  let requests = 0;
  emulator.stats.reset();
  const send = async (session: Record<string, string>, action: string, body: object) => {
    const started = performance.now();
    requests++;
    try {
      const response = await fetch(`${running.url}/api/cvm/${action}`, { method: 'POST', headers: session, body: JSON.stringify(body) });
      const text = await response.text();
      latencies.push(performance.now() - started);
      if (!byAction.has(action)) byAction.set(action, []);
      byAction.get(action)!.push(performance.now() - started);
      if (!response.ok) {
        const code = `${response.status} ${(JSON.parse(text) as { code?: string }).code ?? ''}`;
        failures.set(code, (failures.get(code) ?? 0) + 1);
      }
    } catch (error) {
      failures.set(`network ${(error as Error).name}`, (failures.get(`network ${(error as Error).name}`) ?? 0) + 1);
    }
  };
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (session, n) => {
      // Spread the sessions over the second, as people's tabs are.
      await sleep((n / sessions.length) * 1000);
      const mine = [ids[(n * 3) % ids.length]!, ids[(n * 3 + 1) % ids.length]!, ids[(n * 3 + 2) % ids.length]!];
      while (performance.now() < until) {
        const tick = performance.now();
        await Promise.all([send(session, 'DescribeInstances', { Limit: 20 }), send(session, 'DescribeInstancesStatus', { InstanceIds: mine })]);
        await sleep(Math.max(0, 1000 - (performance.now() - tick)));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const peakRss = peakRssOf(child.pid!);

  // Baseline: the same status read, signed and sent straight to the emulator, one at a time.
  const direct: number[] = [];
  const emulatorUrl = new URL(emulator.url);
  const key = emulator.credentials[0]!;
  for (let i = 0; i < 40; i++) {
    await sleep(30);
    const payload = JSON.stringify({ InstanceIds: ids.slice(i, i + 3) });
    const signed = signTc3(key, {
      service: 'cvm',
      host: emulatorUrl.host,
      action: 'DescribeInstancesStatus',
      version: '2017-03-12',
      region: 'ap-guangzhou',
      timestamp: Math.floor(Date.now() / 1000),
      payload,
    });
    delete signed.Host;
    const t = performance.now();
    await (await fetch(emulatorUrl, { method: 'POST', headers: signed, body: payload })).text();
    direct.push(performance.now() - t);
  }

  latencies.sort((a, b) => a - b);
  direct.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  console.log(`\n## team load on ${label}: ${SESSIONS} sessions of ${PEOPLE} people, ${elapsed.toFixed(0)} s`);
  console.log(`requests ${requests} (${(requests / elapsed).toFixed(0)}/s), failures ${[...failures].map(([c, n]) => `${c}: ${n}`).join(', ') || 'none'}`);
  console.log(
    `latency p50 ${p50.toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; direct to the emulator p50 ${percentile(direct, 50).toFixed(1)} ms (×${(p50 / percentile(direct, 50)).toFixed(1)})`,
  );
  for (const [action, times] of byAction) {
    times.sort((a, b) => a - b);
    console.log(`  ${action}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(0)} ms`);
  }
  for (const [action, calls] of emulator.stats.calls) {
    const [service, name] = action.split('.') as [string, string];
    const limit = findAction(service, name)?.rateLimit.perSecond;
    console.log(
      `upstream ${action}: ${calls} calls, ${(calls / elapsed).toFixed(1)}/s on average, busiest second ${emulator.stats.peakPerSecond.get(action)} (documented limit ${limit}/s)`,
    );
  }
  const refused = [...emulator.stats.errors].filter(([k]) => /RequestLimitExceeded/.test(k));
  console.log(
    `upstream RequestLimitExceeded: ${refused.reduce((n, [, c]) => n + c, 0)}; console process peak RSS ${(peakRss / 1048576).toFixed(0)} MB (${(idleRss / 1048576).toFixed(0)} MB before the load)`,
  );
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await emulator.close();
}

await run('the embedded database (PGlite)', {});
if (process.env.TEST_DATABASE_URL) {
  const database = await createTestDatabase(process.env.TEST_DATABASE_URL);
  try {
    await run('PostgreSQL', { DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
} else {
  console.log('\n(TEST_DATABASE_URL not set: the PostgreSQL run is skipped; `node scripts/ensure-postgres.mjs` prints one)');
}
