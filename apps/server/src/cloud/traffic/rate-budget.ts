import { ConsoleError } from '../cloud-error.ts';

// The cloud limits each API per region and sub-account (reference: "默认接口请求频率限制", per second), so everyone
// sharing an account shares the limit. The console keeps its own calls inside it: a call takes the next free slot of
// its (account, region, action) and waits for it briefly; one that would wait too long is refused here (429) instead
// of being refused by the cloud.

/** Slots are at least this far apart per limit's worth of calls: the cloud's one-second window, and some slack for the wire. */
const WINDOW_MS = 1050;

export interface RateBudgetOptions {
  /** This replica's part of every limit (1/N for N replicas that share accounts). */
  share: number;
  /** Longest a call waits for its slot before it is refused as busy. */
  maxWaitMs: number;
  now?: () => number;
}

/**
 * A sliding window per key: at most `limit` calls start within any WINDOW_MS, which keeps within the cloud's
 * count however its windows are aligned. Slots are reserved in order, so waiting callers are served first come.
 */
export class RateBudget {
  private readonly starts = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateBudgetOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The per-second limit this replica keeps for a documented limit. */
  limitFor(perSecond: number): number {
    return Math.max(1, Math.floor(perSecond * this.options.share));
  }

  /** Waits for the next slot of `key`; throws 429 ConsoleBusy when that is further away than the longest wait. */
  async acquire(key: string, perSecond: number, maxWaitMs = this.options.maxWaitMs): Promise<void> {
    const wait = this.reserve(key, this.limitFor(perSecond), maxWaitMs);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** Reserves a slot and says how long until it; nothing is reserved when the caller would wait too long. */
  private reserve(key: string, limit: number, maxWaitMs: number): number {
    const now = this.now();
    let starts = this.starts.get(key);
    if (!starts) this.starts.set(key, (starts = []));
    // Reservations older than the window no longer count.
    while (starts.length && starts[0]! <= now - WINDOW_MS) starts.shift();
    const slot = starts.length < limit ? now : starts[starts.length - limit]! + WINDOW_MS;
    const wait = Math.max(0, slot - now);
    if (wait > maxWaitMs) {
      throw new ConsoleError(429, 'ConsoleBusy', `The team's calls to this action are at the cloud's limit of ${limit} a second; the console will try again shortly.`).with({
        retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)),
      });
    }
    // Kept in order (a slot now can come before reservations already made for later).
    let at = starts.length;
    while (at > 0 && starts[at - 1]! > slot) at--;
    starts.splice(at, 0, slot);
    if (this.starts.size > 5000) this.forgetIdle(now);
    return wait;
  }

  private forgetIdle(now: number): void {
    for (const [key, starts] of this.starts) if (!starts.length || starts[starts.length - 1]! <= now - WINDOW_MS) this.starts.delete(key);
  }
}
