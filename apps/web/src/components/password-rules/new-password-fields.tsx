import { useId } from 'react';
import { cn } from '../ui/cn.ts';
import { FormField, describedBy } from '../ui/form-field.tsx';
import { PasswordInput } from '../ui/password-input.tsx';
import { PasswordRules, type PasswordRuleSet } from './password-rules.tsx';

interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange: (password: string) => void;
  onConfirmationChange: (confirmation: string) => void;
  labels: { password: string; confirm: string; neverKept: string };
  rules: PasswordRuleSet;
  passwordError?: string;
  confirmError?: string;
  autoFocus?: boolean;
  className?: string;
}

/**
 * A new instance password, its confirmation, and the cloud's rule checked as the person types — as the create wizard,
 * the reinstall and the password reset all ask for it.
 */
export function NewPasswordFields({
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
  labels,
  rules,
  passwordError,
  confirmError,
  autoFocus,
  className,
}: NewPasswordFieldsProps) {
  const ids = { password: useId(), confirm: useId(), rules: useId() };
  return (
    <div className={cn('grid gap-4 md:grid-cols-2', className)}>
      <div className="space-y-2">
        <FormField id={ids.password} label={labels.password} error={passwordError}>
          <PasswordInput
            id={ids.password}
            autoComplete="new-password"
            value={password}
            onChange={(event) => onPasswordChange(event.target.value)}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={[ids.rules, describedBy(ids.password, { error: passwordError })].filter(Boolean).join(' ')}
            {...(autoFocus ? { 'data-autofocus': true } : {})}
          />
        </FormField>
        <PasswordRules id={ids.rules} password={password} rules={rules} />
      </div>
      <FormField id={ids.confirm} label={labels.confirm} error={confirmError} hint={labels.neverKept}>
        <PasswordInput
          id={ids.confirm}
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => onConfirmationChange(event.target.value)}
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={describedBy(ids.confirm, { hint: true, error: confirmError })}
        />
      </FormField>
    </div>
  );
}
