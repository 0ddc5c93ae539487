import { requestJson, type HttpMethod } from './http.ts';

// The console's own endpoints (/api/console/...), as opposed to cloud actions (call-action.ts). The server's answer
// types come from @cvm/shared; these helpers only say which one a caller expects.

export async function getConsole<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await requestJson(path, { method: 'GET', signal })) as T;
}

/** A state-changing call: the HTTP layer adds the CSRF token. Resolves null for 204 No Content. */
export async function sendConsole<T>(method: Exclude<HttpMethod, 'GET'>, path: string, body?: unknown): Promise<T> {
  return (await requestJson(path, { method, body })) as T;
}
