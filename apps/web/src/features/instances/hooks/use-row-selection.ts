import { useCallback, useState } from 'react';

const NONE: ReadonlySet<string> = new Set();

/**
 * The instances ticked on the current page. The selection belongs to one view (account, region, filters, page):
 * when `viewKey` changes it starts empty, while refetches of the same view (the status watch settling a row) keep it.
 */
export function useRowSelection(viewKey: string) {
  const [state, setState] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: viewKey, ids: NONE });
  const selected = state.key === viewKey ? state.ids : NONE;

  const update = useCallback(
    (change: (ids: Set<string>) => void) =>
      setState((previous) => {
        const next = new Set(previous.key === viewKey ? previous.ids : NONE);
        change(next);
        return { key: viewKey, ids: next };
      }),
    [viewKey],
  );

  const toggle = useCallback((id: string) => update((ids) => (ids.has(id) ? ids.delete(id) : ids.add(id))), [update]);
  const setMany = useCallback((ids: readonly string[], checked: boolean) => update((set) => ids.forEach((id) => (checked ? set.add(id) : set.delete(id)))), [update]);
  const clear = useCallback(() => setState({ key: viewKey, ids: NONE }), [viewKey]);

  return { selected, toggle, setMany, clear };
}
