import type { Instance } from '@cvm/shared';
import { useSignedInUser } from '../../../../api/session.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { RefusalHints, useRefusalHints } from '../../../../components/ui/refusal-hints.tsx';
import { useT } from '../../../../i18n/use-t.ts';
import type { InstanceAction } from '../../actions/instance-action.ts';
import { refusalOf, splitBatch } from '../../actions/refusal.ts';
import { INSTANCE_ACTIONS } from '../../actions/instance-actions.ts';
import { actionGroupsIn } from '../../../../actions/collect-actions.ts';
import type { ActionGroup, Placement } from '../../../../actions/ui-action.ts';
import type { Messages } from '../../../../i18n/en.ts';
import type { OpenActionDialog } from './use-action-dialog.tsx';
import { ChevronDownIcon } from '../../../../components/ui/icons.tsx';
import { InstanceActionMenu } from './instance-action-menu.tsx';

interface ActionButtonsProps {
  instances: Instance[];
  /** True in the detail panel (one instance on its own): reasons say "this one". */
  single: boolean;
  onOpen: OpenActionDialog;
  /** Which actions: one group of those offered where the buttons stand (see ActionGroups). */
  actions: readonly InstanceAction[];
  /** Names the buttons as a group, when there is more than one group. */
  label?: string;
  /** The reasons a button is refused only as its title and description, not as lines under the buttons. */
  quietHints?: boolean;
}

/**
 * A group of actions (Start, Stop, Reboot and Terminate; the changes; Batch) as buttons. In the detail panel each is
 * enabled when the instance allows it; over ticked rows, when at least one does (the button says how many of the
 * ticked it will touch, and the confirmation lists the skipped with why); always only if the person's role allows. A refused button stays focusable (aria-disabled) with its reason as its title and description, and
 * the reasons are also listed in words under the buttons.
 */
export function ActionButtons({ instances, single, onOpen, actions, label, quietHints = false }: ActionButtonsProps) {
  const t = useT();
  const user = useSignedInUser();
  // On one instance an action is allowed or not; on a batch it runs on the instances it is allowed for and says which
  // it skips (the role and rules about the batch as a whole still refuse it).
  const rows = actions.map((action) => {
    if (single) return { action, reason: refusalOf(action, instances, user.role, t, true), eligible: instances, skipped: [] };
    const split = splitBatch(action, instances, user.role, t);
    return { action, reason: split.refusal, eligible: split.eligible, skipped: split.skipped };
  });
  // "Select something first" goes without saying next to "No instances selected", so it stays in the buttons' titles only.
  const { hints, hintIdFor } = useRefusalHints(rows.map(({ action, reason }) => ({ label: action.label(t), reason: reason === t.actions.nothingSelected ? undefined : reason })));

  return (
    <div className="min-w-0" role={label ? 'group' : undefined} aria-label={label}>
      <div className="flex flex-wrap items-center gap-2">
        {rows.map(({ action, reason, eligible, skipped }) => {
          const Icon = action.icon;
          const partial = !reason && skipped.length > 0;
          return (
            <Button
              key={action.id}
              variant="secondary"
              aria-disabled={reason ? true : undefined}
              aria-describedby={hintIdFor(reason)}
              title={reason ?? (partial ? t.actions.skips(skipped.length, skipped.map((s) => s.reason).join('; ')) : undefined)}
              onClick={() => {
                if (!reason) onOpen(action, eligible, skipped);
              }}
              className={action.danger && !reason ? 'text-red-700 dark:text-red-300' : undefined}
            >
              {Icon && <Icon />}
              {partial ? t.actions.someOf(action.label(t), eligible.length, instances.length) : action.label(t)}
            </Button>
          );
        })}
      </div>
      <RefusalHints hints={hints} quiet={quietHints} />
    </div>
  );
}

/**
 * Every action offered in `placement`, as one row of buttons per group (the lifecycle ones unlabelled, the others
 * named), from the action files: the list's toolbar.
 */
export function ActionGroups({ instances, single, onOpen, placement }: Omit<ActionButtonsProps, 'actions' | 'label'> & { placement: Placement }) {
  const t = useT();
  return actionGroupsIn(INSTANCE_ACTIONS, placement).map(({ group, actions }) => (
    <ActionButtons key={group} instances={instances} single={single} onOpen={onOpen} actions={actions} label={groupLabel(t, group)} />
  ));
}

/** A group's name where it stands beside others; the lifecycle actions go without one. */
export function groupLabel(t: Messages, group: ActionGroup): string | undefined {
  if (group === 'change') return t.actions.changeGroup;
  if (group === 'handover') return t.batch.group;
  if (group === 'observe') return t.actions.observeGroup;
  return undefined;
}

/**
 * The detail panel's actions as the Tencent console lays them out: the everyday ones (log in, start, stop, reboot) as
 * buttons, every other one in a "More actions" menu by group, each refused item with its reason as its description —
 * nothing between the heading and the tabs but one row.
 */
export function DetailActions({ instance, onOpen }: { instance: Instance; onOpen: OpenActionDialog }) {
  const t = useT();
  const everyday = actionGroupsIn(INSTANCE_ACTIONS, 'detail').flatMap(({ actions }) => actions.filter((action) => action.everyday));
  return (
    <div className="flex flex-wrap items-start gap-2">
      <ActionButtons instances={[instance]} single onOpen={onOpen} actions={everyday} quietHints />
      <InstanceActionMenu
        instance={instance}
        onOpen={onOpen}
        placement="detail"
        without={(action) => action.everyday === true}
        label={t.actions.moreActions}
        buttonClassName="h-8 gap-1.5 border border-line px-3 text-sm font-medium text-fg"
      >
        {t.actions.moreActions}
        <ChevronDownIcon className="text-fg-subtle" />
      </InstanceActionMenu>
    </div>
  );
}
