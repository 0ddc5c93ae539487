import type { Logger } from 'pino';
import type { CloudAnswer } from '../cloud-answer.ts';
import { ConsoleError } from '../cloud-error.ts';
import type { CloudCall, CloudCaller } from '../cloud-call.ts';
import { BATCHABLE_READS, IdBatcher, batchableIds } from './id-batcher.ts';
import { RateBudget } from './rate-budget.ts';
import { RetryBudget } from './retry-budget.ts';
import { SharedReads } from './shared-reads.ts';

// Every call the console makes to a cloud passes here, for every account: identical reads are asked once, reads of
// ID lists are merged, each attempt waits for its slot in the documented limit of (account, region, action), and
// retries are few and never inside the window that was just refused.

export interface CloudTrafficOptions {
  /** This replica's part of each documented limit (1/N with N replicas sharing accounts). */
  share: number;
  /** Longest a call waits for its slot before a 429 ConsoleBusy. */
  maxWaitMs: number;
  /** How long a read's answer is shared with identical reads (0: only while in flight). */
  freshnessMs: number;
  /** Waits before the retries of a retryable failure. */
  backoffMs?: number[];
  logger: Logger;
  /** Told how long each call waited for its turn in a rate limit, and which were refused as busy (/metrics). */
  observer?: RateLimitObserver;
}

export interface RateLimitObserver {
  rateLimitWait(service: string, action: string, seconds: number): void;
  rateLimitBusy(service: string, action: string): void;
}

/** Codes worth a second try, with their sub-codes (RequestLimitExceeded.UinLimitExceeded, Throttling.User, ...). */
const RETRYABLE_CODE = /^(RequestLimitExceeded|Throttling|InternalError|InternalServerError|ServiceUnavailable|CloudUnreachable|CloudTimeout|CloudAnswerLost)(\.|$)/;
/** The cloud counted us over its limit: nothing is sent again until its window has passed. */
const LIMITED_CODE = /^(RequestLimitExceeded|Throttling)(\.|$)/;
/**
 * List pages every open tab polls: their answers are shared for the freshness window. Other reads are shared only while
 * in flight — what they show can change without a change through the console (a VPC task finishing, an instance
 * settling), and a read by IDs is usually someone checking on exactly that.
 */
const LIST_PAGES = new Set(['cvm.DescribeInstances']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms: number) => ms * (0.75 + Math.random() / 2);

/** Parameters in a stable order, so the same read spelled with keys in another order is the same read. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class CloudTraffic {
  private readonly budget: RateBudget;
  private readonly reads: SharedReads;
  private readonly batcher = new IdBatcher();
  private readonly retryBudgets = new Map<string, RetryBudget>();

  constructor(private readonly options: CloudTrafficOptions) {
    this.budget = new RateBudget({ share: options.share, maxWaitMs: options.maxWaitMs });
    this.reads = new SharedReads();
  }

  /** The account's client, with the traffic rules in front of it. */
  govern(accountId: string, inner: CloudCaller): CloudCaller {
    return { call: (call) => this.call(accountId, inner, call) };
  }

  private call(accountId: string, inner: CloudCaller, call: CloudCall): Promise<CloudAnswer> {
    const scope = `${accountId}|${call.region ?? ''}`;
    const name = `${call.service}.${call.action}`;
    if (call.mutates) {
      return this.send(accountId, inner, call).finally(() => this.reads.changed(scope));
    }
    const key = `${scope}|${name}|${call.language ?? ''}|${stableJson(call.params)}`;
    const listPage = LIST_PAGES.has(name) && !(call.params as Record<string, unknown>).InstanceIds;
    // A quote is about the cloud's offer: kept under a scope of its own, which the account's changes do not clear.
    const offer = call.shareForMs !== undefined && call.shareForMs > 0;
    return this.reads.read(
      offer ? `${scope}|offer` : scope,
      key,
      () => {
        const batchable = BATCHABLE_READS[name];
        const ids = batchable && batchableIds(batchable, call.params as Record<string, unknown>);
        if (!batchable || !ids) return this.send(accountId, inner, call);
        const withIds = (merged: string[]): CloudCall => ({ ...call, params: { [batchable.idsParam]: merged, Limit: batchable.maxIds } });
        return this.batcher.submit(`${scope}|${name}|${call.language ?? ''}`, batchable, ids, {
          ready: () => this.turn(this.budgetKey(accountId, call), call),
          sendMerged: (merged) => this.send(accountId, inner, withIds(merged), { slotTaken: true }),
          sendAlone: (own) => this.send(accountId, inner, withIds(own)),
        });
      },
      { freshForMs: offer ? call.shareForMs : listPage ? this.options.freshnessMs : 0 },
    );
  }

  private budgetKey(accountId: string, call: CloudCall): string {
    return `${accountId}|${call.region ?? ''}|${call.service}.${call.action}`;
  }

  /** One call: each attempt in its slot of the limit (the first one's may be taken already), retried only when safe. */
  private async send(accountId: string, inner: CloudCaller, call: CloudCall, { slotTaken = false } = {}): Promise<CloudAnswer> {
    const key = this.budgetKey(accountId, call);
    const retries = this.retryBudgetOf(accountId);
    const backoff = call.idempotent ? (this.options.backoffMs ?? [200, 800]) : [];
    retries.earn();
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0 || !slotTaken) await this.turn(key, call);
      try {
        return await inner.call(call);
      } catch (error) {
        const code = error instanceof ConsoleError ? error.code : '';
        const wait = backoff[attempt];
        if (!RETRYABLE_CODE.test(code) || wait === undefined || !retries.spend()) throw error;
        // A refusal for the rate means the window is full: the next try waits it out, whatever the jitter.
        const pause = LIMITED_CODE.test(code) ? Math.max(1000, wait) + Math.random() * 250 : jitter(wait);
        this.options.logger.warn({ action: call.action, code, attempt: attempt + 1, waitMs: Math.round(pause) }, 'retrying cloud call');
        await sleep(pause);
      }
    }
  }

  /** Waits for the call's turn in its rate limit, and says how long it waited, or that it was refused as busy. */
  private async turn(key: string, call: CloudCall): Promise<void> {
    const observer = this.options.observer;
    if (!observer) return this.budget.acquire(key, call.rateLimit);
    const started = performance.now();
    try {
      await this.budget.acquire(key, call.rateLimit);
      observer.rateLimitWait(call.service, call.action, (performance.now() - started) / 1000);
    } catch (error) {
      if (error instanceof ConsoleError && error.code === 'ConsoleBusy') observer.rateLimitBusy(call.service, call.action);
      throw error;
    }
  }

  private retryBudgetOf(accountId: string): RetryBudget {
    let budget = this.retryBudgets.get(accountId);
    if (!budget) this.retryBudgets.set(accountId, (budget = new RetryBudget()));
    return budget;
  }
}
