import { MutationCache, QueryClient } from '@tanstack/react-query';
import { changeMayHaveHappened } from '../api/console-error.ts';
import { readRetryDelay, retryRead } from '../api/read-retry.ts';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A change whose answer was lost may have been carried out, and which reads it touched is each feature's own
    // knowledge: so what is on screen is read again (the inactive rest when next shown), and the lists say what happened.
    mutationCache: new MutationCache({
      // Not awaited: the warning shows at once, while the reads are on their way.
      onError: (error) => {
        if (changeMayHaveHappened(error)) void client.invalidateQueries();
      },
    }),
    defaultOptions: {
      queries: {
        retry: retryRead,
        retryDelay: readRetryDelay,
        staleTime: 10_000,
      },
    },
  });
  return client;
}
