import type { IncomingMessage } from 'node:http';

// One read of a request's body for the whole port: the dispatcher needs a form body's parameters to tell Alibaba
// Cloud's RPC from Tencent's v1, and each style then checks it against its own limit.

/** The largest body any style accepts (Tencent's v3 POST, 10 MB); past it nothing more is kept. */
export const MAX_REQUEST_BODY_BYTES = 10 * 1024 * 1024;

/**
 * The request's body, `complete`; or, as soon as it passes `max`, its first `max` bytes, not complete. Such a request
 * is answered (RequestSizeLimitExceeded) while the client may still be sending, however much it sends: the rest flows
 * to no listener, and Node discards what is left once the answer is written, as for any body a handler leaves unread.
 * Rejects when the client goes away before the end of its body.
 */
export function readRequestBody(req: IncomingMessage, max = MAX_REQUEST_BODY_BYTES): Promise<{ bytes: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length <= max) {
        size += chunk.length;
        chunks.push(chunk);
        return;
      }
      chunks.push(chunk.subarray(0, max - size));
      settle(() => resolve({ bytes: Buffer.concat(chunks), complete: false }));
    };
    const onEnd = () => settle(() => resolve({ bytes: Buffer.concat(chunks), complete: true }));
    const onGone = () => settle(() => reject(new Error('The client went away before the end of its request body.')));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
