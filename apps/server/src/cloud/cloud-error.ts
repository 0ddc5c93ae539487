import type { ConsoleErrorBody } from '@cvm/shared';

/** A failed call, carrying what the person needs: the cloud's Code, words, and RequestId when there is one. */
export class ConsoleError extends Error {
  /** Extra fields for the body, such as retryAfterSeconds. */
  details: Record<string, string | number | boolean> = {};

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ConsoleError';
  }

  with(details: Record<string, string | number | boolean>): this {
    Object.assign(this.details, details);
    return this;
  }

  toBody(): ConsoleErrorBody {
    return {
      ...this.details,
      code: this.code,
      message: this.message,
      ...(this.requestId ? { requestId: this.requestId } : {}),
      ...(this.field ? { field: this.field } : {}),
    };
  }
}
