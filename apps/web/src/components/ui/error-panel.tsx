import { useT } from '../../i18n/use-t.ts';
import { toConsoleError } from '../../api/console-error.ts';
import { Button } from './button.tsx';
import { cn } from './cn.ts';
import { errorWords } from './error-words.ts';
import { AlertIcon } from './icons.tsx';

interface ErrorPanelProps {
  error: unknown;
  /** What failed, e.g. "Could not load instances"; defaults to a generic "Request failed". */
  title?: string;
  onRetry?: () => void;
  className?: string;
}

/** Red for a failure; amber for a change that may have happened (errorWords), which is not one. */
const TONES = {
  error: {
    box: 'border-red-200 bg-red-50 text-red-900 dark:border-red-400/30 dark:bg-red-400/10 dark:text-red-100',
    icon: 'text-red-600 dark:text-red-300',
    hint: 'text-red-800 dark:text-red-200',
    label: 'text-red-700/80 dark:text-red-200/70',
  },
  warning: {
    box: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100',
    icon: 'text-amber-600 dark:text-amber-300',
    hint: 'text-amber-900 dark:text-amber-200',
    label: 'text-amber-800/80 dark:text-amber-200/70',
  },
};

/**
 * Shows a failed call as the cloud reported it: code, message and RequestId (what a support ticket
 * needs), plus the offending parameter for validation errors.
 */
export function ErrorPanel({ error, title, onRetry, className }: ErrorPanelProps) {
  const t = useT();
  const e = toConsoleError(error);
  const words = errorWords(e, t, title);
  const tone = TONES[words.tone];

  return (
    <div role="alert" data-tone={words.tone} className={cn('rounded-md border p-4 text-sm', tone.box, className)}>
      <div className="flex gap-3">
        <AlertIcon className={cn('mt-0.5 shrink-0', tone.icon)} />
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{words.title}</p>
          {words.hint && <p className={cn('mt-1', tone.hint)}>{words.hint}</p>}
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className={tone.label}>{t.errors.code}</dt>
            <dd className="font-mono break-all">{e.code}</dd>
            <dt className={tone.label}>{t.errors.message}</dt>
            <dd className="break-words">{e.message}</dd>
            {e.field && (
              <>
                <dt className={tone.label}>{t.errors.field}</dt>
                <dd className="font-mono break-all">{e.field}</dd>
              </>
            )}
            {e.requestId && (
              <>
                <dt className={tone.label}>{t.errors.requestId}</dt>
                <dd className="font-mono break-all select-all">{e.requestId}</dd>
              </>
            )}
          </dl>
          {onRetry && (
            <Button className="mt-3" onClick={onRetry}>
              {t.common.retry}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
