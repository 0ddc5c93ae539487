// The architecture checks itself: every import in the workspace's sources, read by a real parser (oxc-parser), so
// `import type`, `export … from`, `import()` and `typeof import()` are all seen exactly, resolved to files, and held to
// the rules below. `pnpm lint` runs it; so does `pnpm test` (scripts/test-all.mjs).
//
//   node --import tsx scripts/check-architecture.ts              check; one line per violation, exit 1 if any
//   node --import tsx scripts/check-architecture.ts --why zod    the import chain from the web app's entry to zod
//                                                                (or node:, @cvm/shared/tc3, a file path...)
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseSync, Visitor } from 'oxc-parser';
import { KNOWN_CROSS_FEATURE_IMPORTS, KNOWN_CYCLES, type KnownException } from './check-architecture.exceptions.ts';

/** How an import reaches its target: `value` runs it, `type` is erased by the compiler, `dynamic` loads it lazily. */
export type ImportKind = 'value' | 'type' | 'dynamic';

export interface ImportRef {
  from: string;
  specifier: string;
  kind: ImportKind;
  /** Repository-relative file the specifier resolves to; undefined for packages outside the workspace and builtins. */
  resolved?: string;
  /** The specifier names a workspace package or a relative file, yet nothing answers to it. */
  unresolved?: boolean;
}

export interface WorkspacePackage {
  name: string;
  /** Repository-relative folder, e.g. `packages/shared`. */
  dir: string;
  /** package.json "exports": subpath ('.', './tc3') → file relative to dir. */
  exports: Record<string, string>;
}

export interface Violation {
  rule: string;
  from: string;
  imported: string;
  message: string;
}

export interface CheckResult {
  violations: Violation[];
  /** Known cross-feature imports still present (they pass, and are counted). */
  knownExceptions: KnownException[];
  /** Known cross-feature imports that no longer occur: delete them from the list. */
  staleExceptions: KnownException[];
  /** Known value cycles still present (they pass, and are counted). */
  knownCycles: string[][];
  /** Cycles made only with type imports: erased at compile time, so reported but not failed. */
  typeOnlyCycles: string[][];
  imports: ImportRef[];
}

