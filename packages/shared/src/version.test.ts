import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONSOLE_VERSION } from './version.ts';

// One version across the workspace: the root, every app and package, and the changelog's newest entry.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifests = ['package.json', ...['apps', 'packages'].flatMap((dir) => readdirSync(`${root}${dir}`).map((name) => `${dir}/${name}/package.json`)), 'test/package.json'];

describe('CONSOLE_VERSION', () => {
  it.each(manifests)('%s carries it', (manifest) => {
    expect((JSON.parse(readFileSync(`${root}${manifest}`, 'utf8')) as { version?: string }).version).toBe(CONSOLE_VERSION);
  });

  it("is CHANGELOG.md's newest entry", () => {
    const newest = /^## \[?(\d+\.\d+\.\d+)\]?/m.exec(readFileSync(`${root}CHANGELOG.md`, 'utf8'))?.[1];
    expect(newest).toBe(CONSOLE_VERSION);
  });
});
