import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@cvm/shared';
import { sessionKey } from '../api/session.ts';
import { SESSION_EVENT } from '../api/session-link.ts';

/** Queries that do not depend on who is signed in; everything else belongs to one person and one session. */
const SESSION_INDEPENDENT = new Set(['session', 'meta']);

/**
 * Mirrors every SessionInfo the HTTP layer receives into the query cache. When the person changes (sign-in,
 * sign-out, a session that expired) the cached cloud and admin data is dropped, so nobody ever sees what the
 * previous person's role allowed them to load.
 */
export function useSessionSync(client: QueryClient): void {
  useEffect(() => {
    const onSession = (event: Event) => {
      const info = (event as CustomEvent<SessionInfo>).detail;
      const previous = client.getQueryData<SessionInfo>(sessionKey);
      client.setQueryData(sessionKey, info);
      if (previous?.user?.id !== info.user?.id || previous?.user?.role !== info.user?.role) {
        client.removeQueries({ predicate: (query) => !SESSION_INDEPENDENT.has(String(query.queryKey[0])) });
      }
    };
    window.addEventListener(SESSION_EVENT, onSession);
    return () => window.removeEventListener(SESSION_EVENT, onSession);
  }, [client]);
}
