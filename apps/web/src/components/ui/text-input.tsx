import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { cn } from './cn.ts';

interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  /** A decorative icon shown inside the field's start. */
  icon?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextInput({ className, icon, type = 'text', ...props }: TextInputProps) {
  return (
    <span className={cn('relative inline-flex', className)}>
      {icon && (
        <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-fg-subtle">
          {icon}
        </span>
      )}
      <input
        type={type}
        className={cn(
          'h-8 w-full min-w-0 rounded-md border border-line bg-surface pr-2.5 text-sm text-fg placeholder:text-fg-subtle',
          'hover:border-line-strong aria-invalid:border-red-500',
          icon ? 'pl-8' : 'pl-2.5',
        )}
        {...props}
      />
    </span>
  );
}
