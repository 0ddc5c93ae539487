import { createContext, useContext } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@cvm/shared';
import { getConsole } from './console-api.ts';
import { SESSION_PATH } from './http.ts';
import { receiveSession } from './session-link.ts';

export const sessionKey = ['session'] as const;

export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo> {
  const info = await getConsole<SessionInfo>(SESSION_PATH, signal);
  receiveSession(info);
  return info;
}

/**
 * Who is signed in. Fetched once at start; afterwards every change arrives as a SessionInfo (sign-in, sign-out, a
 * 401 from any call) and is written straight into this query, so it is never refetched on a timer or on focus.
 */
export const sessionQueryOptions = queryOptions({
  queryKey: sessionKey,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

export type SignedInUser = NonNullable<SessionInfo['user']>;

/**
 * The signed-in person, provided once by the session gate to everything behind it. A context, not a query per caller:
 * every row of the instance list asks who is signed in (menus, rename), and twenty query observers on one key were a
 * tenth of the list's first render.
 */
export const SignedInUserContext = createContext<SignedInUser | null>(null);

/** The signed-in person; only for components shown after sign-in (the session gate guarantees there is one). */
export function useSignedInUser(): SignedInUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is for pages behind the sign-in gate');
  return user;
}
