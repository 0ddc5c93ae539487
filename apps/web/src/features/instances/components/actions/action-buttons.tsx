import { useId } from 'react';
import type { Instance } from '@cvm/shared';
import { useSignedInUser } from '../../../../api/session.ts';
import { Button } from '../../../../components/ui/button.tsx';
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
  const hintsId = useId();
  const rows = actions.map((action) => ({ action, reason: refusalOf(action, instances, user.role, t, single) }));
  // One line per distinct reason ("Start, Stop, Reboot: Needs the operator role"); "select something first" goes
  // without saying next to "No instances selected", so it stays in the buttons' titles only.
  const hints = [...new Set(rows.map((row) => row.reason).filter((r): r is string => Boolean(r) && r !== t.actions.nothingSelected))].map(
    (reason, index) => ({
      id: `${hintsId}-${index}`,
      reason,
      labels: rows.filter((row) => row.reason === reason).map((row) => row.action.label(t)),
    }),
  );
  const hintIdFor = (reason: string | undefined) => hints.find((hint) => hint.reason === reason)?.id;

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
      {hints.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-xs text-fg-muted">
          {hints.map((hint) => (
            <li key={hint.id} id={hint.id}>
              {t.actions.hint(hint.labels.join(t.actions.listSeparator), hint.reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
