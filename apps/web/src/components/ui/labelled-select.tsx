import { useId, type SelectHTMLAttributes } from 'react';
import { Select } from './select.tsx';

/** A select with its visible label beside it (the header's switchers); the label is also its accessible name. */
export function LabelledSelect({ label, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      <Select id={id} {...props} />
    </div>
  );
}
