import { ConsoleError } from '../cloud-error.ts';

// The cloud limits each API per region and sub-account (reference: "默认接口请求频率限制", per second), so everyone
// sharing an account shares the limit. The console keeps its own calls inside it: a call takes the next free slot of
// its (account, region, action) and waits for it briefly; one that would wait too long is refused here (429) instead
// of being refused by the cloud.

/**
 * Slots are at least this far apart per limit's worth of calls: the cloud's one-second window, and slack for what
 * happens between a slot and the request's arrival (a busy event loop, the network), which can bunch calls together.
 */
const WINDOW_MS = 1200;
/** Of each limit, this part is used: what the wire bunches together must still fit. */
const HEADROOM = 0.9;
/**
 * Pacing finer than the clock's millisecond cannot be kept: every call after the first in a millisecond would wait for
 * the next one, whatever the limit, so a limit above about a thousand a second would serve one call a millisecond in no
 * order. Slots closer than this are not paced; the count per window still holds. (No documented limit comes near.)
 */
const FINEST_PACING_MS = 1;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RateBudgetOptions {
  /** This replica's part of every limit (1/N for N replicas that share accounts). */
  share: number;
  /** Longest a call waits for its slot before it is refused as busy. */
  maxWaitMs: number;
  now?: () => number;
}

/**
 * A sliding window per key: at most `limit` calls start within any WINDOW_MS, which keeps within the cloud's
 * count however its windows are aligned, and consecutive calls are at least WINDOW_MS / limit apart. Slots are
 * reserved in order, so waiting callers are served first come.
 */
export class RateBudget {
  private readonly starts = new Map<string, number[]>();
  /** When calls really left, per key: what the cloud will count. */
  private readonly sent = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateBudgetOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The calls per window this replica keeps for a documented limit: its share, with a tenth left for jitter where a
   * tenth is at least one call (a limit of 2 a second keeps both; its slots are far apart anyway).
   */
  limitFor(perSecond: number): number {
    const share = perSecond * this.options.share;
    return Math.max(1, Math.floor(share >= 10 ? share * HEADROOM : share));
  }

  /**
   * Waits for the next slot of `key`; throws 429 ConsoleBusy when that is further away than the longest wait. A timer
   * that fires late (a busy event loop) is checked against the calls really sent, so late calls do not go together.
   */
  async acquire(key: string, perSecond: number, maxWaitMs = this.options.maxWaitMs): Promise<void> {
    const limit = this.limitFor(perSecond);
    const wait = this.reserve(key, limit, maxWaitMs);
    if (wait > 0) await sleep(wait);
    for (;;) {
      const now = this.now();
      let sent = this.sent.get(key);
      if (!sent) this.sent.set(key, (sent = []));
      while (sent.length && sent[0]! <= now - WINDOW_MS) sent.shift();
      const spacing = WINDOW_MS / limit / 2;
      const paced = sent.length && spacing >= FINEST_PACING_MS ? sent[sent.length - 1]! + spacing : now;
      const free = Math.max(now, paced, sent.length < limit ? now : sent[sent.length - limit]! + WINDOW_MS);
      if (free <= now) {
        sent.push(now);
        return;
      }
      await sleep(free - now);
    }
  }

  /** Reserves a slot and says how long until it; nothing is reserved when the caller would wait too long. */
  private reserve(key: string, limit: number, maxWaitMs: number): number {
    const now = this.now();
    let starts = this.starts.get(key);
    if (!starts) this.starts.set(key, (starts = []));
    // Reservations older than the window no longer count.
    while (starts.length && starts[0]! <= now - WINDOW_MS) starts.shift();
    // Paced as well as counted: calls released together would bunch up on the way and could land in one of the
    // cloud's seconds; evenly spaced slots leave room for a late one.
    const last = starts[starts.length - 1];
    const spacing = WINDOW_MS / limit;
    const paced = last === undefined || spacing < FINEST_PACING_MS ? now : last + spacing;
    const slot = Math.max(now, paced, starts.length < limit ? now : starts[starts.length - limit]! + WINDOW_MS);
    const wait = Math.max(0, slot - now);
    if (wait > maxWaitMs) {
      throw new ConsoleError(429, 'ConsoleBusy', `The team's calls to this action are at the cloud's limit of ${limit} a second; the console will try again shortly.`).with({
        retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)),
      });
    }
    starts.push(slot);
    if (this.starts.size > 5000) this.forgetIdle(now);
    return wait;
  }

  private forgetIdle(now: number): void {
    for (const [key, starts] of this.starts) {
      if (!starts.length || starts[starts.length - 1]! <= now - WINDOW_MS) {
        this.starts.delete(key);
        this.sent.delete(key);
      }
    }
  }
}
