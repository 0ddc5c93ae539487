import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same (by its JSON) for `delayMs`: a burst of changes (typing a size, clicking
 * through types) becomes one request for the last of them. The JSON comparison lets callers pass fresh objects.
 */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  const settledKey = JSON.stringify(settled);
  useEffect(() => {
    if (key === settledKey) return;
    const timer = window.setTimeout(() => setSettled(JSON.parse(key) as T), delayMs);
    return () => window.clearTimeout(timer);
  }, [key, settledKey, delayMs]);
  return settled;
}
