import type { SelectHTMLAttributes } from 'react';
import { cn } from './cn.ts';
import { ChevronDownIcon } from './icons.tsx';

/** A native <select> (keyboard, screen readers and mobile pickers for free) styled to match the inputs. */
export function Select({ className, children, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <span className={cn('relative inline-flex', className)}>
      <select
        className={cn(
          'h-8 w-full min-w-0 appearance-none rounded-md border border-line bg-surface py-0 pr-8 pl-2.5 text-sm text-fg',
          'hover:border-line-strong disabled:opacity-50',
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 text-fg-subtle" />
    </span>
  );
}
