// Calls spread out in time: many reads of one action go out no faster than a share of its documented limit, so a
// console reading a whole fleet never pushes the rest of the team (sharing the key) into RequestLimitExceeded.

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
 * `call` for every item, started no faster than `perSecond` (a slow answer does not hold up the next start); the
 * results in the items' order. A rejection ends it (the calls already started run on, unheard).
 */
export async function pacedMap<T, R>(items: readonly T[], perSecond: number, signal: AbortSignal, call: (item: T) => Promise<R>): Promise<R[]> {
  const interval = 1000 / perSecond;
  const started: Promise<R>[] = [];
  for (const [i, item] of items.entries()) {
    if (i > 0) await pause(interval, signal);
    const promise = call(item);
    // Heard below; a rejection while later calls are still being started must not go unhandled meanwhile.
    promise.catch(() => {});
    started.push(promise);
  }
  return Promise.all(started);
}
