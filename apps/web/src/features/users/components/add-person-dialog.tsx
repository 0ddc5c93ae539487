import { useId, useState, type FormEvent } from 'react';
import { ROLE_ORDER, type Role } from '@cvm/shared';
import { toConsoleError } from '../../../api/console-error.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useCreateUser, type CreateUserResult } from '../api/create-user.ts';
import { usersMessages } from '../messages.ts';
import { InvitationLinkDialog } from './invitation-link-dialog.tsx';

type FirstSignIn = 'invite' | 'password';

/**
 * "Add person": username, display name, role, and how they first sign in — an invitation link (shown here once
 * created, to copy) or a first password the admin sets. `onAdded` reports a person added with a password.
 */
export function AddPersonDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (username: string) => void }) {
  const t = useT();
  const m = useLocalized(usersMessages);
  const titleId = useId();
  const ids = { username: useId(), displayName: useId(), role: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [firstSignIn, setFirstSignIn] = useState<FirstSignIn>('invite');
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<CreateUserResult>();
  const create = useCreateUser();
  const error = create.isError ? toConsoleError(create.error) : undefined;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const name = displayName.trim();
    create.mutate(
      {
        username: username.trim().toLowerCase(),
        role,
        ...(name ? { displayName: name } : {}),
        ...(firstSignIn === 'password' ? { password } : {}),
      },
      {
        onSuccess: (result) => {
          if (result.invitationUrl) setCreated(result);
          else onAdded(result.user.username);
        },
      },
    );
  };

  if (created?.invitationUrl) return <InvitationLinkDialog username={created.user.username} path={created.invitationUrl} onClose={onClose} />;

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col" noValidate>
        <DialogHeader id={titleId} title={m.addTitle} />
        <DialogBody>
          <FormField id={ids.username} label={m.username} hint={m.usernameHint} error={fieldError('username')}>
            <TextInput
              id={ids.username}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              required
              data-autofocus
              aria-invalid={fieldError('username') ? true : undefined}
              aria-describedby={describedBy(ids.username, { hint: true, error: fieldError('username') })}
            />
          </FormField>
          <FormField id={ids.displayName} label={m.displayName} error={fieldError('displayName')}>
            <TextInput id={ids.displayName} value={displayName} onChange={(event) => setDisplayName(event.target.value)} autoComplete="off" />
          </FormField>
          <FormField id={ids.role} label={m.role} hint={m.roleHelp[role]}>
            <Select id={ids.role} value={role} onChange={(event) => setRole(event.target.value as Role)} aria-describedby={`${ids.role}-hint`}>
              {ROLE_ORDER.map((r) => (
                <option key={r} value={r}>
                  {t.roles[r]}
                </option>
              ))}
            </Select>
          </FormField>
          <ChoiceGroup
            legend={m.firstSignIn}
            value={firstSignIn}
            onChange={setFirstSignIn}
            choices={[
              { value: 'invite', label: m.sendInvitation, hint: m.sendInvitationHint },
              { value: 'password', label: m.setPassword, hint: m.setPasswordHint },
            ]}
          />
          {firstSignIn === 'password' && (
            <FormField id={ids.password} label={m.firstPassword} hint={m.passwordHint} error={fieldError('password')}>
              <PasswordInput
                id={ids.password}
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-invalid={fieldError('password') ? true : undefined}
                aria-describedby={describedBy(ids.password, { hint: true, error: fieldError('password') })}
              />
            </FormField>
          )}
          {error && !error.field && <ErrorPanel error={error} title={m.addFailed} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending && <Spinner />}
            {create.isPending ? m.adding : m.addButton}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
