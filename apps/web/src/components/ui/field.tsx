import type { ReactNode } from 'react';
import { cn } from './cn.ts';

interface FieldProps {
  /** The id of the control inside, which the visible label names. */
  htmlFor: string;
  label: string;
  className?: string;
  children: ReactNode;
}

/** A visible label above its control: the label is also the control's accessible name. */
export function Field({ htmlFor, label, className, children }: FieldProps) {
  return (
    <div className={cn('flex min-w-0 flex-col gap-1', className)}>
      <label htmlFor={htmlFor} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      {children}
    </div>
  );
}
