// Many reads of one action, spread out: paced below a share of its documented limit, or a few at a time behind the
// server's own budget, so a console reading a whole fleet never pushes the rest of the team (sharing the key) into
// RequestLimitExceeded.

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * `call` for every item, at most `inFlight` at a time; the results in the items' order. The console's server spaces
 * the calls out to the cloud (its rate budget) and answers shared ones at once, so a few in flight go as fast as the
 * limit allows when the cloud must be asked, and at once when it need not. A rejection ends it (calls under way run on, unheard).
 */
export async function limitedMap<T, R>(items: readonly T[], inFlight: number, signal: AbortSignal, call: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      signal.throwIfAborted();
      const index = next++;
      results[index] = await call(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return results;
}
