/** The emulator's sense of time. Tests use a ManualClock to move instances through their states without waiting. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export class ManualClock implements Clock {
  constructor(private current = Date.now()) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * Real time that can be moved forward, never back (`--time-travel`): what is due in an hour — an action timer, a
 * subscription's end — happens now, while everything else keeps running at the real pace. Never back, because the
 * cloud's times (creation, expiry, a timer's ActionTime) only ever grow and the world's records are kept in that order.
 */
export class TravellingClock implements Clock {
  private skippedMs = 0;
  constructor(private readonly realNow: () => number = Date.now) {}
  now(): number {
    return this.realNow() + this.skippedMs;
  }
  /** How far ahead of real time it is, in ms. */
  get aheadMs(): number {
    return this.skippedMs;
  }
  advance(ms: number): void {
    if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError(`a clock moves forward only, by a finite amount (got ${ms})`);
    this.skippedMs += ms;
  }
}
