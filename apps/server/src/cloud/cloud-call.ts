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
  /** True for a change: a lost answer then means it may have been carried out, and the error says so. */
  mutates?: boolean;
  language?: 'zh-CN' | 'en-US';
}

/** What an account's client does: sign, send, and answer the cloud's response body or throw a ConsoleError. */
export interface CloudCaller {
  call(call: CloudCall): Promise<Record<string, unknown>>;
}

/** Codes worth a second try, with their sub-codes (RequestLimitExceeded.UinLimitExceeded, Throttling.User, ...). */
const RETRYABLE_CODE = /^(RequestLimitExceeded|Throttling|InternalError|InternalServerError|ServiceUnavailable|CloudUnreachable|CloudTimeout|CloudAnswerLost)(\.|$)/;
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

/** The cloud's own failure: for a change, InternalError does not say whether it was carried out. */
const CLOUD_SIDE_FAILURE = /^(InternalError|InternalServerError|ServiceUnavailable)(\.|$)/;

/** A cloud's error answer as a ConsoleError; a change that failed on the cloud's side may have been carried out. */
export function cloudRefusal(call: CloudCall, status: number, code: string, message: string, requestId?: string): ConsoleError {
  const error = new ConsoleError(status, code, message, requestId);
  return call.mutates && CLOUD_SIDE_FAILURE.test(code) ? error.with({ mayHaveHappened: true }) : error;
}

/** Failures that happen before a request leaves: nothing was sent, so nothing can have been done. */
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_CERT_ALTNAME_INVALID|CERT_.*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/;

/**
 * A fetch that failed without an answer, as the person should read it; never the error's own text, which can quote
 * headers. A change whose request may have left (a reset connection, a timeout) may have been carried out: it says so.
 */
export function unreachable(error: unknown, call: CloudCall, host: string, timeoutMs: number, cloudName: string, logger: Logger): ConsoleError {
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  const cause = timedOut ? 'timeout' : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name);
  logger.error({ action: call.action, service: call.service, host, cause }, 'cloud call failed');
  if (call.mutates && !NOT_SENT.test(cause)) return answerLost(call, cloudName, timedOut ? 504 : 502, timedOut ? 'CloudTimeout' : 'CloudAnswerLost');
  return timedOut
    ? new ConsoleError(504, 'CloudTimeout', `${cloudName} did not answer ${call.action} within ${timeoutMs} ms.`)
    : new ConsoleError(502, 'CloudUnreachable', `Could not reach the ${call.service} endpoint (${host}).`);
}

/** A change sent whose outcome the console cannot know. */
export function answerLost(call: CloudCall, cloudName: string, status: number, code: string, requestId?: string): ConsoleError {
  return new ConsoleError(
    status,
    code,
    `${call.action} was sent to ${cloudName}, but its answer was lost: the cloud may have carried it out. The list will show what happened; check it before trying again.`,
    requestId,
  ).with({ mayHaveHappened: true });
}
