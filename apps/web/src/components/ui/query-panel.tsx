import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useT } from '../../i18n/use-t.ts';
import { EmptyState } from './empty-state.tsx';
import { ErrorPanel } from './error-panel.tsx';
import { Spinner } from './spinner.tsx';

interface QueryPanelProps<T> {
  query: UseQueryResult<T[]>;
  /** Title of the error panel when the list could not be loaded. */
  loadFailed: string;
  /** What an empty list says. */
  empty: string;
  /** Under it: what to do about it. */
  emptyHint?: string;
  /** A failed refresh leaves the list it had on screen (lists that read themselves again); else the failure replaces it. */
  keepListOnError?: boolean;
  children: (items: T[]) => ReactNode;
}

/** A card that shows a listed resource in its four states: failed (with retry), loading, empty, or its content. */
export function QueryPanel<T>({ query, loadFailed, empty, emptyHint, keepListOnError, children }: QueryPanelProps<T>) {
  const t = useT();
  return (
    <div className="rounded-lg border border-line bg-surface shadow-xs">
      {query.isError && !(keepListOnError && query.data) ? (
        <div className="p-4">
          <ErrorPanel error={query.error} title={loadFailed} onRetry={() => void query.refetch()} />
        </div>
      ) : !query.data ? (
        <div className="flex justify-center p-10 text-fg-muted">
          <Spinner label={t.common.loading} />
        </div>
      ) : query.data.length === 0 ? (
        <EmptyState title={empty} description={emptyHint} />
      ) : (
        children(query.data)
      )}
    </div>
  );
}
