import { cvm, roleAllows } from '@cvm/shared';
import { useId } from 'react';
import { useSignedInUser } from '../../../api/session.ts';
import { createInstancesPath } from '../../../app/paths.ts';
import { navigate } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** Why this person cannot buy instances (cvm.RunInstances' least role), or undefined when they can. */
export function useCreateRefusal(): string | undefined {
  const t = useT();
  const user = useSignedInUser();
  return roleAllows(user.role, cvm.RunInstances.minRole) ? undefined : t.actions.needsRole(cvm.RunInstances.minRole);
}

/**
 * "Create instances" on the list: opens the wizard ("Create similar" is in each instance's menus).
 * Refused to roles below the catalog's least role for cvm.RunInstances, focusable, with the reason as its description.
 */
export function CreateInstancesButton() {
  const t = useT();
  const reason = useCreateRefusal();
  const reasonId = useId();
  return (
    <>
      <Button
        variant="primary"
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason}
        onClick={() => {
          if (!reason) navigate(createInstancesPath());
        }}
      >
        <PlusIcon />
        {t.instances.create}
      </Button>
      {reason && (
        <span id={reasonId} className="sr-only">
          {reason}
        </span>
      )}
    </>
  );
}
