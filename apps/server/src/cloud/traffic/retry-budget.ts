// Retries must never multiply traffic when the cloud is struggling: each call earns a fraction of a retry, and a retry
// spends a whole one, so retries stay under `ratio` of calls (plus a small reserve for a quiet console).

export class RetryBudget {
  private tokens: number;

  constructor(
    private readonly ratio = 0.1,
    private readonly reserve = 10,
  ) {
    this.tokens = reserve;
  }

  /** Every first attempt earns a little. */
  earn(): void {
    this.tokens = Math.min(this.reserve, this.tokens + this.ratio);
  }

  /** True, and spent, when a retry is affordable. */
  spend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
