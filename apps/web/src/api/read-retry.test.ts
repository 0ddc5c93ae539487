import { describe, expect, it } from 'vitest';
import { ConsoleError, NETWORK_ERROR } from './console-error.ts';
import { BUSY_RETRIES, isBusy, readRetryDelay, retryRead, retryWhenBusy } from './read-retry.ts';

const busy = (retryAfterSeconds?: number, code = 'ConsoleBusy') =>
  new ConsoleError({ code, message: 'The team’s cloud budget is full', ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }, 429);
const error = (code: string, status: number) => new ConsoleError({ code, message: code }, status);

describe('isBusy', () => {
  it('is a 429 ConsoleBusy or RequestLimitExceeded (with or without a sub-code)', () => {
    expect(isBusy(busy(2))).toBe(true);
    expect(isBusy(busy(2, 'RequestLimitExceeded'))).toBe(true);
    expect(isBusy(busy(2, 'RequestLimitExceeded.UinLimitExceeded'))).toBe(true);
  });

  it('is not a locked sign-in, another status, or something that is not a ConsoleError', () => {
    expect(isBusy(new ConsoleError({ code: 'SignInLocked', message: 'locked', retryAfterSeconds: 900 }, 429))).toBe(false);
    expect(isBusy(error('ConsoleBusy', 503))).toBe(false);
    expect(isBusy(new Error('ConsoleBusy'))).toBe(false);
  });
});

describe('retryRead', () => {
  it('retries a busy read up to three times, then gives up', () => {
    expect(BUSY_RETRIES).toBe(3);
    expect([0, 1, 2, 3].map((failures) => retryRead(failures, busy(1)))).toEqual([true, true, true, false]);
  });

  it('does not retry when asked to wait longer than 30 seconds', () => {
    expect(retryRead(0, busy(30))).toBe(true);
    expect(retryRead(0, busy(31))).toBe(false);
  });

  it('never retries a locked sign-in (a 429 with Retry-After too)', () => {
    expect(retryRead(0, new ConsoleError({ code: 'SignInLocked', message: 'locked', retryAfterSeconds: 1 }, 429))).toBe(false);
  });

  it('retries a dropped connection or a 5xx once, and never a refusal', () => {
    expect(retryRead(0, error(NETWORK_ERROR, 0))).toBe(true);
    expect(retryRead(0, error('CloudUnreachable', 502))).toBe(true);
    expect(retryRead(1, error('CloudUnreachable', 502))).toBe(false);
    expect(retryRead(0, error('InvalidInstanceId.NotFound', 404))).toBe(false);
    expect(retryRead(0, error('UnauthorizedOperation', 403))).toBe(false);
    expect(retryRead(0, new Error('boom'))).toBe(false);
  });
});

describe('retryWhenBusy (queries whose refusals are their answer: quotes)', () => {
  it('retries busy answers only', () => {
    expect(retryWhenBusy(0, busy(1))).toBe(true);
    expect(retryWhenBusy(3, busy(1))).toBe(false);
    expect(retryWhenBusy(0, error('ResourceInsufficient.BundleInventoryShortage', 400))).toBe(false);
    expect(retryWhenBusy(0, error(NETWORK_ERROR, 0))).toBe(false);
  });
});

describe('readRetryDelay', () => {
  it('waits at least Retry-After, plus up to half again at random', () => {
    expect(readRetryDelay(0, busy(4), () => 0)).toBe(4_000);
    expect(readRetryDelay(0, busy(4), () => 0.5)).toBe(5_000);
    expect(readRetryDelay(2, busy(4), () => 0.999)).toBeLessThanOrEqual(6_000);
  });

  it('doubles from 1 second when the busy answer says no Retry-After, and never asks again at once', () => {
    expect([0, 1, 2].map((failures) => readRetryDelay(failures, busy(undefined, 'RequestLimitExceeded'), () => 0))).toEqual([1_000, 2_000, 4_000]);
    expect(readRetryDelay(0, busy(0), () => 0)).toBe(500);
  });

  it('keeps the usual doubling for other errors', () => {
    expect(readRetryDelay(0, error(NETWORK_ERROR, 0))).toBe(1_000);
    expect(readRetryDelay(1, error('InternalError', 502))).toBe(2_000);
  });
});
