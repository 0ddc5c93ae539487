import type { Instance } from '@cvm/shared';
import { useSignedInUser } from '../../../../api/session.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { RefusalHints, useRefusalHints } from '../../../../components/ui/refusal-hints.tsx';
import { useT } from '../../../../i18n/use-t.ts';
import { INSTANCE_ACTIONS } from '../../actions/index.ts';
import type { InstanceAction } from '../../actions/instance-action.ts';
import { refusalOf } from '../../actions/refusal.ts';
import type { OpenActionDialog } from './use-action-dialog.tsx';

interface ActionButtonsProps {
  instances: Instance[];
  /** True in the detail panel (one instance on its own): reasons say "this one". */
  single: boolean;
  onOpen: OpenActionDialog;
  /** Which actions: the lifecycle ones unless told otherwise (the detail panel adds the changes). */
  actions?: readonly InstanceAction[];
  /** Names the buttons as a group, when there is more than one group. */
  label?: string;
}

/**
 * Start, Stop, Reboot and Terminate (or the changes) as buttons, each enabled only when every instance allows it and the person's
 * role does. A refused button stays focusable (aria-disabled) with its reason as its title and description, and
 * the reasons are also listed in words under the buttons.
 */
export function ActionButtons({ instances, single, onOpen, actions = INSTANCE_ACTIONS, label }: ActionButtonsProps) {
  const t = useT();
  const user = useSignedInUser();
  const rows = actions.map((action) => ({ action, reason: refusalOf(action, instances, user.role, t, single) }));
  // "Select something first" goes without saying next to "No instances selected", so it stays in the buttons' titles only.
  const { hints, hintIdFor } = useRefusalHints(
    rows.map(({ action, reason }) => ({ label: action.label(t), reason: reason === t.actions.nothingSelected ? undefined : reason })),
  );

  return (
    <div className="min-w-0" role={label ? 'group' : undefined} aria-label={label}>
      <div className="flex flex-wrap items-center gap-2">
        {rows.map(({ action, reason }) => {
          const Icon = action.icon;
          return (
            <Button
              key={action.id}
              variant="secondary"
              aria-disabled={reason ? true : undefined}
              aria-describedby={hintIdFor(reason)}
              title={reason}
              onClick={() => {
                if (!reason) onOpen(action, instances);
              }}
              className={action.danger && !reason ? 'text-red-700 dark:text-red-300' : undefined}
            >
              <Icon />
              {action.label(t)}
            </Button>
          );
        })}
      </div>
      <RefusalHints hints={hints} />
    </div>
  );
}
