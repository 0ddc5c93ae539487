import { useId } from 'react';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { authMessages } from '../messages.ts';

interface ConsolePasswordFieldsProps {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  /** The server's refusal of the password (too short, contains the username...). */
  passwordError?: string | undefined;
  /** Set when the two entries differ. */
  confirmError?: string | undefined;
  passwordLabel?: string;
  confirmLabel?: string;
}

/**
 * Choosing a person's console password: the password with the rules as a hint, and the same again to catch a typo.
 * An instance's password, with the cloud's rules checked as typed, is components/password-rules' NewPasswordFields.
 */
export function ConsolePasswordFields(props: ConsolePasswordFieldsProps) {
  const m = useLocalized(authMessages);
  const ids = { password: useId(), confirm: useId() };
  return (
    <>
      <FormField id={ids.password} label={props.passwordLabel ?? m.auth.newPassword} hint={m.auth.passwordHint} error={props.passwordError}>
        <PasswordInput
          id={ids.password}
          autoComplete="new-password"
          required
          value={props.password}
          onChange={(event) => props.onPasswordChange(event.target.value)}
          aria-invalid={props.passwordError ? true : undefined}
          aria-describedby={describedBy(ids.password, { hint: true, error: props.passwordError })}
        />
      </FormField>
      <FormField id={ids.confirm} label={props.confirmLabel ?? m.auth.confirmPassword} error={props.confirmError}>
        <PasswordInput
          id={ids.confirm}
          autoComplete="new-password"
          required
          value={props.confirm}
          onChange={(event) => props.onConfirmChange(event.target.value)}
          aria-invalid={props.confirmError ? true : undefined}
          aria-describedby={describedBy(ids.confirm, { error: props.confirmError })}
        />
      </FormField>
    </>
  );
}
