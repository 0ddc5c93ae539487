import { Spinner } from '../components/ui/spinner.tsx';
import { useT } from '../i18n/use-t.ts';

/** Shown while a lazily loaded page's code arrives (usually a blink). */
export function PageLoading() {
  const t = useT();
  return (
    <div className="flex justify-center py-16 text-fg-muted">
      <Spinner label={t.access.pageLoading} />
    </div>
  );
}
