import { ConsoleError, NETWORK_ERROR } from './console-error.ts';

// When a failed read is tried again, and after how long. Only reads: these are the QueryClient's query defaults, and
// mutations are never retried here (the server alone decides what is safe to send twice).

/** A full budget (the team's shared cloud quota, or the cloud's own limit) clears in seconds: worth a few more tries. */
export const BUSY_RETRIES = 3;
/** A wait longer than this is not "a moment": the person sees the error and decides. */
export const BUSY_WAIT_LIMIT_SECONDS = 30;
/** Without a Retry-After, wait this long before the first retry (doubled for each later one). */
const BUSY_DEFAULT_SECONDS = 1;
/** Even "Retry-After: 0" waits this long, so a busy server is not asked again in the same instant. */
const BUSY_MIN_SECONDS = 0.5;

/**
 * "Busy, try again after Retry-After": the console's shared budget (ConsoleBusy) or the cloud's rate limit
 * (RequestLimitExceeded[.…]), answered 429. SignInLocked is a 429 too, but a lock is a refusal, not a queue.
 */
export function isBusy(error: unknown): error is ConsoleError {
  return error instanceof ConsoleError && error.status === 429 && (error.code === 'ConsoleBusy' || error.code.startsWith('RequestLimitExceeded'));
}

/** How long the server asked us to wait, in seconds, else our own doubling backoff. */
function busyWaitSeconds(error: ConsoleError, failureCount: number): number {
  return error.retryAfterSeconds ?? BUSY_DEFAULT_SECONDS * 2 ** failureCount;
}

/** Only a busy answer (bounded, and not asked to wait too long) is retried, for queries that opt out of the rest. */
export function retryWhenBusy(failureCount: number, error: Error): boolean {
  return isBusy(error) && failureCount < BUSY_RETRIES && busyWaitSeconds(error, failureCount) <= BUSY_WAIT_LIMIT_SECONDS;
}

/**
 * The default for reads. Retrying a refusal (bad parameter, auth failure, unknown instance) only delays the error the
 * person needs to see; a busy answer is retried as above, and a dropped connection or a 5xx is worth one more try.
 * `failureCount` counts the failures before this one (0 the first time), as TanStack Query passes it.
 */
export function retryRead(failureCount: number, error: Error): boolean {
  if (isBusy(error)) return retryWhenBusy(failureCount, error);
  if (failureCount >= 1 || !(error instanceof ConsoleError)) return false;
  return error.code === NETWORK_ERROR || error.status >= 500;
}

/**
 * Milliseconds before the next try. Busy: at least what Retry-After says, plus up to half again at random, so the
 * browsers that were all told "1 second" do not all come back in the same instant. Otherwise TanStack's default
 * (1 s, doubling).
 */
export function readRetryDelay(failureCount: number, error: Error, random: () => number = Math.random): number {
  if (!isBusy(error)) return Math.min(1_000 * 2 ** failureCount, 30_000);
  return Math.round(Math.max(busyWaitSeconds(error, failureCount), BUSY_MIN_SECONDS) * 1_000 * (1 + random() / 2));
}
