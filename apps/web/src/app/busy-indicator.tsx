import { useIsFetching } from '@tanstack/react-query';
import { Spinner } from '../components/ui/spinner.tsx';
import { useT } from '../i18n/use-t.ts';
import { isBusy } from '../api/read-retry.ts';

/**
 * "Busy, retrying…" in the header while any read waits out a busy answer's Retry-After (read-retry.ts): a wait, not an
 * error, so it is said quietly, once for the whole page, rather than in each list. After the last retry the list shows
 * the error as usual. Rendered only while busy, so pages keep their one other status line.
 */
export function BusyIndicator() {
  const t = useT();
  const busy = useIsFetching({ predicate: (query) => isBusy(query.state.fetchFailureReason) }) > 0;
  if (!busy) return null;
  return (
    <p role="status" className="flex items-center gap-1.5 text-xs text-fg-muted">
      <Spinner />
      {t.errors.busyRetrying}
    </p>
  );
}
