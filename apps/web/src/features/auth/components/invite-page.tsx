import { useState, type FormEvent } from 'react';
import { toConsoleError } from '../../../api/console-error.ts';
import { PATHS } from '../../../app/paths.ts';
import { PublicLayout } from '../../../app/public-layout.tsx';
import { navigate } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { authMessages } from '../messages.ts';
import { useAcceptInvitation, useInvitation } from '../api/invitations.ts';
import { ConsolePasswordFields } from './console-password-fields.tsx';

/** The token travels in the fragment (/invite#<token>), which browsers never send to a server or in a Referer. */
function tokenFromHash(): string | undefined {
  const token = decodeURIComponent(window.location.hash.slice(1)).trim();
  return token.length >= 10 ? token : undefined;
}

/** An invited person opens their one-time link, sees who it is for, and chooses a password; then they are signed in. */
export default function InvitePage() {
  const m = useLocalized(authMessages);
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const accept = useAcceptInvitation();
  // Once accepted the link is used up: looking it up again would only say so, while the page moves on.
  const invitation = useInvitation(accept.isSuccess ? undefined : token);
  const error = accept.isError ? toConsoleError(accept.error) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!token || accept.isPending) return;
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    accept.mutate({ token, password }, { onSuccess: () => navigate(PATHS.instances, 'replace') });
  };

  if (!token) {
    return (
      <PublicLayout title={m.auth.inviteInvalid}>
        <FormAlert>{m.auth.inviteMissing}</FormAlert>
      </PublicLayout>
    );
  }
  if (invitation.isError) {
    return (
      <PublicLayout title={m.auth.inviteInvalid}>
        <FormAlert>{toConsoleError(invitation.error).message}</FormAlert>
      </PublicLayout>
    );
  }
  if (!invitation.data) {
    return (
      <PublicLayout title={m.auth.inviteChecking}>
        <Spinner label={m.auth.inviteChecking} />
      </PublicLayout>
    );
  }

  const person = invitation.data;
  return (
    <PublicLayout title={m.auth.inviteTitle(person.displayName || person.username)} subtitle={m.auth.inviteSubtitle(person.username)}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error && !error.field && <FormAlert>{error.message}</FormAlert>}
        {/* Lets password managers file the new password under the right username. */}
        <input type="text" name="username" autoComplete="username" value={person.username} readOnly hidden />
        <ConsolePasswordFields
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          passwordError={error?.field === 'password' ? error.message : undefined}
          confirmError={mismatch ? m.auth.passwordsDiffer : undefined}
        />
        <Button type="submit" variant="primary" className="h-9 w-full" disabled={accept.isPending}>
          {accept.isPending ? m.auth.accepting : m.auth.acceptInvitation}
        </Button>
      </form>
    </PublicLayout>
  );
}
