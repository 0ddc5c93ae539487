import { useState } from 'react';
import type { ConsoleUser, Role } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DataTable, HeaderRow, Th } from '../../../components/ui/data-table.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { SsoSettingsCard } from './sso-settings-card.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useUsers } from '../api/list-users.ts';
import { useNewInvitation } from '../api/new-invitation.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { usersMessages } from '../messages.ts';
import { AddPersonDialog } from './add-person-dialog.tsx';
import { InvitationLinkDialog } from './invitation-link-dialog.tsx';
import { UserRow } from './user-row.tsx';

type OpenDialog = { kind: 'add' } | { kind: 'toggle'; user: ConsoleUser } | { kind: 'link'; user: ConsoleUser; path: string };

/** /admin/users: who can sign in, their roles, invitations and disabling. Admins only (the route checks the role). */
export default function UsersPage() {
  const m = useLocalized(usersMessages);
  const me = useSignedInUser();
  const users = useUsers();
  const update = useUpdateUser();
  const invite = useNewInvitation();
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<{ username: string; error: unknown }>();
  const close = () => setDialog(undefined);

  const patch = (user: ConsoleUser, change: { role?: Role; disabled?: boolean }, onDone?: () => void) => {
    setFailure(undefined);
    setNotice(undefined);
    update.mutate({ id: user.id, patch: change }, { onSuccess: onDone, onError: (error) => (onDone ? undefined : setFailure({ username: user.username, error })) });
  };

  const newLink = (user: ConsoleUser) => {
    setFailure(undefined);
    invite.mutate(user.id, {
      onSuccess: ({ invitationUrl }) => setDialog({ kind: 'link', user, path: invitationUrl }),
      onError: (error) => setFailure({ username: user.username, error }),
    });
  };

  return (
    <>
      <PageHeading
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
            <PlusIcon />
            {m.add}
          </Button>
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      {failure && <ErrorPanel className="mb-4" error={failure.error} title={m.changeFailed(failure.username)} />}

      <QueryPanel query={users} loadFailed={m.loadFailed} empty={m.empty}>
        {(list) => (
          <DataTable label={m.tableLabel}>
            <HeaderRow>
              <Th>{m.columns.username}</Th>
              <Th>{m.columns.displayName}</Th>
              <Th>{m.columns.role}</Th>
              <Th>{m.columns.status}</Th>
              <Th>{m.columns.created}</Th>
              <Th className="text-right">{m.columns.actions}</Th>
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  isSelf={user.id === me.id}
                  busy={(update.isPending && update.variables?.id === user.id) || (invite.isPending && invite.variables === user.id)}
                  onRoleChange={(u, role) => patch(u, { role })}
                  onToggleDisabled={(u) => setDialog({ kind: 'toggle', user: u })}
                  onNewLink={newLink}
                />
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      <SsoSettingsCard />

      {dialog?.kind === 'add' && (
        <AddPersonDialog
          onClose={close}
          onAdded={(username) => {
            close();
            setNotice(m.added(username));
          }}
        />
      )}
      {dialog?.kind === 'toggle' && (
        <ConfirmDialog
          title={dialog.user.disabled ? m.enableTitle(dialog.user.username) : m.disableTitle(dialog.user.username)}
          confirmLabel={dialog.user.disabled ? m.enable : m.disable}
          danger={!dialog.user.disabled}
          pending={update.isPending}
          error={update.isError ? update.error : undefined}
          errorTitle={m.changeFailed(dialog.user.username)}
          onClose={() => {
            update.reset();
            close();
          }}
          onConfirm={() => patch(dialog.user, { disabled: !dialog.user.disabled }, close)}
        >
          <p>{dialog.user.disabled ? m.enableBody : m.disableBody}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'link' && <InvitationLinkDialog username={dialog.user.username} path={dialog.path} onClose={close} />}
    </>
  );
}
