// What the emulator answered, for benchmarks and tests that judge a client by the traffic it caused: calls and refusal
// codes per action, and the busiest one-second window per action (counted as the rate limiter counts them).

export class CallStats {
  /** Calls answered, per "service.Action". */
  readonly calls = new Map<string, number>();
  /** Error answers, per "service.Action code". */
  readonly errors = new Map<string, number>();
  /** The most calls of one action in one wall-clock second. */
  readonly peakPerSecond = new Map<string, number>();
  private readonly current = new Map<string, { second: number; count: number }>();

  record(service: string, action: string, code?: string): void {
    const key = `${service || '?'}.${action}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    if (code) this.errors.set(`${key} ${code}`, (this.errors.get(`${key} ${code}`) ?? 0) + 1);
    const second = Math.floor(Date.now() / 1000);
    const window = this.current.get(key);
    const count = window && window.second === second ? window.count + 1 : 1;
    this.current.set(key, { second, count });
    if (count > (this.peakPerSecond.get(key) ?? 0)) this.peakPerSecond.set(key, count);
  }

  reset(): void {
    this.calls.clear();
    this.errors.clear();
    this.peakPerSecond.clear();
    this.current.clear();
  }
}
