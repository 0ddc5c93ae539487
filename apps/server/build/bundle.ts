// `pnpm --filter @cvm/server build`: the server as one plain JavaScript module for `node` alone, the way `pnpm start`
// runs it. Running the TypeScript sources through tsx costs a start-up second and ~65 MB of resident memory for
// the transpiler and its source maps; the bundle costs neither.
//
// Bundled: the server's sources and the workspace packages (@cvm/shared, @cvm/emulator), which exist only as
// TypeScript. Left as imports: every package from node_modules, resolved at run time from apps/server as in
// development — PGlite finds its WebAssembly and data files beside its own module, pg and pino load as published.
// The output sits in dist/, one level under apps/server like src/, so that the paths the server works out from its
// own location (the web app's dist, the default data folder) are the same either way.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;

/** A bare import is a package: external unless it is one of ours. */
const packagesStayExternal: Plugin = {
  name: 'packages-stay-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@cvm/') ? undefined : { path: args.path, external: true }));
  },
};

const started = performance.now();
rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  // make-cluster: the child process that makes and migrates a new embedded database (db/fresh-pglite.ts); cli: the
  // console's command line (backup, restore, reset-admin, rotate-key…).
  entryPoints: { main: 'src/main.ts', 'make-cluster': 'src/db/make-cluster.ts', cli: 'src/cli/main.ts' },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Split at dynamic imports, so what is imported only when used (the embedded emulator's pieces, PGlite) stays so.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // A map beside the bundle for a debugger or `node --enable-source-maps`; not loaded by default.
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [packagesStayExternal],
});

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.mjs'));
const kB = outputs.reduce((sum, [, output]) => sum + output.bytes, 0) / 1024;
console.log(`server bundle: ${outputs.length} module(s), ${kB.toFixed(0)} kB in apps/server/dist, ${Math.round(performance.now() - started)} ms`);
