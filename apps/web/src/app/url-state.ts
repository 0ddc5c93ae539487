import { useCallback, useMemo, useSyncExternalStore } from 'react';

// The page's view state (region, filters, paging, open instance) lives in the query string so a
// view can be shared, bookmarked and reloaded. This is the whole "router": the path and the query
// string are an external store that React subscribes to, and writes go through history.pushState/replaceState.

/** pushState/replaceState fire no event of their own; this one tells subscribers the URL moved. */
const URL_CHANGE_EVENT = 'cvm:urlchange';

export type UrlPatch = Record<string, string | number | null | undefined>;
/** push: a discrete step the Back button should undo (page, filter choice, opening a detail).
 *  replace: a refinement Back should skip over (typing in a text filter). */
export type HistoryMode = 'push' | 'replace';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

function getSearch(): string {
  return window.location.search;
}

function getPathname(): string {
  return window.location.pathname;
}

/** The page's path (which page shows), re-rendering on navigation and Back/Forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname);
}

/** Where the person is: path and query, as a same-origin link back here (sign-in's return address). */
export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Goes to another page of the console without reloading; `to` is a same-origin path with an optional query. */
export function navigate(to: string, mode: HistoryMode = 'push'): void {
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (to === current) return;
  if (mode === 'push') window.history.pushState(null, '', to);
  else window.history.replaceState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/** Applies a patch to the current URL: null, undefined and '' remove a parameter. */
export function updateUrl(patch: UrlPatch, mode: HistoryMode = 'push'): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (next === current) return;
  if (mode === 'push') window.history.pushState(window.history.state, '', next);
  else window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/**
 * The current query parameters, re-rendering when they change (including Back/Forward), and a
 * setter that patches them. Reads always start from the live URL, so two updates in one event
 * handler compose instead of the second overwriting the first.
 */
export function useUrlState(): [URLSearchParams, (patch: UrlPatch, mode?: HistoryMode) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback((patch: UrlPatch, mode?: HistoryMode) => updateUrl(patch, mode), []);
  return [params, setParams];
}
