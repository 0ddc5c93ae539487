import type { ConsoleErrorBody } from '@cvm/shared';

/**
 * Every failed call surfaces as one of these, whether the cloud refused it (code is the cloud's, e.g.
 * InvalidInstanceId.Malformed), the console's server did (InvalidParameter, UnknownAction), or the
 * network did (NetworkError). The RequestId is kept because it is what a support ticket needs.
 */
export class ConsoleError extends Error implements ConsoleErrorBody {
  override readonly name = 'ConsoleError';
  readonly code: string;
  readonly requestId: string | undefined;
  readonly field: string | undefined;
  /** For refusals that end (a locked sign-in): seconds to wait. */
  readonly retryAfterSeconds: number | undefined;
  /** A change whose answer was lost: it may have been carried out (see ConsoleErrorBody). */
  readonly mayHaveHappened: boolean;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;

  constructor(body: ConsoleErrorBody, status: number) {
    super(body.message);
    this.code = body.code;
    this.requestId = body.requestId;
    this.field = body.field;
    this.retryAfterSeconds = body.retryAfterSeconds;
    this.mayHaveHappened = body.mayHaveHappened === true;
    this.status = status;
  }
}

/** The server says a change was sent but its answer lost: neither a success nor a failure, and worth a re-read. */
export function changeMayHaveHappened(error: unknown): boolean {
  return error instanceof ConsoleError && error.mayHaveHappened;
}

export const NETWORK_ERROR = 'NetworkError';
/** Our own code for a response that is neither the documented success nor the documented error body. */
export const UNEXPECTED_RESPONSE = 'UnexpectedResponse';

export function isConsoleErrorBody(value: unknown): value is ConsoleErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.code === 'string' && typeof body.message === 'string';
}

/** Anything thrown (a ConsoleError or not) as a ConsoleError, so error views need handle one shape only. */
export function toConsoleError(error: unknown): ConsoleError {
  if (error instanceof ConsoleError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ConsoleError({ code: 'ClientError', message }, 0);
}
