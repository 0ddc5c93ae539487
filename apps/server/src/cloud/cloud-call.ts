import type { Logger } from 'pino';
import { ConsoleError } from './cloud-error.ts';

/** One call to a cloud, whichever cloud: the catalog entry's coordinates and the validated parameters. */
export interface CloudCall {
  service: string;
  version: string;
  action: string;
  region?: string;
  params: object;
  /** True when sending the call twice cannot do anything twice. */
  idempotent: boolean;
  language?: 'zh-CN' | 'en-US';
}

/** What an account's client does: sign, send, and answer the cloud's response body or throw a ConsoleError. */
export interface CloudCaller {
  call(call: CloudCall): Promise<Record<string, unknown>>;
}

/** Codes worth a second try, with their sub-codes (RequestLimitExceeded.UinLimitExceeded, Throttling.User, ...). */
const RETRYABLE_CODE = /^(RequestLimitExceeded|Throttling|InternalError|InternalServerError|ServiceUnavailable|CloudUnreachable|CloudTimeout)(\.|$)/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one attempt, then again after each wait of `backoffMs` while the failure is worth retrying (only idempotent calls). */
export async function withRetries(
  call: CloudCall,
  backoffMs: number[] | undefined,
  logger: Logger,
  attempt: () => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const backoff = call.idempotent ? (backoffMs ?? [200, 800]) : [];
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const retryable = error instanceof ConsoleError && RETRYABLE_CODE.test(error.code);
      const wait = backoff[n];
      if (!retryable || wait === undefined) throw error;
      logger.warn({ action: call.action, code: (error as ConsoleError).code, attempt: n + 1 }, 'retrying cloud call');
      // Jitter keeps many browsers that were limited together from retrying together.
      await sleep(wait * (0.75 + Math.random() / 2));
    }
  }
}

/** A fetch that failed before any answer, as the person should read it; never the error's own text, which can quote headers. */
export function unreachable(error: unknown, call: CloudCall, host: string, timeoutMs: number, cloudName: string, logger: Logger): ConsoleError {
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  const cause = timedOut ? 'timeout' : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name);
  logger.error({ action: call.action, service: call.service, host, cause }, 'cloud call failed');
  return timedOut
    ? new ConsoleError(504, 'CloudTimeout', `${cloudName} did not answer ${call.action} within ${timeoutMs} ms.`)
    : new ConsoleError(502, 'CloudUnreachable', `Could not reach the ${call.service} endpoint (${host}).`);
}
