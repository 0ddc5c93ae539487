import { QueryClient } from '@tanstack/react-query';
import { ConsoleError, NETWORK_ERROR } from '../api/console-error.ts';

/**
 * Retrying a refused request (bad parameter, auth failure, unknown instance) only delays the error
 * the person needs to see; only a dropped connection or a 5xx is worth one more try.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (!(error instanceof ConsoleError)) return false;
  return error.code === NETWORK_ERROR || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 10_000,
      },
    },
  });
}
