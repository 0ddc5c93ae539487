import type { ReactNode } from 'react';
import { AlertIcon } from './icons.tsx';

/** A page-sized explanation of why there is nothing here (no access, no such page), with a way onwards. */
export function Notice({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="mx-auto mt-10 max-w-xl rounded-lg border border-line bg-surface p-8 text-center shadow-xs">
      <AlertIcon className="mx-auto size-6 text-amber-600 dark:text-amber-300" />
      <h1 className="mt-3 text-lg font-semibold text-fg">{title}</h1>
      <div className="mt-2 text-sm text-fg-muted">{children}</div>
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
