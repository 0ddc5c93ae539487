import { useId, useState, type FormEvent } from 'react';
import { toConsoleError } from '../../../api/console-error.ts';
import { useMeta } from '../../../api/meta.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DetailItem, DetailList } from '../../../components/ui/description-list.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert, FormSuccess } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { authMessages } from '../messages.ts';
import { useChangePassword } from '../api/change-password.ts';
import { useSignOutEverywhere } from '../api/sign-out-everywhere.ts';
import { ApiTokensCard } from './api-tokens-card.tsx';
import { TwoFactorCard } from './two-factor-card.tsx';
import { ConsolePasswordFields } from './console-password-fields.tsx';

function ChangePasswordForm() {
  const m = useLocalized(authMessages);
  const currentId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useChangePassword();
  const error = change.isError ? toConsoleError(change.error) : undefined;
  const currentError = error?.field === 'currentPassword' ? error.message : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    if (next !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      {change.isSuccess && <FormSuccess>{m.profile.passwordChanged}</FormSuccess>}
      {error && !error.field && <FormAlert>{error.message}</FormAlert>}
      <FormField id={currentId} label={m.profile.currentPassword} error={currentError}>
        <PasswordInput
          id={currentId}
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          aria-invalid={currentError ? true : undefined}
          aria-describedby={describedBy(currentId, { error: currentError })}
        />
      </FormField>
      <ConsolePasswordFields
        password={next}
        confirm={confirm}
        onPasswordChange={setNext}
        onConfirmChange={setConfirm}
        passwordLabel={m.profile.newPassword}
        confirmLabel={m.profile.confirmNewPassword}
        passwordError={error?.field === 'newPassword' ? error.message : undefined}
        confirmError={mismatch ? m.auth.passwordsDiffer : undefined}
      />
      <Button type="submit" variant="primary" disabled={change.isPending}>
        {change.isPending ? m.profile.saving : m.profile.savePassword}
      </Button>
    </form>
  );
}

/** "Your account": who you are signed in as, a password change, signing out on every device, and about the console. */
export default function ProfilePage() {
  const t = useT();
  const m = useLocalized(authMessages);
  const user = useSignedInUser();
  const everywhere = useSignOutEverywhere();
  const meta = useMeta().data;

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={m.profile.title} subtitle={m.profile.subtitle} />
      <Card title={m.profile.details}>
        <DetailList>
          <DetailItem label={m.profile.username} mono>
            {user.username}
          </DetailItem>
          <DetailItem label={m.profile.displayName}>{user.displayName}</DetailItem>
          <DetailItem label={m.profile.role}>{t.roles[user.role]}</DetailItem>
        </DetailList>
      </Card>
      <Card title={m.profile.changePassword} description={m.profile.changePasswordHint}>
        <ChangePasswordForm />
      </Card>
      <Card title={m.profile.sessions} description={m.profile.signOutEverywhereHint}>
        {everywhere.isError && <ErrorPanel error={everywhere.error} className="mb-4" />}
        <Button onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          {m.profile.signOutEverywhere}
        </Button>
      </Card>
      <TwoFactorCard />
      <ApiTokensCard />
      {meta && (
        <Card title={m.profile.about}>
          <DetailList>
            <DetailItem label={m.profile.version} mono>
              {meta.version}
            </DetailItem>
            <DetailItem label={m.profile.runsOn}>{meta.mode === 'emulator' ? m.profile.runsOnEmulator : m.profile.runsOnCloud}</DetailItem>
            <DetailItem label={m.profile.licence}>{m.profile.licenceText}</DetailItem>
          </DetailList>
        </Card>
      )}
    </div>
  );
}
