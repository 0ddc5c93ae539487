import http from 'node:http';
import https from 'node:https';

// The console's connections to the clouds: a keep-alive pool per endpoint (an agent keeps its sockets per host and
// port), so a call costs a request on a warm connection instead of a TCP and TLS handshake. Every console has its own
// and closes it when it stops.

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

/** The whole exchange took longer than the call's timeout; nothing more is read from it. */
export class HttpTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * An idle connection is closed before the peer is likely to close it (servers commonly keep 5 s; a server's own
 * Keep-Alive: timeout hint shortens this), so a request is rarely written into a connection being shut.
 */
const IDLE_MS = 4_000;
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 128, maxFreeSockets: 128, timeout: IDLE_MS, scheduling: 'lifo' } as const;

/** The connection closed under a request on a reused socket: the server shut it while idle, before reading us. */
const STALE = new Set(['ECONNRESET', 'EPIPE']);

export interface PostOptions {
  timeoutMs: number;
  /**
   * True when sending the request twice cannot do anything twice: then a request that meets a connection the peer
   * had just closed is sent again at once on a new one. A request that must go once is never written into a reused
   * connection, where that failure could not be told from a lost answer.
   */
  idempotent: boolean;
}

export class CloudHttp {
  private readonly agents = { 'http:': new http.Agent(AGENT_OPTIONS), 'https:': new https.Agent(AGENT_OPTIONS) };

  async post(url: URL, headers: Record<string, string>, body: string, options: PostOptions): Promise<HttpAnswer> {
    const deadline = performance.now() + options.timeoutMs;
    try {
      return await this.send(url, headers, body, deadline, options.idempotent);
    } catch (error) {
      const stale = (error as { staleSocket?: boolean }).staleSocket;
      if (!stale || !options.idempotent) throw error;
      return this.send(url, headers, body, deadline, false);
    }
  }

  private send(url: URL, headers: Record<string, string>, body: string, deadline: number, pooled: boolean): Promise<HttpAnswer> {
    const payload = Buffer.from(body);
    const secure = url.protocol === 'https:';
    const requestFn = secure ? https.request : http.request;
    return new Promise<HttpAnswer>((resolve, reject) => {
      let answered = false;
      const req = requestFn(url, {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(payload.length) },
        // A fresh connection that closes after the call: the agent would hand out a warm one.
        agent: pooled ? this.agents[secure ? 'https:' : 'http:'] : false,
      });
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      const timer = setTimeout(() => req.destroy(new HttpTimeoutError('timeout')), Math.max(0, deadline - performance.now()));
      req.on('error', (error: Error & { code?: string; staleSocket?: boolean }) => {
        if (!answered && req.reusedSocket && error.code && STALE.has(error.code)) error.staleSocket = true;
        fail(error);
      });
      req.on('response', (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('aborted', () => fail(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' })));
        res.on('end', () => {
          clearTimeout(timer);
          if (!res.complete) return reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
          resolve({ status: res.statusCode ?? 0, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
        });
      });
      req.end(payload);
    });
  }

  /** Closes every connection, idle or not. */
  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}
