import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { batch, cvm, vpc, type ActionSpec } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Each action's documented limit (per action, region and SecretId) is its catalog entry's rateLimit; the emulator counts
// requests in one-second windows and answers RequestLimitExceeded past it. The limits are read from the catalog here,
// never written down, so the test follows the catalog. The emulator's clock for rate limits stands still inside one
// second, so every call below lands in the same window however long it takes.

let now = Date.parse('2026-01-01T00:00:00.100Z');
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: { nowMs: () => now } });
});
afterAll(() => emulator.close());

/** Actions with different documented limits, from 2/s to 100/s. */
const actions: ActionSpec[] = [batch.DescribeComputeEnvs, cvm.DescribeKeyPairs, cvm.DescribeInstances, vpc.DescribeVpcs];

const call = (spec: ActionSpec) => signedCall(emulator.url, spec.action, {}, { service: spec.service, version: spec.version }).then(errorCode);

describe('documented rate limits, from the catalog', () => {
  it('covers actions whose limits differ', () => {
    expect(new Set(actions.map((spec) => spec.rateLimit.perSecond)).size).toBe(actions.length);
  });

  it.each(actions.map((spec) => [`${spec.service}.${spec.action}`, spec] as const))(
    '%s: exactly its limit pass within one second, the next is RequestLimitExceeded, and the next second starts afresh',
    async (_name, spec) => {
      const limit = spec.rateLimit.perSecond;
      const codes: (string | undefined)[] = [];
      for (let n = 0; n <= limit; n++) codes.push(await call(spec));
      expect(codes.slice(0, limit)).toEqual(Array(limit).fill(undefined));
      expect(codes[limit]).toBe('RequestLimitExceeded');

      now += 1000;
      expect(await call(spec)).toBeUndefined();
    },
  );

  it('counts each action on its own: one action past its limit leaves another untouched in the same second', async () => {
    now += 1000;
    const [small, large] = [batch.DescribeComputeEnvs, cvm.DescribeInstances];
    for (let n = 0; n <= small.rateLimit.perSecond; n++) await call(small);
    expect(await call(small)).toBe('RequestLimitExceeded');
    const codes = await Promise.all(Array.from({ length: large.rateLimit.perSecond }, () => call(large)));
    expect(codes.every((code) => code === undefined)).toBe(true);
  });
});
