import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditPage } from '@cvm/shared';
import { getConsole } from '../../../api/console-api.ts';

const PAGE_SIZE = 50;

/**
 * The audit log for one set of filters, newest first, a page at a time: "Load older" asks for the entries before the
 * last one shown (the server's nextCursor), so new entries arriving meanwhile never shift what is already on screen.
 */
export function useAuditLog(query: URLSearchParams) {
  const queryString = query.toString();
  return useInfiniteQuery({
    queryKey: ['audit', queryString],
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(queryString);
      params.set('limit', String(PAGE_SIZE));
      if (pageParam !== undefined) params.set('before', String(pageParam));
      return getConsole<AuditPage>(`/api/console/audit?${params}`, signal);
    },
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** The CSV export of the same filters: a plain GET link, so the browser downloads it with the session cookie. */
export function auditCsvHref(query: URLSearchParams): string {
  const queryString = query.toString();
  return `/api/console/audit.csv${queryString ? `?${queryString}` : ''}`;
}
