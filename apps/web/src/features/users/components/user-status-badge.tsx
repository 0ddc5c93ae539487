import type { ConsoleUser } from '@cvm/shared';
import { Badge } from '../../../components/ui/badge.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { usersMessages } from '../messages.ts';

/** Active, Disabled, or Invited (has not chosen a password yet). Disabled wins: an invited person can be disabled too. */
export function UserStatusBadge({ user }: { user: ConsoleUser }) {
  const m = useLocalized(usersMessages);
  if (user.disabled)
    return (
      <Badge tone="neutral" dot>
        {m.status.disabled}
      </Badge>
    );
  if (!user.passwordSet)
    return (
      <Badge tone="info" dot title={m.invitedHint}>
        {m.status.invited}
      </Badge>
    );
  return (
    <Badge tone="success" dot>
      {m.status.active}
    </Badge>
  );
}
