import { CONSOLE_CLIENT_HEADER, REGION_HEADER } from '@cvm/shared';
import { ConsoleError, NETWORK_ERROR, UNEXPECTED_RESPONSE, isConsoleErrorBody } from './console-error.ts';

interface RequestOptions {
  method: 'GET' | 'POST';
  body?: unknown;
  region?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Language the cloud should name things in (zones, regions); from the caller's query key, never the DOM. */
  language?: string | undefined;
}

/**
 * One request to the console's own server. Resolves with the parsed JSON body of a 2xx answer and
 * throws ConsoleError for everything else, so callers see a single failure shape.
 */
export async function requestJson(path: string, { method, body, region, signal, language }: RequestOptions): Promise<unknown> {
  // The client header cannot be set by a cross-site form, which is how the server tells us from CSRF.
  const headers: Record<string, string> = { [CONSOLE_CLIENT_HEADER]: '1', Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (region) headers[REGION_HEADER] = region;
  // The cloud names zones and regions in the language asked for; ask in the console's language, not the browser's.
  if (language) headers['Accept-Language'] = language;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    // An aborted query is not a failure to show; let TanStack Query see the AbortError it expects.
    if (signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ConsoleError({ code: NETWORK_ERROR, message }, 0);
  }

  let parsed: unknown = undefined;
  try {
    parsed = await response.json();
  } catch {
    // Not JSON (a proxy's HTML error page, an empty body): handled below.
  }

  if (!response.ok) {
    if (isConsoleErrorBody(parsed)) throw new ConsoleError(parsed, response.status);
    throw new ConsoleError({ code: UNEXPECTED_RESPONSE, message: `HTTP ${response.status} ${response.statusText}`.trim() }, response.status);
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new ConsoleError({ code: UNEXPECTED_RESPONSE, message: `HTTP ${response.status}: not a JSON object` }, response.status);
  }
  return parsed;
}
