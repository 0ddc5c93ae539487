import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { cn } from './cn.ts';

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** Some but not all of what it stands for is checked (a select-all box); shown as a dash, announced as "mixed". */
  indeterminate?: boolean;
}

/** A native checkbox (keyboard and screen readers for free) in the console's accent colour. */
export function Checkbox({ indeterminate = false, className, ...props }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input ref={ref} type="checkbox" className={cn('size-4 shrink-0 cursor-pointer rounded border-line-strong accent-accent disabled:cursor-not-allowed', className)} {...props} />
  );
}
