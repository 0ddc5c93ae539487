/**
 * The server's sense of time for its rules: session idle and absolute ends and the session cache, sign-in throttle
 * windows and locks, invitation expiry, the once-a-minute refusal audit. Everything that decides such a rule reads
 * this clock, never Date.now() directly, so tests move time forward instead of waiting for it. Timers that really wait
 * (the failure delay, the traffic layer's pacing, timeouts) and the timestamps signed for the cloud keep real time.
 */
export interface Clock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to (tests): it starts at the real time, so what it writes to the database looks current. */
export class ManualClock implements Clock {
  constructor(private current = Date.now()) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
