// After `vite build` (apps/web's build script runs it): the built app must hold no Node module, no request signer and
// no zod, and the first screen's scripts — every script index.html loads, the entry and the chunks it preloads, on
// every first visit — must stay within their budget. Prints their gzip size every build; exits 1 with what was found
// where, otherwise.
//
//   node --import tsx build/check-dist.ts [dist folder]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Gzip (level 9, as build/precompress.ts writes the .gz the server sends) of all the scripts index.html loads, in
 * bytes. (Until December 2026 the budget was 95 kB for the entry file alone, while the 24 chunks it preloaded beside it
 * held 37 kB more: 130 kB in all. The first screen now loads one chunk, build/first-screen-chunk.ts.)
 */
export const FIRST_SCREEN_GZIP_BUDGET = 125_000;

interface Marker {
  what: string;
  pattern: RegExp;
  /** Where to look when it is found: the `--why` argument of the architecture check. */
  why: string;
}

/**
 * Strings only the forbidden code contains. The signers' constants are string literals that survive minification;
 * zod 4 names its classes ("$ZodType", "ZodError") with strings at run time. A `node:` import would be a bare import
 * the browser cannot load; Vite replaces Node builtins in client code with a stub named __vite-browser-external.
 */
export const MARKERS: readonly Marker[] = [
  { what: 'the TC3 signer (@cvm/shared/tc3)', pattern: /tc3_request|TC3-HMAC-SHA256/, why: '@cvm/shared/tc3' },
  { what: 'the Aliyun RPC signer (@cvm/shared/aliyun-rpc)', pattern: /SignatureNonce|SignatureVersion/, why: '@cvm/shared/aliyun-rpc' },
  { what: 'zod', pattern: /\$ZodType|\$ZodError|"ZodError"/, why: 'zod' },
  // The catalog's schema builders call the zod they are given (`z.strictObject(…)`); build/drop-param-schemas.ts drops them.
  { what: "the catalog's parameter schemas", pattern: /\.strictObject\(/, why: 'a params builder build/drop-param-schemas.ts did not drop' },
  { what: 'a node: module', pattern: /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'`]node:|__vite-browser-external/, why: 'node:' },
];

export interface DistReport {
  /** The scripts index.html loads: its module script and what it preloads. */
  scripts: string[];
  scriptsGzip: number;
  problems: string[];
}

export function checkDist(dist: string): DistReport {
  const problems: string[] = [];
  const files = listFiles(dist).filter((file) => /\.(m?js|html)$/.test(file));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const marker of MARKERS) {
      const match = marker.pattern.exec(text);
      if (match) {
        problems.push(
          `${path.relative(dist, file)} contains ${marker.what} (found "${match[0]}"). The browser must not carry it; see which import pulls it in with: node --import tsx scripts/check-architecture.ts --why ${marker.why}`,
        );
      }
    }
  }

  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  if (!/<script\b[^>]*\btype="module"/.test(html) || scripts.length === 0) throw new Error(`${path.join(dist, 'index.html')} loads no module script`);
  const scriptsGzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(dist, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  if (scriptsGzip > FIRST_SCREEN_GZIP_BUDGET) {
    problems.push(
      `the scripts index.html loads (${scripts.join(', ')}) are ${kB(scriptsGzip)} gzip, over their ${kB(FIRST_SCREEN_GZIP_BUDGET)} budget: load what the first page does not need with import() (see app/lazy-pages.ts)`,
    );
  }
  return { scripts, scriptsGzip, problems };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return entry.isFile() ? [full] : [];
  });
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  const report = checkDist(dist);
  console.log(`check-dist: the first screen's ${report.scripts.length} scripts are ${kB(report.scriptsGzip)} gzip (budget ${kB(FIRST_SCREEN_GZIP_BUDGET)})`);
  for (const problem of report.problems) console.error(`check-dist: ${problem}`);
  if (report.problems.length > 0) process.exitCode = 1;
  else console.log('check-dist: no node: module, signer, zod or parameter schema in the build');
}
