import { useId, type SelectHTMLAttributes } from 'react';
import { cn } from './cn.ts';
import { Select } from './select.tsx';

/**
 * A select with its visible label beside it (the header's switchers); the label is also its accessible name, and
 * stays so where `labelClassName` hides it from the eye (sr-only) to save room.
 */
export function LabelledSelect({ label, labelClassName, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; labelClassName?: string }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className={cn('text-xs font-medium text-fg-muted', labelClassName)}>
        {label}
      </label>
      <Select id={id} {...props} />
    </div>
  );
}
