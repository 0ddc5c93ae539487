import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsoleMeta } from '@cvm/shared';
import { requestJson } from './http.ts';

export async function fetchMeta(signal?: AbortSignal): Promise<ConsoleMeta> {
  return (await requestJson('/api/meta', { method: 'GET', signal })) as ConsoleMeta;
}

/** The server's mode and default region do not change while it runs: fetch once per page load. */
export const metaQueryOptions = queryOptions({
  queryKey: ['meta'],
  queryFn: ({ signal }) => fetchMeta(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useMeta() {
  return useQuery(metaQueryOptions);
}
