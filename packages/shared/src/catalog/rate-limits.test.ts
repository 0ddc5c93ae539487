import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allActions, defineAction, type Zod } from './index.ts';

// Every catalog action carries its documented request limit and where it is written; the emulator enforces it and the
// console's server budgets by it, so a missing or made-up figure would be wrong in two places at once.

describe('catalog rate limits', () => {
  it('gives every action a positive whole number of requests per second and a non-empty source', () => {
    const actions = allActions();
    expect(actions.length).toBeGreaterThan(50);
    for (const spec of actions) {
      const where = `${spec.service}.${spec.action}`;
      expect(Number.isInteger(spec.rateLimit.perSecond), where).toBe(true);
      expect(spec.rateLimit.perSecond, where).toBeGreaterThan(0);
      expect(spec.rateLimit.source.trim(), where).not.toBe('');
    }
  });

  it('names a seed line, or says the seeds do not document the action', () => {
    for (const spec of allActions()) {
      expect(spec.rateLimit.source, `${spec.service}.${spec.action}`).toMatch(/^\d{3} line \d+$|^not /);
    }
  });

  it('refuses to define an action without its limit', () => {
    const base = { service: 'cvm', version: '2017-03-12', action: 'Nothing', kind: 'read', minRole: 'viewer', params: (z: Zod) => z.strictObject({}) } as const;
    // @ts-expect-error rateLimit is required
    expect(() => defineAction<object>()(base)).toThrow(/rate limit/);
    expect(() => defineAction<object>()({ ...base, rateLimit: { perSecond: 0, source: '001 line 1' } })).toThrow(/rate limit/);
    expect(() => defineAction<object>()({ ...base, rateLimit: { perSecond: 10, source: ' ' } })).toThrow(/rate limit/);
  });

  // The seeds live beside the repository (shared/seeds); where they are present, each cited line must state the figure.
  const seeds = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
  it.skipIf(!existsSync(seeds))('cites seed lines that state the same figure', () => {
    const files = readdirSync(seeds);
    for (const spec of allActions()) {
      const cited = /^(\d{3}) line (\d+)$/.exec(spec.rateLimit.source);
      if (!cited) continue;
      const file = files.find((name) => name.startsWith(`${cited[1]}_`));
      expect(file, spec.rateLimit.source).toBeDefined();
      const line = readFileSync(seeds + file, 'utf8').split('\n')[Number(cited[2]) - 1] ?? '';
      const stated = /频率限制[:：]\s*(\d+)\s*次\/秒|maximum of (\d+) requests can be initiated per second/.exec(line);
      expect(stated, `${spec.service}.${spec.action}: ${spec.rateLimit.source} reads "${line}"`).not.toBeNull();
      expect(Number(stated![1] ?? stated![2]), `${spec.service}.${spec.action}`).toBe(spec.rateLimit.perSecond);
    }
  });
});
