import type { ReactNode } from 'react';
import { cn } from './cn.ts';
import { AlertIcon } from './icons.tsx';

/** A form's refusal in plain words (wrong password, locked, weak password), announced when it appears. */
export function FormAlert({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div
      role="alert"
      className={cn(
        'flex gap-2.5 rounded-md border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-900 dark:border-red-400/30 dark:bg-red-400/10 dark:text-red-100',
        className,
      )}
    >
      <AlertIcon className="mt-0.5 shrink-0 text-red-600 dark:text-red-300" />
      <div className="min-w-0 flex-1 space-y-1">{children}</div>
    </div>
  );
}

/** A confirmation that something worked, announced politely. */
export function FormSuccess({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div
      role="status"
      className={cn(
        'rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-400/10 dark:text-emerald-100',
        className,
      )}
    >
      {children}
    </div>
  );
}
