import { ess, roleAllows } from '@cvm/shared';
import { useId } from 'react';
import { useSignedInUser } from '../../../api/session.ts';
import { Button } from '../../../components/ui/button.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { scalingMessages } from '../messages.ts';

/**
 * "Attach instances": opens the dialog. Refused to roles below the catalog's least role for ESS AttachInstances, yet
 * focusable, with the reason as its description and tooltip (as the console's other role-refused buttons do).
 */
export function AttachButton({ onOpen }: { onOpen: () => void }) {
  const m = useLocalized(scalingMessages);
  const t = useT();
  const user = useSignedInUser();
  const reasonId = useId();
  const reason = roleAllows(user.role, ess.AttachInstances.minRole) ? undefined : t.actions.needsRole(ess.AttachInstances.minRole);
  return (
    <>
      <Button
        variant="primary"
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason}
        onClick={() => {
          if (!reason) onOpen();
        }}
      >
        <PlusIcon />
        {m.attach}
      </Button>
      {reason && (
        <span id={reasonId} className="text-xs text-fg-muted">
          {reason}
        </span>
      )}
    </>
  );
}
