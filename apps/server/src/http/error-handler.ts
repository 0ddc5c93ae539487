import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { accessNotes } from '../ops/access-log.ts';

/** Every failure leaves as {code, message, requestId?}; unexpected ones are logged and never show their internals. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (error instanceof ConsoleError) {
      if (error.requestId) accessNotes(res).cloudRequestId ??= error.requestId;
      if (typeof error.details.retryAfterSeconds === 'number') res.set('Retry-After', String(error.details.retryAfterSeconds));
      res.status(error.status).json(error.toBody());
      return;
    }
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (error?.type === 'entity.parse.failed') {
      res.status(400).json({ code: 'InvalidParameter', message: 'The request body is not valid JSON.', field: '(body)' });
      return;
    }
    if (error?.type === 'entity.too.large') {
      res.status(413).json({ code: 'RequestSizeLimitExceeded', message: 'The request body is too large.' });
      return;
    }
    if (status < 500) {
      res.status(status).json({ code: 'BadRequest', message: 'The request could not be understood.' });
      return;
    }
    logger.error({ err: error }, 'unhandled error');
    res.status(500).json({ code: 'InternalError', message: 'The console hit an unexpected error; it has been logged.' });
  };
}
