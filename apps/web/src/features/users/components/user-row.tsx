import { useId } from 'react';
import { ROLE_ORDER, type ConsoleUser, type Role } from '@cvm/shared';
import { Button } from '../../../components/ui/button.tsx';
import { Td } from '../../../components/ui/data-table.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { usersMessages } from '../messages.ts';
import { UserStatusBadge } from './user-status-badge.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';

interface UserRowProps {
  user: ConsoleUser;
  isSelf: boolean;
  busy: boolean;
  onRoleChange: (user: ConsoleUser, role: Role) => void;
  onToggleDisabled: (user: ConsoleUser) => void;
  onNewLink: (user: ConsoleUser) => void;
}

/** One person: their role as a select (changed at once), disable/enable (confirmed first) and a new invitation link. */
export function UserRow({ user, isSelf, busy, onRoleChange, onToggleDisabled, onNewLink }: UserRowProps) {
  const t = useT();
  const m = useLocalized(usersMessages);
  const roleId = useId();
  return (
    <tr>
      <Td className="font-mono text-xs">
        {user.username} {isSelf && <span className="font-sans text-fg-subtle">{m.you}</span>}
      </Td>
      <Td>{user.displayName}</Td>
      <Td>
        <label htmlFor={roleId} className="sr-only">
          {m.roleFor(user.username)}
        </label>
        <Select id={roleId} value={user.role} disabled={busy} onChange={(event) => onRoleChange(user, event.target.value as Role)} className="w-36">
          {ROLE_ORDER.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </Select>
      </Td>
      <Td>
        <UserStatusBadge user={user} />
      </Td>
      <Td className="whitespace-nowrap tabular-nums">
        <Timestamp value={user.createdAt} />
      </Td>
      <Td>
        <div className="flex justify-end gap-2">
          <Button aria-label={m.newLinkNamed(user.username)} title={m.newLinkNamed(user.username)} disabled={busy || user.disabled} onClick={() => onNewLink(user)}>
            {m.newLink}
          </Button>
          <Button
            aria-label={user.disabled ? m.enableNamed(user.username) : m.disableNamed(user.username)}
            disabled={busy}
            onClick={() => onToggleDisabled(user)}
            className={user.disabled ? undefined : 'text-red-700 dark:text-red-300'}
          >
            {user.disabled ? m.enable : m.disable}
          </Button>
        </div>
      </Td>
    </tr>
  );
}
