import { CloudError } from './cloud-error.ts';

/**
 * Per-second request limits per action, region and SecretId (protocol.md §8), counted in one-second windows. Real time
 * by default, not the world's clock, so a test clock that stands still does not lock callers out.
 */
export class RateLimiter {
  private windows = new Map<string, { second: number; count: number }>();

  constructor(private readonly nowMs: () => number = Date.now) {}

  check(key: string, limit: number, action: string): void {
    const second = Math.floor(this.nowMs() / 1000);
    const window = this.windows.get(key);
    if (!window || window.second !== second) {
      if (this.windows.size > 10_000) this.forgetBefore(second);
      this.windows.set(key, { second, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > limit) {
      throw new CloudError('RequestLimitExceeded', `Requests to ${action} exceed its limit of ${limit} per second; retry later.`);
    }
  }

  /** Drops finished windows only, so many distinct keys can never reset a busy caller's count. */
  private forgetBefore(second: number): void {
    for (const [key, window] of this.windows) if (window.second < second) this.windows.delete(key);
  }
}
