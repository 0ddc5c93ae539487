import { CloudError } from './cloud-error.ts';

/**
 * Per-second request limits per action, region and SecretId (protocol.md §8). Counted in one-second windows of real
 * time, not the emulator's clock, so a test clock that stands still does not lock callers out.
 */
export class RateLimiter {
  private windows = new Map<string, { second: number; count: number }>();

  check(key: string, limit: number, action: string): void {
    const second = Math.floor(Date.now() / 1000);
    const window = this.windows.get(key);
    if (!window || window.second !== second) {
      this.windows.set(key, { second, count: 1 });
      if (this.windows.size > 10_000) this.windows.clear();
      return;
    }
    window.count += 1;
    if (window.count > limit) {
      throw new CloudError('RequestLimitExceeded', `Requests to ${action} exceed its limit of ${limit} per second; retry later.`);
    }
  }
}
