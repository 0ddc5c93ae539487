import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { toConsoleError } from '../../../api/console-error.ts';
import { sessionKey } from '../../../api/session.ts';
import { PublicLayout } from '../../../app/public-layout.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { authMessages } from '../messages.ts';
import { useCompleteSetup } from '../api/complete-setup.ts';
import { ConsolePasswordFields } from './console-password-fields.tsx';

type Field = 'setupToken' | 'username' | 'displayName';
type ErrorField = Field | 'password' | 'confirm';

/**
 * First run: the person who started the server proves it with the setup token from the server's log, and becomes
 * the first administrator. Refusals are shown beside the field they are about.
 */
export default function SetupPage() {
  const m = useLocalized(authMessages);
  const client = useQueryClient();
  const ids = { setupToken: useId(), username: useId(), displayName: useId() };
  const [values, setValues] = useState({ setupToken: '', username: '', displayName: '', password: '', confirm: '' });
  const [mismatch, setMismatch] = useState(false);
  // Required fields checked here, in words, before anything is sent (the server's own check would name the schema).
  const [missing, setMissing] = useState<Partial<Record<'setupToken' | 'username', true>>>({});
  // The values the last refusal was about: a field's refusal is shown until that field is changed.
  const [sent, setSent] = useState(values);
  const setup = useCompleteSetup();
  const error = setup.isError ? toConsoleError(setup.error) : undefined;

  const fieldErrors: Partial<Record<ErrorField, string>> = {};
  const unchanged = (field: ErrorField) => values[field] === sent[field];
  if (error?.code === 'InvalidSetupToken') {
    if (unchanged('setupToken')) fieldErrors.setupToken = m.auth.invalidSetupToken;
  } else if ((error?.field === 'password' || (error?.field !== undefined && Object.hasOwn(ids, error.field))) && unchanged(error.field as ErrorField)) {
    fieldErrors[error.field as ErrorField] = error.message;
  }
  if (missing.setupToken && !values.setupToken.trim()) fieldErrors.setupToken = m.auth.setupTokenMissing;
  if (missing.username && !values.username.trim()) fieldErrors.username = m.auth.usernameMissing;
  if (mismatch) fieldErrors.confirm = m.auth.passwordsDiffer;
  const formError = error && !error.field && error.code !== 'InvalidSetupToken' ? error : undefined;

  const set = (field: Field) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (setup.isPending) return;
    const absent = { ...(values.setupToken.trim() ? {} : { setupToken: true as const }), ...(values.username.trim() ? {} : { username: true as const }) };
    setMissing(absent);
    const firstMissing = absent.setupToken ? 'setupToken' : absent.username ? 'username' : undefined;
    if (firstMissing) {
      document.getElementById(ids[firstMissing])?.focus();
      return;
    }
    if (values.password !== values.confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setSent(values);
    const displayName = values.displayName.trim();
    setup.mutate(
      { setupToken: values.setupToken.trim(), username: values.username.trim().toLowerCase(), password: values.password, ...(displayName ? { displayName } : {}) },
      {
        onError: (failure) => {
          const e = toConsoleError(failure);
          // Someone finished the setup meanwhile: the session says so, and the app moves on to sign-in.
          if (e.code === 'SetupAlreadyDone') void client.invalidateQueries({ queryKey: sessionKey });
          const field = e.code === 'InvalidSetupToken' ? 'setupToken' : e.field;
          if (field && Object.hasOwn(ids, field)) document.getElementById(ids[field as Field])?.focus();
        },
      },
    );
  };

  const control = (field: Field, hint?: string) => ({
    id: ids[field],
    value: values[field],
    onChange: set(field),
    'aria-invalid': fieldErrors[field] ? true : undefined,
    'aria-describedby': describedBy(ids[field], { hint, error: fieldErrors[field] }),
  });

  return (
    <PublicLayout title={m.auth.setupTitle} subtitle={m.auth.setupSubtitle}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {formError && (
          <FormAlert>
            <p className="font-medium">{formError.code === 'SetupAlreadyDone' ? m.auth.setupDone : formError.message}</p>
          </FormAlert>
        )}
        <FormField id={ids.setupToken} label={m.auth.setupToken} hint={m.auth.setupTokenHint} error={fieldErrors.setupToken}>
          <TextInput {...control('setupToken', m.auth.setupTokenHint)} autoComplete="off" spellCheck={false} required autoFocus className="font-mono" />
        </FormField>
        <FormField id={ids.username} label={m.auth.username} hint={m.auth.usernameHint} error={fieldErrors.username}>
          <TextInput {...control('username', m.auth.usernameHint)} autoComplete="username" autoCapitalize="off" spellCheck={false} required />
        </FormField>
        <FormField id={ids.displayName} label={m.auth.displayName} hint={m.auth.displayNameHint} error={fieldErrors.displayName}>
          <TextInput {...control('displayName', m.auth.displayNameHint)} autoComplete="name" />
        </FormField>
        <ConsolePasswordFields
          password={values.password}
          confirm={values.confirm}
          onPasswordChange={(password) => setValues((v) => ({ ...v, password }))}
          onConfirmChange={(confirm) => setValues((v) => ({ ...v, confirm }))}
          passwordError={fieldErrors.password}
          confirmError={fieldErrors.confirm}
        />
        <Button type="submit" variant="primary" className="h-9 w-full" disabled={setup.isPending}>
          {setup.isPending ? m.auth.creating : m.auth.createAdmin}
        </Button>
      </form>
    </PublicLayout>
  );
}