export interface CheckInput {
  /** Repository-relative path (forward slashes) → source text. */
  files: Map<string, string>;
  packages: WorkspacePackage[];
  knownExceptions?: readonly KnownException[];
  /** Value cycles that exist and are to be broken: each the files of one cycle, in any order. */
  knownCycles?: readonly (readonly string[])[];
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

// ---------------------------------------------------------------------------------------------------------------------
// Reading imports

/** Every import of one file, with its kind. */
export function collectImports(file: string, text: string): Array<Pick<ImportRef, 'specifier' | 'kind'>> {
  const result = parseSync(file, text);
  const found: Array<Pick<ImportRef, 'specifier' | 'kind'>> = [];
  for (const statement of result.module.staticImports) {
    const head = text.slice(statement.start, statement.end);
    // `import type { A }` is erased. `import { type A }` is not, under verbatimModuleSyntax: it stays as `import {}`,
    // which still loads the module, so only the statement form counts as type-only.
    const typeOnly = statement.entries.length > 0 && statement.entries.every((entry) => entry.isType) && /^import\s+type\s/.test(head);
    found.push({ specifier: statement.moduleRequest.value, kind: typeOnly ? 'type' : 'value' });
  }
  for (const statement of result.module.staticExports) {
    const head = text.slice(statement.start, statement.end);
    const requests = new Map<string, boolean>();
    for (const entry of statement.entries) {
      if (!entry.moduleRequest) continue;
      const typeOnly = entry.isType && /^export\s+type\s/.test(head);
      requests.set(entry.moduleRequest.value, (requests.get(entry.moduleRequest.value) ?? true) && typeOnly);
    }
    for (const [specifier, typeOnly] of requests) found.push({ specifier, kind: typeOnly ? 'type' : 'value' });
  }
  for (const dynamic of result.module.dynamicImports) {
    const specifier = stringLiteral(text.slice(dynamic.moduleRequest.start, dynamic.moduleRequest.end));
    if (specifier !== undefined) found.push({ specifier, kind: 'dynamic' });
  }
  // `typeof import('./x.ts')` and `import('./x.ts').T` in type positions.
  new Visitor({
    TSImportType(node) {
      found.push({ specifier: node.source.value, kind: 'type' });
    },
  }).visit(result.program);
  return found;
}

function stringLiteral(code: string): string | undefined {
  const match = /^\s*(['"`])((?:(?!\1)[^\\$]|\\.)*)\1\s*$/s.exec(code);
  return match ? match[2] : undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Resolving

/** Resolves a specifier from a file: relative paths against the files, workspace packages through their "exports". */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>, packages: readonly WorkspacePackage[]): Pick<ImportRef, 'resolved' | 'unresolved'> {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const found = findFile(base, files);
    if (found) return { resolved: found };
    // A stylesheet, an image, JSON: Vite's business, not a module of this graph.
    const extension = path.posix.extname(base);
    return extension && !SOURCE_EXTENSIONS.includes(extension) ? {} : { unresolved: true };
  }
  const pkg = packages.find((candidate) => specifier === candidate.name || specifier.startsWith(`${candidate.name}/`));
  if (!pkg) return {};
  const subpath = `.${specifier.slice(pkg.name.length)}`;
  const target = pkg.exports[subpath];
  if (!target) return { unresolved: true };
  const found = findFile(path.posix.normalize(path.posix.join(pkg.dir, target)), files);
  return found ? { resolved: found } : { unresolved: true };
}

function findFile(base: string, files: ReadonlySet<string>): string | undefined {
  if (files.has(base)) return base;
  // `./x.js` written for `./x.ts`, and extensionless or folder specifiers, though the code writes `.ts`/`.tsx`.
  const stem = base.replace(/\.(m|c)?jsx?$/, '');
  for (const extension of SOURCE_EXTENSIONS) if (files.has(stem + extension)) return stem + extension;
  for (const extension of SOURCE_EXTENSIONS) if (files.has(`${base}/index${extension}`)) return `${base}/index${extension}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// The rules

const WEB = 'apps/web/src/';
const SERVER = 'apps/server/';
const EMULATOR = 'packages/emulator/';
const SHARED = 'packages/shared/';
const FEATURES = 'apps/web/src/features/';

/** Node-only parts of @cvm/shared: never in the browser, not even as types. */
const NODE_ONLY_SHARED = [
  { specifier: '@cvm/shared/tc3', dir: 'packages/shared/src/tc3/' },
  { specifier: '@cvm/shared/aliyun-rpc', dir: 'packages/shared/src/aliyun-rpc/' },
  { specifier: '@cvm/shared/params', dir: 'packages/shared/src/params/' },
];

const WHY = {
  'web-no-signer': {
    signer: 'the browser must never hold signing code or the server-side zod schemas; call the action through apps/web/src/api and let the server sign and validate',
    zod: "zod is the server's validator and weighs on the entry chunk; check input with the zod-free rules in @cvm/shared and leave validation to the server",
    node: 'a node: module does not exist in the browser (Vite would stub it); use a web API or move the code to the server',
  },
  'web-no-server': 'the web app talks to the server over HTTP only; move what both need into @cvm/shared',
  'web-no-emulator': 'the web app must work against the real cloud; move what both need into @cvm/shared',
  'shared-no-app': '@cvm/shared is the bottom layer every package imports; depending upward makes a cycle — move the code down into shared or pass it in',
  'emulator-no-server': 'the emulator is a stand-in for the cloud and runs alone (src/cli.ts); move what both need into @cvm/shared',
  'emulator-no-web': 'the emulator is a stand-in for the cloud; move what both need into @cvm/shared',
  'server-no-web': 'the server serves the built web app from dist, it does not import it; move what both need into @cvm/shared',
  'server-no-emulator-internals':
    "the server embeds the emulator through its public entry only; import from '@cvm/emulator' and export what you need from packages/emulator/src/index.ts",
  'feature-boundaries': 'features do not reach into each other; move the shared piece to components/, lib/, api/, cloud/ (shared cloud reads) or actions/, or pass it in as a prop',
  'no-cycles': 'modules in a cycle evaluate in an order that depends on who is imported first; break it by moving the shared part into a module both import',
  'unresolved-import': 'the specifier answers to no file or package export; fix the path, or add the subpath to the package\'s "exports"',
} as const;

function featureOf(file: string): string | undefined {
  if (!file.startsWith(FEATURES)) return undefined;
  return file.slice(FEATURES.length).split('/')[0];
}

function isWorkspaceName(specifier: string, packages: readonly WorkspacePackage[], name: string): boolean {
  return packages.some((pkg) => pkg.name === name) && (specifier === name || specifier.startsWith(`${name}/`));
}

function importViolations(ref: ImportRef, packages: readonly WorkspacePackage[]): Violation[] {
  const out: Violation[] = [];
  const target = ref.resolved ?? ref.specifier;
  const add = (rule: string, message: string) => out.push({ rule, from: ref.from, imported: target, message });
  const into = (dir: string) => ref.resolved?.startsWith(dir) ?? false;
  const named = (name: string) => isWorkspaceName(ref.specifier, packages, name);

  if (ref.unresolved) add('unresolved-import', WHY['unresolved-import']);

  if (ref.from.startsWith(WEB)) {
    const signer = NODE_ONLY_SHARED.find(({ specifier, dir }) => ref.specifier === specifier || ref.specifier.startsWith(`${specifier}/`) || into(dir));
    if (signer) add('web-no-signer', WHY['web-no-signer'].signer);
    else if (ref.kind !== 'type' && (ref.specifier === 'zod' || ref.specifier.startsWith('zod/'))) add('web-no-signer', WHY['web-no-signer'].zod);
    else if (ref.kind !== 'type' && isBuiltin(ref.specifier)) add('web-no-signer', WHY['web-no-signer'].node);
    if (into(SERVER) || named('@cvm/server')) add('web-no-server', WHY['web-no-server']);
    if (into(EMULATOR) || named('@cvm/emulator')) add('web-no-emulator', WHY['web-no-emulator']);
    const fromFeature = featureOf(ref.from);
    const toFeature = ref.resolved ? featureOf(ref.resolved) : undefined;
    if (fromFeature && toFeature && fromFeature !== toFeature) add('feature-boundaries', WHY['feature-boundaries']);
  }
  if (ref.from.startsWith(SHARED) && (into('apps/') || into(EMULATOR) || named('@cvm/server') || named('@cvm/emulator') || named('@cvm/web'))) {
    add('shared-no-app', WHY['shared-no-app']);
  }
  if (ref.from.startsWith(EMULATOR)) {
    if (into(SERVER) || named('@cvm/server')) add('emulator-no-server', WHY['emulator-no-server']);
    if (into('apps/web/') || named('@cvm/web')) add('emulator-no-web', WHY['emulator-no-web']);
  }
  if (ref.from.startsWith(SERVER)) {
    if (into('apps/web/') || named('@cvm/web')) add('server-no-web', WHY['server-no-web']);
    if (into(EMULATOR) && ref.specifier !== '@cvm/emulator') add('server-no-emulator-internals', WHY['server-no-emulator-internals']);
  }
  return out;
}

const exceptionKey = (from: string, to: string) => `${from} → ${to}`;

/** The whole check over an in-memory workspace: the function the tests drive and the command line runs. */
export function checkArchitecture({ files, packages, knownExceptions = [], knownCycles = [] }: CheckInput): CheckResult {
  const names = new Set(files.keys());
  const imports: ImportRef[] = [];
  for (const [file, text] of files) {
    for (const found of collectImports(file, text)) {
      imports.push({ from: file, ...found, ...resolveSpecifier(file, found.specifier, names, packages) });
    }
  }

  const known = new Map(knownExceptions.map((exception) => [exceptionKey(exception.from, exception.to), exception]));
  const used = new Set<string>();
  const violations: Violation[] = [];
  for (const ref of imports) {
    for (const violation of importViolations(ref, packages)) {
      const key = exceptionKey(violation.from, violation.imported);
      if (violation.rule === 'feature-boundaries' && known.has(key)) {
        used.add(key);
        continue;
      }
      violations.push(violation);
    }
  }

  const valueCycles = findCycles(imports, (ref) => ref.kind === 'value');
  const cycleKey = (cycle: readonly string[]) => [...new Set(cycle)].sort().join('|');
  const knownCycleKeys = new Set(knownCycles.map(cycleKey));
  const knownCyclesFound: string[][] = [];
  for (const cycle of valueCycles) {
    if (knownCycleKeys.has(cycleKey(cycle))) {
      knownCyclesFound.push(cycle);
      continue;
    }
    violations.push({ rule: 'no-cycles', from: cycle[0]!, imported: cycle.slice(1).join(' → '), message: WHY['no-cycles'] });
  }
  const valueCycleKeys = new Set(valueCycles.map((cycle) => [...cycle].sort().join('|')));
  const typeOnlyCycles = findCycles(imports, (ref) => ref.kind !== 'dynamic').filter((cycle) => !valueCycleKeys.has([...cycle].sort().join('|')));

  // The same import written twice in one file (a value and a type import) is one violation.
  const unique = new Map(violations.map((violation) => [`${violation.rule}|${violation.from}|${violation.imported}`, violation]));
  return {
    violations: [...unique.values()],
    knownExceptions: knownExceptions.filter((exception) => used.has(exceptionKey(exception.from, exception.to))),
    staleExceptions: knownExceptions.filter((exception) => !used.has(exceptionKey(exception.from, exception.to))),
    knownCycles: knownCyclesFound,
    typeOnlyCycles,
    imports,
  };
}

/**
 * One shortest cycle per strongly connected component of the graph made of the chosen edges, as a chain of files that
 * ends where it starts. (All elementary cycles can be exponentially many; one per component names the knot to untie.)
 */
export function findCycles(imports: readonly ImportRef[], edge: (ref: ImportRef) => boolean): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const ref of imports) {
    if (!ref.resolved || !edge(ref)) continue;
    if (!graph.has(ref.from)) graph.set(ref.from, new Set());
    graph.get(ref.from)!.add(ref.resolved);
  }
  const components = stronglyConnected(graph);
  const cycles: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...members].sort()[0]!;
    if (members.size === 1 && !graph.get(start)?.has(start)) continue;
    cycles.push(shortestCycle(start, graph, members));
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function stronglyConnected(graph: Map<string, Set<string>>): string[][] {
  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const root of graph.keys()) {
    if (indices.has(root)) continue;
    const work: Array<{ node: string; next: Iterator<string> }> = [];
    const visit = (node: string) => {
      indices.set(node, index);
      low.set(node, index);
      index += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: (graph.get(node) ?? new Set<string>()).values() });
    };
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const step = frame.next.next();
      if (!step.done) {
        const child = step.value;
        if (!indices.has(child)) visit(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, indices.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === indices.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

function shortestCycle(start: string, graph: Map<string, Set<string>>, members: Set<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const chain = [node];
        while (chain[0] !== start) chain.unshift(previous.get(chain[0]!)!);
        return [...chain, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** The import chain (value and dynamic imports) from `entry` to the first file or specifier that `matches`. */
export function importChain(imports: readonly ImportRef[], entry: string, matches: (ref: ImportRef) => boolean): string[] | undefined {
  const byFile = new Map<string, ImportRef[]>();
  for (const ref of imports) {
    if (ref.kind === 'type') continue;
    if (!byFile.has(ref.from)) byFile.set(ref.from, []);
    byFile.get(ref.from)!.push(ref);
  }
  const previous = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  for (let head = 0; head < queue.length; head += 1) {
    const file = queue[head]!;
    for (const ref of byFile.get(file) ?? []) {
      if (matches(ref)) {
        const chain = [ref.resolved ?? ref.specifier, file];
        while (previous.get(chain[chain.length - 1]!)) chain.push(previous.get(chain[chain.length - 1]!)!);
        return chain.reverse();
      }
      if (ref.resolved && !previous.has(ref.resolved)) {
        previous.set(ref.resolved, file);
        queue.push(ref.resolved);
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// The workspace on disk

/** Where sources live: each workspace package's folder (less node_modules, dist and the like) and scripts/. */
const SKIP_DIRS = new Set(['node_modules', 'dist', '.turbo', 'test-results', 'playwright-report', 'coverage', '.data']);

export function loadWorkspace(root: string): { files: Map<string, string>; packages: WorkspacePackage[] } {
  const packageDirs: string[] = [];
  for (const group of ['apps', 'packages']) {
    for (const entry of readdirSync(path.join(root, group), { withFileTypes: true })) if (entry.isDirectory()) packageDirs.push(`${group}/${entry.name}`);
  }
  packageDirs.push('test');
  const packages: WorkspacePackage[] = [];
  for (const dir of packageDirs) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as { name: string; exports?: string | Record<string, string> };
      const exports = typeof manifest.exports === 'string' ? { '.': manifest.exports } : (manifest.exports ?? {});
      packages.push({ name: manifest.name, dir, exports });
    } catch {
      // A folder without a package.json is not a workspace package.
    }
  }
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(rel);
      } else if (SOURCE_EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith('.d.ts')) {
        files.set(rel, readFileSync(path.join(root, rel), 'utf8'));
      }
    }
  };
  for (const dir of [...packages.map((pkg) => pkg.dir), 'scripts']) walk(dir);
  return { files, packages };
}

function format(violation: Violation): string {
  return `${violation.rule}: ${violation.from} → ${violation.imported} (${violation.message})`;
}

function main(argv: string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const workspace = loadWorkspace(root);
  const result = checkArchitecture({ ...workspace, knownExceptions: KNOWN_CROSS_FEATURE_IMPORTS, knownCycles: KNOWN_CYCLES });

  const why = argv.indexOf('--why');
  if (why !== -1) {
    const wanted = argv[why + 1] ?? '';
    const entry = argv[why + 2] ?? 'apps/web/src/main.tsx';
    const chain = importChain(result.imports, entry, (ref) =>
      wanted === 'node:'
        ? isBuiltin(ref.specifier)
        : ref.specifier === wanted || ref.specifier.startsWith(`${wanted}/`) || ref.resolved === wanted || (ref.resolved?.startsWith(`${wanted}/`) ?? false),
    );
    console.log(chain ? chain.join('\n  → ') : `${entry} does not reach ${wanted} through value or dynamic imports`);
    return 0;
  }

  for (const violation of result.violations) console.error(format(violation));
  for (const cycle of result.knownCycles) console.log(`known cycle (listed in scripts/check-architecture.exceptions.ts, to break): ${cycle.join(' → ')}`);
  for (const cycle of result.typeOnlyCycles) console.log(`note: cycle closed by a type import (erased at compile time, not a failure): ${cycle.join(' → ')}`);
  for (const stale of result.staleExceptions)
    console.log(`note: known exception no longer occurs, delete it from scripts/check-architecture.exceptions.ts: ${exceptionKey(stale.from, stale.to)}`);
  const known = result.knownExceptions.length;
  const summary = `architecture: ${result.imports.length} imports in ${workspace.files.size} files; ${known} known exception${known === 1 ? '' : 's'} remain (feature-boundaries), ${result.knownCycles.length} known cycle${result.knownCycles.length === 1 ? '' : 's'} (no-cycles)`;
  if (result.violations.length > 0) {
    console.error(`${summary}; ${result.violations.length} violation${result.violations.length === 1 ? '' : 's'}`);
    return 1;
  }
  console.log(`${summary}; no violations`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
