// `pnpm release [folder]` (default release/): the console as it is deployed — what the Dockerfile's build stage runs,
// and what CI starts with Node 24 on PostgreSQL (scripts/check-release.mjs). The folder holds only what runs:
//   apps/server/dist/         the server bundled to plain JavaScript (main.mjs, cli.mjs, make-cluster.mjs)
//   apps/server/node_modules/ its runtime dependencies alone, from the lockfile (pnpm deploy --prod)
//   apps/web/dist/            the built web app, with its .br and .gz siblings
//   LICENSE, CHANGELOG.md, README.md
// and the embedded database's template, made now so that a first start unpacks it instead of running initdb.
// Run it with `node apps/server/dist/main.mjs` from the folder; nothing else (no pnpm, tsx or TypeScript) is needed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.resolve(root, process.argv[2] ?? 'release');
const started = performance.now();
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });

if (out === root || root.startsWith(`${out}${path.sep}`)) throw new Error(`refusing to write the release over ${out}`);
run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@cvm/web', '--filter=@cvm/server', '--output-logs=errors-only'], {
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
rmSync(out, { recursive: true, force: true });
// The server package's `files` is its dist/; its workspace packages are in the bundle, so they are build-time only.
run('pnpm', ['--filter', '@cvm/server', 'deploy', '--prod', path.join(out, 'apps/server')], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const stray of ['pnpm-lock.yaml', 'pnpm-workspace.yaml']) rmSync(path.join(out, 'apps/server', stray), { force: true });
cpSync(path.join(root, 'apps/web/dist'), path.join(out, 'apps/web/dist'), { recursive: true });
for (const file of ['LICENSE', 'CHANGELOG.md']) cpSync(path.join(root, file), path.join(out, file));
const { version } = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' }));
writeFileSync(
  path.join(out, 'README.md'),
  `# CVM console ${version} — release folder

Run with Node 20.19 or newer (24 recommended), from this folder:

    node apps/server/dist/main.mjs                 # the console; configuration by environment (see the project README)
    node apps/server/dist/cli.mjs help             # backup, restore, reset-admin, rotate-key

Without TENCENTCLOUD_SECRET_ID it runs on its embedded emulator; without DATABASE_URL it keeps its data in an
embedded PostgreSQL under DATA_DIR (default: .data here). Licensed under the Apache License 2.0 (LICENSE).
`,
);
// The template lands beside the release's own PGlite (node_modules/.cache), as `pnpm install` puts it in a checkout.
run(process.execPath, [path.join(out, 'apps/server/dist/cli.mjs'), 'prepare-template'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (!existsSync(path.join(out, 'apps/server/dist/main.mjs'))) throw new Error('the release has no server bundle');
const size = execFileSync('du', ['-sh', out], { encoding: 'utf8' }).split('\t')[0];
console.log(`release ${version}: ${out} (${size}), ${((performance.now() - started) / 1000).toFixed(1)} s`);
