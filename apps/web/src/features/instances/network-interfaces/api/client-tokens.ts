import { useCallback, useRef } from 'react';
import { newClientToken } from '../../../../lib/new-client-token.ts';

/**
 * One ClientToken per request the person asks for (keyed by what it asks: interface, instance, attach type), so a
 * retry of the same bind repeats the same task at the cloud, while a different choice gets a token of its own (the
 * cloud refuses a token reused for another request with UnsupportedOperation.IdempotentParameterMismatch).
 */
export function useClientTokens(): (request: string) => string {
  const tokens = useRef(new Map<string, string>());
  return useCallback((request: string) => {
    let token = tokens.current.get(request);
    if (!token) {
      token = newClientToken();
      tokens.current.set(request, token);
    }
    return token;
  }, []);
}
