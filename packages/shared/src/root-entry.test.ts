import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `@cvm/shared` (src/index.ts) is imported by the browser, which must not load zod: the catalog declares each action's
// parameters as a function of zod and imports zod only as a type (`@cvm/shared/params` builds the schemas). This walks
// the run-time import graph from src/index.ts — every `import`/`export ... from` except `import type` and
// `export type` (with verbatimModuleSyntax those are the only ones erased) — and fails naming the file that loads zod.

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const exportsMap = (JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { exports: Record<string, string> }).exports;

/** The modules a file loads at run time, in order: static imports and re-exports not marked type-only, and import('...'). */
function valueImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^;'"=()]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) if (!m[2]) found.push(m[3]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

/** A relative or own-package specifier as a file path; undefined for other packages. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (specifier === '@cvm/shared' || specifier.startsWith('@cvm/shared/')) {
    const target = exportsMap[`.${specifier.slice('@cvm/shared'.length)}`];
    if (!target) throw new Error(`${from} imports ${specifier}, which @cvm/shared does not export`);
    return resolve(packageDir, target);
  }
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const file = [base, `${base}.ts`, resolve(base, 'index.ts')].find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
  if (!file) throw new Error(`${from} imports ${specifier}, which does not resolve to a file`);
  return file;
}

/** Every file reachable from `entry` at run time, and the ones among them that import zod. */
function walk(entry: string): { visited: string[]; zodImporters: string[] } {
  const visited = new Set<string>();
  const zodImporters: string[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (visited.has(file)) continue;
    visited.add(file);
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) zodImporters.push(relative(packageDir, file));
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
    }
  }
  return { visited: [...visited].map((file) => relative(packageDir, file)), zodImporters };
}

describe('the root entry @cvm/shared', () => {
  it('reads value imports, and leaves type-only ones out', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { z as zt } from 'zod/v4';",
      "export type { Zod } from './a.ts';",
      'import {\n  b,\n  type C,\n} from "./b.ts";',
      "export * as cvm from './cvm.ts';",
      "export { d } from './d.ts';",
      "import './side-effect.ts';",
      "export type Shape = { from: 'x' };",
      "export const e = 'from';",
      "const f = await import('./f.ts');",
    ].join('\n');
    expect(valueImports(source)).toEqual(['zod', './b.ts', './cvm.ts', './d.ts', './side-effect.ts', './f.ts']);
  });

  it('loads no zod at run time, through any file it imports', () => {
    const { visited, zodImporters } = walk(resolve(packageDir, exportsMap['.']!));
    // The walk really went through the catalog (a scanner that found nothing would pass vacuously).
    expect(visited).toEqual(expect.arrayContaining(['src/index.ts', 'src/catalog/index.ts', 'src/catalog/define.ts', 'src/catalog/cvm-create.ts', 'src/catalog/common-params.ts']));
    expect(zodImporters, `these files import zod as a value: ${zodImporters.join(', ')}`).toEqual([]);
  });

  it('is told apart from the params entry, which does load zod', () => {
    expect(walk(resolve(packageDir, exportsMap['./params']!)).zodImporters).toEqual(['src/params/index.ts']);
  });
});
