import type { IncomingMessage } from 'node:http';

// One read of a request's body for the whole port: the dispatcher needs a form body's parameters to tell Alibaba
// Cloud's RPC from Tencent's v1, and each style then checks it against its own limit.

/** The largest body any style accepts (Tencent's v3 POST, 10 MB); past it the rest is drained, not kept. */
export const MAX_REQUEST_BODY_BYTES = 10 * 1024 * 1024;

export async function readRequestBody(req: IncomingMessage, max = MAX_REQUEST_BODY_BYTES): Promise<{ bytes: Buffer; complete: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Stop keeping, not reading: the answer is written once the client has finished sending, so it is not lost.
    if (size <= max) chunks.push(chunk as Buffer);
    else if (size > 4 * max) {
      // A client that goes on far past any limit is cut off rather than listened to.
      req.destroy();
      break;
    }
  }
  return { bytes: Buffer.concat(chunks), complete: size <= max };
}
