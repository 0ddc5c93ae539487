import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleError } from './console-error.ts';
import { requestJson } from './http.ts';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })),
  );
}

async function failure(): Promise<ConsoleError> {
  const error = await requestJson('/api/cvm/DescribeInstances', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ConsoleError);
  return error as ConsoleError;
}

afterEach(() => vi.unstubAllGlobals());

describe('requestJson: error bodies', () => {
  it('keeps mayHaveHappened, the code and the RequestId of a change whose answer was lost', async () => {
    answer(504, { code: 'CloudAnswerLost', message: 'lost', requestId: 'req-9', mayHaveHappened: true });
    const error = await failure();
    expect([error.code, error.requestId, error.mayHaveHappened, error.status]).toEqual(['CloudAnswerLost', 'req-9', true, 504]);
  });

  it('is not "may have happened" unless the server says so', async () => {
    answer(409, { code: 'IncorrectInstanceState', message: 'not running' });
    expect((await failure()).mayHaveHappened).toBe(false);
  });

  it('takes the wait from the body, else from Retry-After', async () => {
    answer(429, { code: 'ConsoleBusy', message: 'busy', retryAfterSeconds: 3 }, { 'Retry-After': '9' });
    expect((await failure()).retryAfterSeconds).toBe(3);
    answer(429, { code: 'RequestLimitExceeded', message: 'busy' }, { 'Retry-After': '7' });
    expect((await failure()).retryAfterSeconds).toBe(7);
    answer(429, { code: 'RequestLimitExceeded', message: 'busy' });
    expect((await failure()).retryAfterSeconds).toBeUndefined();
  });
});
