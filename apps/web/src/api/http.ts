import { ACCOUNT_HEADER, CONSOLE_CLIENT_HEADER, CSRF_TOKEN_HEADER, REGION_HEADER, type SessionInfo } from '@cvm/shared';
import { ConsoleError, NETWORK_ERROR, UNEXPECTED_RESPONSE, isConsoleErrorBody } from './console-error.ts';
import { SIGNED_OUT, csrfTokenForRequests, receiveSession } from './session-link.ts';
import { askForStepUp } from './step-up-link.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method: HttpMethod;
  body?: unknown;
  region?: string | undefined;
  /** The cloud account a cloud action acts in (X-Account); from the caller's query key, never global state. */
  account?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Language the cloud should name things in (zones, regions); from the caller's query key, never the DOM. */
  language?: string | undefined;
}

export const SESSION_PATH = '/api/console/session';

/**
 * One request to the console's own server. Resolves with the parsed JSON body of a 2xx answer (null for 204 No
 * Content) and throws ConsoleError for everything else, so callers see a single failure shape.
 *
 * Two refusals are about the session rather than the request, and are handled here once for every caller:
 * - 401 NotSignedIn: the session ended (idle, signed out elsewhere, password changed). The app is told, and shows the
 *   sign-in page with a way back to where the person was.
 * - 403 CsrfCheckFailed: the token we sent belongs to an older session (another tab signed in again). The session is
 *   fetched afresh and the request sent once more with the new token; a second refusal is shown as is.
 * - 403 StepUpRequired: a dangerous action wants a recent second factor; the person is asked (step-up-link.ts) and the
 *   request sent once more, or the refusal shown if they decline.
 */
export async function requestJson(path: string, options: RequestOptions): Promise<unknown> {
  try {
    return await send(path, options);
  } catch (error) {
    if (!(error instanceof ConsoleError)) throw error;
    if (error.status === 401 && error.code === 'NotSignedIn') receiveSession(SIGNED_OUT);
    if (error.status === 403 && error.code === 'CsrfCheckFailed' && options.method !== 'GET') {
      const fresh = await refreshSession(options.signal);
      if (fresh?.user) return send(path, options);
    }
    // A dangerous action without a recent second factor: asked for, then sent again.
    if (error.status === 403 && error.code === 'StepUpRequired' && (await askForStepUp())) return send(path, options);
    throw error;
  }
}

async function refreshSession(signal: AbortSignal | undefined): Promise<SessionInfo | undefined> {
  try {
    const info = (await send(SESSION_PATH, { method: 'GET', signal })) as SessionInfo;
    receiveSession(info);
    return info;
  } catch {
    return undefined;
  }
}

async function send(path: string, { method, body, region, account, signal, language }: RequestOptions): Promise<unknown> {
  // The client header cannot be set by a cross-site form, which is how the server tells us from CSRF.
  const headers: Record<string, string> = { [CONSOLE_CLIENT_HEADER]: '1', Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (region) headers[REGION_HEADER] = region;
  if (account) headers[ACCOUNT_HEADER] = account;
  // The cloud names zones and regions in the language asked for; ask in the console's language, not the browser's.
  if (language) headers['Accept-Language'] = language;
  // Read at send time, so a retry after a session refresh carries the new token.
  const csrf = csrfTokenForRequests();
  if (method !== 'GET' && csrf) headers[CSRF_TOKEN_HEADER] = csrf;

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

  if (response.status === 204) return null;

  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    // Not JSON (a proxy's HTML error page, an empty body): handled below.
  }

  if (!response.ok) {
    if (isConsoleErrorBody(parsed)) throw new ConsoleError({ retryAfterSeconds: retryAfterHeader(response), ...parsed }, response.status);
    throw new ConsoleError({ code: UNEXPECTED_RESPONSE, message: `HTTP ${response.status} ${response.statusText}`.trim() }, response.status);
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new ConsoleError({ code: UNEXPECTED_RESPONSE, message: `HTTP ${response.status}: not a JSON object` }, response.status);
  }
  return parsed;
}

/** Retry-After in seconds (a 429's), for a body that does not repeat it as retryAfterSeconds; dates are not used. */
function retryAfterHeader(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  const seconds = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
