import type { ConsoleErrorBody } from '@cvm/shared';

/** A failed call, carrying what the person needs: the cloud's Code, words, and RequestId when there is one. */
export class ConsoleError extends Error {
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

  toBody(): ConsoleErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.requestId ? { requestId: this.requestId } : {}),
      ...(this.field ? { field: this.field } : {}),
    };
  }
}
