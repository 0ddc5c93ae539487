import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';

// What Node refuses before a request reaches the handlers. A request line and headers past the server's maxHeaderSize
// (64 KB, emulator.ts) can only be a GET past its 32 KB of parameters (reference 001 line 4444) or a request no client
// sends: answered as the handlers answer an oversized GET, in the Tencent envelope with RequestSizeLimitExceeded,
// instead of Node's bare HTTP 431. Other malformed HTTP gets Node's own answers (400; 408 for a request too slow).

const raw = (status: string, headers: string, body = '') => `HTTP/1.1 ${status}\r\n${headers}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;

export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Nothing can be written to a connection that is gone, or in the middle of another answer.
  const busy = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (!socket.writable || busy) {
    socket.destroy();
    return;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const body = JSON.stringify({
      Response: {
        Error: { Code: 'RequestSizeLimitExceeded', Message: 'The request line and headers exceed 64 KB: a GET request may carry at most 32 KB.' },
        RequestId: randomUUID(),
      },
    });
    socket.end(raw('200 OK', 'Content-Type: application/json\r\n', body));
    return;
  }
  socket.end(error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? raw('408 Request Timeout', '') : raw('400 Bad Request', ''));
}
