import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { authMessages } from '../messages.ts';

/**
 * The field a second factor is typed into — a six-digit code from the authenticator app, or a recovery code — for the
 * sign-in's second step and the step-up dialog. A fresh input for each kind, so the browser's one-time-code autofill
 * and the numeric keyboard follow the choice.
 */
export function SecondFactorField({
  id,
  byRecoveryCode,
  value,
  onChange,
  error,
}: {
  id: string;
  byRecoveryCode: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const m = useLocalized(authMessages).auth;
  return (
    <FormField id={id} label={byRecoveryCode ? m.recoveryCode : m.code} hint={byRecoveryCode ? m.recoveryCodeHint : m.codeHint} error={error}>
      <TextInput
        id={id}
        key={byRecoveryCode ? 'recovery' : 'code'}
        autoComplete="one-time-code"
        inputMode={byRecoveryCode ? 'text' : 'numeric'}
        autoCapitalize="off"
        spellCheck={false}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="font-mono tracking-widest"
        data-autofocus
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: true, error })}
      />
    </FormField>
  );
}
