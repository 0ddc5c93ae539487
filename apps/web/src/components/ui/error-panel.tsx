import type { Messages } from '../../i18n/en.ts';
import { useT } from '../../i18n/use-t.ts';
import { NETWORK_ERROR, UNEXPECTED_RESPONSE, toConsoleError, type ConsoleError } from '../../api/console-error.ts';
import { Button } from './button.tsx';
import { cn } from './cn.ts';
import { AlertIcon } from './icons.tsx';

interface ErrorPanelProps {
  error: unknown;
  /** What failed, e.g. "Could not load instances"; defaults to a generic "Request failed". */
  title?: string;
  onRetry?: () => void;
  className?: string;
}

/** A short, translated explanation for the error families a person can act on; the raw message stays below it. */
function hintFor(error: ConsoleError, t: Messages): string | undefined {
  if (error.code === NETWORK_ERROR) return t.errors.networkHint;
  if (error.code === UNEXPECTED_RESPONSE) return t.errors.unexpectedResponse(error.status);
  if (error.code.startsWith('AuthFailure')) return t.errors.authHint;
  if (error.code.startsWith('UnauthorizedOperation')) return t.errors.unauthorizedHint;
  if (error.code.startsWith('RequestLimitExceeded')) return t.errors.rateLimitHint;
  if (error.code === 'CloudTimeout') return t.errors.cloudTimeoutHint;
  if (error.code === 'CloudUnreachable') return t.errors.cloudUnreachableHint;
  if (error.code === 'UnknownAction') return t.errors.unknownActionHint;
  if (error.code === 'CsrfCheckFailed') return t.errors.csrfHint;
  if (error.code === 'InvalidParameter' && error.field) return t.errors.invalidFieldHint(error.field);
  return undefined;
}

/**
 * Shows a failed call as the cloud reported it: code, message and RequestId (what a support ticket
 * needs), plus the offending parameter for validation errors.
 */
export function ErrorPanel({ error, title, onRetry, className }: ErrorPanelProps) {
  const t = useT();
  const e = toConsoleError(error);
  const hint = hintFor(e, t);

  return (
    <div
      role="alert"
      className={cn(
        'rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-400/30 dark:bg-red-400/10 dark:text-red-100',
        className,
      )}
    >
      <div className="flex gap-3">
        <AlertIcon className="mt-0.5 shrink-0 text-red-600 dark:text-red-300" />
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{title ?? t.errors.title}</p>
          {hint && <p className="mt-1 text-red-800 dark:text-red-200">{hint}</p>}
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="text-red-700/80 dark:text-red-200/70">{t.errors.code}</dt>
            <dd className="font-mono break-all">{e.code}</dd>
            <dt className="text-red-700/80 dark:text-red-200/70">{t.errors.message}</dt>
            <dd className="break-words">{e.message}</dd>
            {e.field && (
              <>
                <dt className="text-red-700/80 dark:text-red-200/70">{t.errors.field}</dt>
                <dd className="font-mono break-all">{e.field}</dd>
              </>
            )}
            {e.requestId && (
              <>
                <dt className="text-red-700/80 dark:text-red-200/70">{t.errors.requestId}</dt>
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
