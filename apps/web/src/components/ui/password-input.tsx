import { useState, type InputHTMLAttributes } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { cn } from './cn.ts';
import { EyeIcon, EyeOffIcon } from './icons.tsx';

interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  id: string;
  /** current-password when signing in or confirming, new-password when choosing one (password managers rely on it), off for API secrets. */
  autoComplete: 'current-password' | 'new-password' | 'off';
}

/**
 * A password field with a show/hide toggle, for checking a long password before sending it. The toggle's name says
 * what pressing it does ("Show password" / "Hide password"), like the theme button.
 */
export function PasswordInput({ id, className, ...props }: PasswordInputProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const toggleName = visible ? t.common.hidePassword : t.common.showPassword;
  return (
    <span className={cn('relative inline-flex w-full', className)}>
      <input
        id={id}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="off"
        className="h-8 w-full min-w-0 rounded-md border border-line bg-surface pr-9 pl-2.5 text-sm text-fg placeholder:text-fg-subtle hover:border-line-strong aria-invalid:border-red-500"
        {...props}
      />
      <button
        type="button"
        aria-label={toggleName}
        title={toggleName}
        aria-controls={id}
        onClick={() => setVisible((v) => !v)}
        className="absolute top-1/2 right-1 flex size-6 -translate-y-1/2 items-center justify-center rounded text-fg-subtle hover:bg-surface-3 hover:text-fg"
      >
        {visible ? <EyeOffIcon /> : <EyeIcon />}
      </button>
    </span>
  );
}
