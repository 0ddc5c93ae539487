import { describe, expect, it } from 'vitest';
import { checkArchitecture, collectImports, type WorkspacePackage } from './check-architecture.ts';

// Each rule, proved to fire on a small in-memory workspace shaped like this one.
const packages: WorkspacePackage[] = [
  {
    name: '@cvm/shared',
    dir: 'packages/shared',
    exports: { '.': './src/index.ts', './tc3': './src/tc3/index.ts', './aliyun-rpc': './src/aliyun-rpc/index.ts', './params': './src/params/index.ts' },
  },
  { name: '@cvm/emulator', dir: 'packages/emulator', exports: { '.': './src/index.ts' } },
  { name: '@cvm/server', dir: 'apps/server', exports: { '.': './src/index.ts' } },
  { name: '@cvm/web', dir: 'apps/web', exports: {} },
];

const base: Record<string, string> = {
  'packages/shared/src/index.ts': "export * from './rules.ts';\n",
  'packages/shared/src/rules.ts': 'export const rule = 1;\n',
  'packages/shared/src/tc3/index.ts': "export * from './sign.ts';\n",
  'packages/shared/src/tc3/sign.ts': "import { createHmac } from 'node:crypto';\nexport const sign = createHmac;\n",
  'packages/shared/src/aliyun-rpc/index.ts': 'export const rpc = 1;\n',
  'packages/shared/src/params/index.ts': "import { z } from 'zod';\nexport const params = z.object({});\n",
  'packages/emulator/src/index.ts': "export * from './emulator.ts';\n",
  'packages/emulator/src/emulator.ts': 'export const startEmulator = () => 1;\n',
  'apps/server/src/index.ts': "import { startEmulator } from '@cvm/emulator';\nexport const server = startEmulator;\n",
  'apps/server/src/main.ts': "import { server } from './index.ts';\nserver();\n",
  'apps/web/src/main.tsx': "import { rule } from '@cvm/shared';\nimport { list } from './features/instances/list.ts';\nimport './index.css';\nexport const app = [rule, list];\n",
  'apps/web/src/features/instances/list.ts': "import { price } from './price.ts';\nexport const list = price;\n",
  'apps/web/src/features/instances/price.ts': 'export const price = 1;\n',
  'apps/web/src/features/create-instance/wizard.ts': "export const wizard = () => import('./steps.ts');\n",
  'apps/web/src/features/create-instance/steps.ts': 'export const steps = 1;\n',
};

function check(extra: Record<string, string>, knownExceptions: Array<{ from: string; to: string }> = []) {
  return checkArchitecture({ files: new Map(Object.entries({ ...base, ...extra })), packages, knownExceptions });
}

function rules(extra: Record<string, string>) {
  return check(extra).violations.map((violation) => violation.rule);
}

