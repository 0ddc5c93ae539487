import type { Logger } from 'pino';
import type { CloudAnswer } from './cloud-answer.ts';
import { ConsoleError } from './cloud-error.ts';
import { HttpTimeoutError } from './cloud-http.ts';

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
  /** The action's documented calls per second (per account, region and action): the catalog entry's rateLimit. */
  rateLimit: number;
  /** The catalog entry's shareSeconds in ms: a read answered alike for the whole account and region for this long. */
  shareForMs?: number;
  language?: 'zh-CN' | 'en-US';
}

/**
 * What an account's client does: sign, send once, and answer the cloud's response body (as its bytes, parsed only on
 * demand) or throw a ConsoleError.
 * Retries, rate budgets and shared reads are traffic/'s, in front of every client.
 */
export interface CloudCaller {
  call(call: CloudCall): Promise<CloudAnswer>;
}

/** The cloud's own failure: for a change, InternalError does not say whether it was carried out. */
const CLOUD_SIDE_FAILURE = /^(InternalError|InternalServerError|ServiceUnavailable)(\.|$)/;

/** A cloud's error answer as a ConsoleError; a change that failed on the cloud's side may have been carried out. */
export function cloudRefusal(call: CloudCall, status: number, code: string, message: string, requestId?: string): ConsoleError {
  const error = new ConsoleError(status, code, message, requestId);
  // Only a failure on the cloud's side (a 5xx by http-status.ts): a code it maps to a refusal, such as Batch's
  // InternalError.CallCvm, changed nothing.
  return call.mutates && status >= 500 && CLOUD_SIDE_FAILURE.test(code) ? error.with({ mayHaveHappened: true }) : error;
}

/** Failures that happen before a request leaves: nothing was sent, so nothing can have been done. */
const NOT_SENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_CERT_ALTNAME_INVALID|CERT_.*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/;

/**
 * A request that failed without an answer, as the person should read it; never the error's own text, which can quote
 * headers. A change whose request may have left (a reset connection, a timeout) may have been carried out: it says so.
 */
export function unreachable(error: unknown, call: CloudCall, host: string, timeoutMs: number, cloudName: string, logger: Logger): ConsoleError {
  const timedOut = error instanceof HttpTimeoutError || (error instanceof DOMException && error.name === 'TimeoutError');
  const failure = error as { code?: string; cause?: { code?: string }; name?: string };
  const cause = timedOut ? 'timeout' : (failure.code ?? failure.cause?.code ?? failure.name ?? 'Error');
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
