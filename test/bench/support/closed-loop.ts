import { Agent, request } from 'node:http';
import { percentile } from './stats.ts';

// A closed-loop client: `concurrency` workers, each sending its next request as soon as the last one is answered,
// for a fixed time, over keep-alive connections (node:http, one socket per worker). What counts is the answers that
// arrive in the measured window, after `warmupMs`: req/s is their number over the window, the percentiles are their
// latencies. The body of every answer is read in full.

export interface Shot {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoopOptions {
  concurrency: number;
  durationMs: number;
  warmupMs?: number;
  /** The i-th request (numbered across all workers). */
  next(i: number): Shot;
  /** Why an answer is a failure (its status and body), or undefined when it is a success. Default: not HTTP 200. */
  failure?(status: number, body: Buffer): string | undefined;
}

export interface LoopResult {
  /** Answers in the measured window, failures included. */
  requests: number;
  perSecond: number;
  /** Latencies of the measured answers, ascending, in ms. */
  latencies: number[];
  p50: number;
  p99: number;
  /** Failures by reason. */
  failures: Map<string, number>;
  /** Mean body size of the answers, in bytes. */
  meanBytes: number;
}

function send(agent: Agent, origin: URL, shot: Shot): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: origin.hostname, port: origin.port, method: 'POST', path: shot.path, headers: { ...shot.headers, 'Content-Length': Buffer.byteLength(shot.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(shot.body);
  });
}

export async function closedLoop(originUrl: string, options: LoopOptions): Promise<LoopResult> {
  const origin = new URL(originUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const failureOf = options.failure ?? ((status) => (status === 200 ? undefined : `HTTP ${status}`));
  const warmupMs = options.warmupMs ?? 500;
  const started = performance.now();
  const measureFrom = started + warmupMs;
  const end = measureFrom + options.durationMs;
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let counter = 0;
  let bytes = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const shot = options.next(counter++);
      const sentAt = performance.now();
      let reason: string | undefined;
      let size = 0;
      try {
        const { status, body } = await send(agent, origin, shot);
        reason = failureOf(status, body);
        size = body.length;
      } catch (error) {
        reason = `network: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      }
      const doneAt = performance.now();
      if (doneAt < measureFrom || doneAt > end) continue;
      latencies.push(doneAt - sentAt);
      bytes += size;
      if (reason) failures.set(reason, (failures.get(reason) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / (options.durationMs / 1000),
    latencies,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
    meanBytes: latencies.length ? bytes / latencies.length : 0,
  };
}

/** A failure reason for a TC3 envelope answered with HTTP 200: the cloud's error code, if any. */
export function envelopeFailure(status: number, body: Buffer): string | undefined {
  if (status !== 200) return `HTTP ${status}`;
  const at = body.indexOf('"Error":');
  if (at < 0) return undefined;
  const code = /"Code":"([^"]+)"/.exec(body.subarray(at, at + 300).toString('utf8'));
  return code ? code[1] : 'Error';
}

/** A failure reason for a console answer: its status and `code`. */
export function consoleFailure(status: number, body: Buffer): string | undefined {
  if (status === 200) return undefined;
  const code = /"code":"([^"]+)"/.exec(body.subarray(0, 500).toString('utf8'));
  return `HTTP ${status}${code ? ` ${code[1]}` : ''}`;
}
