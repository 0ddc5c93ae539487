import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TravellingClock } from '../state/clock.ts';
import { cloudTime } from '../state/cloud-time.ts';
import type { World } from '../state/world.ts';

// `/_emulator/time`, served only with `--time-travel` (EmulatorOptions.timeTravel): what a test or a demo needs to see
// something due later happen now — an action timer, a subscription's end — without waiting for it. Not a cloud API, so
// not signed: the emulator listens on loopback, and without the option the path is an ordinary (refused) cloud call.
//   GET  → {"Now": "2026-12-07T22:40:00Z", "AheadSeconds": 0}
//   POST {"AdvanceSeconds": 360} → the same, after moving the emulator's clock forward and landing what fell due.

export const TIME_TRAVEL_PATH = '/_emulator/time';

/** A year: far enough for any subscription or timer the emulator keeps, near enough that a typo is not a century. */
const MAX_ADVANCE_SECONDS = 366 * 24 * 3600;
const MAX_BODY_BYTES = 1024;

function answer(res: ServerResponse, status: number, payload: object): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, Code: string, Message: string): void {
  answer(res, status, { Error: { Code, Message } });
}

async function readSmallBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function isTimeTravelRequest(req: IncomingMessage): boolean {
  return (req.url ?? '').split('?')[0] === TIME_TRAVEL_PATH;
}

export function createTimeTravelHandler(clock: TravellingClock, world: World) {
  const now = () => ({ Now: cloudTime(clock.now()), AheadSeconds: Math.floor(clock.aheadMs / 1000) });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'GET') return answer(res, 200, now());
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'GET, POST');
      return refuse(res, 405, 'UnsupportedOperation', `${TIME_TRAVEL_PATH} answers GET (the time) and POST {"AdvanceSeconds": n}.`);
    }
    const text = await readSmallBody(req);
    if (text === undefined) return refuse(res, 413, 'RequestSizeLimitExceeded', 'The body is larger than 1 KB.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(res, 400, 'InvalidParameter', 'The body is not JSON: send {"AdvanceSeconds": n}.');
    }
    const seconds = (body as { AdvanceSeconds?: unknown } | null)?.AdvanceSeconds;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > MAX_ADVANCE_SECONDS) {
      return refuse(res, 400, 'InvalidParameterValue', `\`AdvanceSeconds\` must be a whole number of seconds from 1 to ${MAX_ADVANCE_SECONDS} (the clock moves forward only).`);
    }
    clock.advance(seconds * 1000);
    // What fell due lands now, in order, each as of its own due time; later reads would land it too, this makes it
    // visible to the very next call.
    world.changes.settle();
    answer(res, 200, now());
  };
}