describe('check-architecture', () => {
  it('passes the clean fixture', () => {
    expect(check({}).violations).toEqual([]);
  });

  it('reads value, type, re-export, dynamic and typeof import() imports', () => {
    const found = collectImports(
      'x.ts',
      [
        "import type { A } from './a.ts';",
        "import { type B } from './b.ts';",
        "export type { C } from './c.ts';",
        "export * from './d.ts';",
        "const e = () => import('./e.ts');",
        "type F = typeof import('./f.ts');",
        "import './g.ts';",
      ].join('\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { specifier: './a.ts', kind: 'type' },
        // Under verbatimModuleSyntax `import { type B }` stays as `import {}`: the module still loads.
        { specifier: './b.ts', kind: 'value' },
        { specifier: './c.ts', kind: 'type' },
        { specifier: './d.ts', kind: 'value' },
        { specifier: './e.ts', kind: 'dynamic' },
        { specifier: './f.ts', kind: 'type' },
        { specifier: './g.ts', kind: 'value' },
      ]),
    );
  });

  it('web-no-signer: the signers and params by name, path or type import; zod and node: modules as values', () => {
    expect(rules({ 'apps/web/src/a.ts': "import { sign } from '@cvm/shared/tc3';\n" })).toEqual(['web-no-signer']);
    expect(rules({ 'apps/web/src/a.ts': "import type { rpc } from '@cvm/shared/aliyun-rpc';\n" })).toEqual(['web-no-signer']);
    expect(rules({ 'apps/web/src/a.ts': "export { params } from '@cvm/shared/params';\n" })).toEqual(['web-no-signer']);
    expect(rules({ 'apps/web/src/a.ts': "import { sign } from '../../../packages/shared/src/tc3/sign.ts';\n" })).toEqual(['web-no-signer']);
    expect(rules({ 'apps/web/src/a.ts': "import { z } from 'zod';\n" })).toEqual(['web-no-signer']);
    expect(rules({ 'apps/web/src/a.ts': "const fs = await import('node:fs');\n" })).toEqual(['web-no-signer']);
    expect(rules({ 'apps/web/src/a.ts': "import { createHash } from 'crypto';\n" })).toEqual(['web-no-signer']);
    // Types from zod or node cost the browser nothing.
    expect(rules({ 'apps/web/src/a.ts': "import type { ZodType } from 'zod';\n" })).toEqual([]);
  });

  it('web-no-server and web-no-emulator', () => {
    expect(rules({ 'apps/web/src/a.ts': "import { server } from '@cvm/server';\n" })).toEqual(['web-no-server']);
    expect(rules({ 'apps/web/src/a.ts': "import type { server } from '../../server/src/index.ts';\n" })).toEqual(['web-no-server']);
    expect(rules({ 'apps/web/src/a.ts': "import { startEmulator } from '@cvm/emulator';\n" })).toEqual(['web-no-emulator']);
  });

  it('shared-no-app', () => {
    expect(rules({ 'packages/shared/src/b.ts': "import { server } from '@cvm/server';\n" })).toEqual(['shared-no-app']);
    expect(rules({ 'packages/shared/src/b.ts': "import { startEmulator } from '../../emulator/src/emulator.ts';\n" })).toEqual(['shared-no-app']);
    expect(rules({ 'packages/shared/src/b.ts': "import { app } from '../../../apps/web/src/main.tsx';\n" })).toEqual(['shared-no-app']);
  });

  it('emulator-no-server and emulator-no-web', () => {
    expect(rules({ 'packages/emulator/src/b.ts': "import { server } from '@cvm/server';\n" })).toEqual(['emulator-no-server']);
    expect(rules({ 'packages/emulator/src/b.ts': "import { app } from '../../../apps/web/src/main.tsx';\n" })).toEqual(['emulator-no-web']);
  });

  it('server-no-web and server-no-emulator-internals (the public entry is fine)', () => {
    expect(rules({ 'apps/server/src/b.ts': "import { app } from '../../web/src/main.tsx';\n" })).toEqual(['server-no-web']);
    expect(rules({ 'apps/server/src/b.ts': "import { startEmulator } from '../../../packages/emulator/src/emulator.ts';\n" })).toEqual(['server-no-emulator-internals']);
    expect(rules({ 'apps/server/src/b.ts': "import { startEmulator } from '../../../packages/emulator/src/index.ts';\n" })).toEqual(['server-no-emulator-internals']);
    expect(rules({ 'apps/server/src/b.ts': "import { startEmulator } from '@cvm/emulator/src/emulator.ts';\n" })).toEqual(['unresolved-import']);
    expect(rules({ 'apps/server/src/b.ts': "import { startEmulator } from '@cvm/emulator';\n" })).toEqual([]);
  });

  it('feature-boundaries, with a named list of known exceptions', () => {
    const crossing = { 'apps/web/src/features/create-instance/uses-price.ts': "import { price } from '../instances/price.ts';\n" };
    const failing = check(crossing);
    expect(failing.violations).toEqual([
      expect.objectContaining({ rule: 'feature-boundaries', from: 'apps/web/src/features/create-instance/uses-price.ts', imported: 'apps/web/src/features/instances/price.ts' }),
    ]);
    const known = { from: 'apps/web/src/features/create-instance/uses-price.ts', to: 'apps/web/src/features/instances/price.ts' };
    const passing = check(crossing, [known]);
    expect(passing.violations).toEqual([]);
    expect(passing.knownExceptions).toEqual([known]);
    // A type import and a lazy import cross the boundary too.
    expect(rules({ 'apps/web/src/features/instances/t.ts': "import type { steps } from '../create-instance/steps.ts';\n" })).toEqual(['feature-boundaries']);
    expect(rules({ 'apps/web/src/features/instances/t.ts': "const s = () => import('../create-instance/steps.ts');\n" })).toEqual(['feature-boundaries']);
    // A known exception that no longer occurs is reported as stale.
    expect(check({}, [known]).staleExceptions).toEqual([known]);
  });

  it('no-cycles: value cycles fail, printed as a chain; type-only and lazy ones do not', () => {
    const cyclic = check({
      'packages/emulator/src/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'packages/emulator/src/b.ts': "import { c } from './c.ts';\nexport const b = () => c;\n",
      'packages/emulator/src/c.ts': "export { a as c } from './a.ts';\n",
    });
    expect(cyclic.violations).toEqual([
      expect.objectContaining({
        rule: 'no-cycles',
        from: 'packages/emulator/src/a.ts',
        imported: 'packages/emulator/src/b.ts → packages/emulator/src/c.ts → packages/emulator/src/a.ts',
      }),
    ]);
    const files = ['packages/emulator/src/a.ts', 'packages/emulator/src/b.ts', 'packages/emulator/src/c.ts'];
    const known = checkArchitecture({
      files: new Map(
        Object.entries({
          ...base,
          'packages/emulator/src/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
          'packages/emulator/src/b.ts': "import { c } from './c.ts';\nexport const b = () => c;\n",
          'packages/emulator/src/c.ts': "export { a as c } from './a.ts';\n",
        }),
      ),
      packages,
      knownCycles: [files],
    });
    expect(known.violations).toEqual([]);
    expect(known.knownCycles).toHaveLength(1);
    const typeOnly = check({
      'packages/emulator/src/a.ts': "import type { B } from './b.ts';\nexport type A = B;\n",
      'packages/emulator/src/b.ts': "import type { A } from './a.ts';\nexport type B = { a?: A };\n",
    });
    expect(typeOnly.violations).toEqual([]);
    expect(typeOnly.typeOnlyCycles).toEqual([['packages/emulator/src/a.ts', 'packages/emulator/src/b.ts', 'packages/emulator/src/a.ts']]);
    const lazy = check({
      'apps/web/src/app/pages.ts': "export const page = () => import('./page.ts');\n",
      'apps/web/src/app/page.ts': "import { page } from './pages.ts';\nexport const again = page;\n",
    });
    expect(lazy.violations).toEqual([]);
  });

  it('unresolved-import: a missing relative file or a subpath the package does not export', () => {
    expect(rules({ 'apps/server/src/b.ts': "import { gone } from './gone.ts';\n" })).toEqual(['unresolved-import']);
    expect(rules({ 'apps/server/src/b.ts': "import { rules } from '@cvm/shared/rules';\n" })).toEqual(['unresolved-import']);
  });
});
