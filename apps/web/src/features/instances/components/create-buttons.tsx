import { cvm, roleAllows, type Instance } from '@cvm/shared';
import { useId } from 'react';
import { useSignedInUser } from '../../../api/session.ts';
import { createInstancesPath } from '../../../app/paths.ts';
import { navigate } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CopyIcon, PlusIcon } from '../../../components/ui/icons.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** Why this person cannot buy instances (cvm.RunInstances' least role), or undefined when they can. */
export function useCreateRefusal(): string | undefined {
  const t = useT();
  const user = useSignedInUser();
  return roleAllows(user.role, cvm.RunInstances.minRole) ? undefined : t.actions.needsRole(cvm.RunInstances.minRole);
}

/**
 * "Create instances" on the list, or "Create similar" for one instance: opens the wizard (filled in from `from`).
 * Refused to roles below the catalog's least role for cvm.RunInstances, focusable, with the reason as its description.
 */
export function CreateInstancesButton({ from, variant = 'primary' }: { from?: Instance; variant?: 'primary' | 'secondary' }) {
  const t = useT();
  const reason = useCreateRefusal();
  const reasonId = useId();
  const Icon = from ? CopyIcon : PlusIcon;
  return (
    <>
      <Button
        variant={variant}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason}
        onClick={() => {
          if (!reason) navigate(createInstancesPath(from?.InstanceId));
        }}
      >
        <Icon />
        {from ? t.actions.createSimilar : t.instances.create}
      </Button>
      {reason && (
        <span id={reasonId} className="sr-only">
          {reason}
        </span>
      )}
    </>
  );
}
