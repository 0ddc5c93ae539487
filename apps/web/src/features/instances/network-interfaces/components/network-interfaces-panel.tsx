import { Suspense, useState } from 'react';
import type { Instance } from '@cvm/shared';
import { refusalOf } from '../../../../actions/action-refusal.ts';
import { actionGroupsIn } from '../../../../actions/collect-actions.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../../api/session.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { RefusalHints, useRefusalHints } from '../../../../components/ui/refusal-hints.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { targetName, type InterfaceAction, type InterfaceTarget } from '../actions/interface-action.ts';
import { INTERFACE_ACTIONS } from '../actions/interface-actions.ts';
import { useInstanceInterfaces } from '../api/describe-network-interfaces.ts';
import { useInterfaceTasks } from '../api/use-interface-tasks.ts';
import { interfaceMessages } from '../messages.ts';
import { interfaceRows } from '../state/interface-rows.ts';
import { InterfaceTable } from './interface-table.tsx';
import { TaskList } from './task-list.tsx';

const TOOLBAR = actionGroupsIn(INTERFACE_ACTIONS, 'toolbar').flatMap(({ actions }) => actions);
const ROW = actionGroupsIn(INTERFACE_ACTIONS, 'row').flatMap(({ actions }) => actions);

interface NetworkInterfacesPanelProps {
  scope: CloudScope;
  instance: Instance;
}

/**
 * The instance detail's "Network interfaces" tab: the interfaces bound to the instance (DescribeNetworkInterfaces by
 * attachment.instance-id), the tasks under way, and the actions of actions/*.action.ts — create and bind on the toolbar,
 * unbind on each elastic interface's row. Each is offered only when the person's role (the catalog's least role for its
 * action) and the instance's state allow it, and says why not otherwise. Loaded the first time the tab opens.
 */
export default function NetworkInterfacesPanel({ scope, instance }: NetworkInterfacesPanelProps) {
  const m = useLocalized(interfaceMessages);
  const t = useT();
  const user = useSignedInUser();
  const { tasks, following, track, checkAgain, dismiss } = useInterfaceTasks(scope);
  const list = useInstanceInterfaces(scope, instance.InstanceId, following);
  const [open, setOpen] = useState<{ action: InterfaceAction; target: InterfaceTarget } | null>(null);

  const reasonFor = (action: InterfaceAction, target: InterfaceTarget) => refusalOf(action, [target], user.role, t, targetName, true);
  const interfaces = list.data?.NetworkInterfaceSet ?? [];
  const { elastic } = interfaceRows(interfaces);
  const toolbar = TOOLBAR.map((action) => ({ action, reason: reasonFor(action, { instance }) }));
  // One line per distinct reason ("Create network interface, Bind network interface: Needs the operator role"), which
  // the refused buttons are also described by. A row action's reason is listed once while some row shows it.
  const rowReasons = ROW.flatMap((action) => {
    const reasons = elastic.map((eni) => reasonFor(action, { instance, eni }));
    return reasons.some(Boolean) ? [{ label: action.label(t), reason: reasons.find(Boolean) }] : [];
  });
  const { hints, hintIdFor } = useRefusalHints([...toolbar.map(({ action, reason }) => ({ label: action.label(t), reason })), ...rowReasons]);

  return (
    <div className="space-y-4 px-6 py-5">
      <p className="text-sm text-fg-muted">{m.intro}</p>

      <div role="group" aria-label={m.toolbarLabel}>
        <div className="flex flex-wrap items-center gap-2">
          {toolbar.map(({ action, reason }) => {
            const Icon = action.icon;
            return (
              <Button
                key={action.id}
                variant={action.prominent ? 'primary' : 'secondary'}
                aria-disabled={reason ? true : undefined}
                aria-describedby={hintIdFor(reason)}
                title={reason}
                onClick={() => {
                  if (!reason) setOpen({ action, target: { instance } });
                }}
              >
                {Icon && <Icon />}
                {action.label(t)}
              </Button>
            );
          })}
          {list.isFetching && list.data && <Spinner className="text-fg-subtle" />}
        </div>
        <RefusalHints hints={hints} />
      </div>

      <TaskList tasks={tasks} checkAgain={checkAgain} dismiss={dismiss} />

      {list.isError && <ErrorPanel error={list.error} title={m.loadFailed} onRetry={() => void list.refetch()} />}
      {list.data ? (
        <>
          <InterfaceTable
            instance={instance}
            interfaces={interfaces}
            rowActions={ROW}
            verdict={(action, eni) => {
              const reason = reasonFor(action, { instance, eni });
              return { reason, describedBy: hintIdFor(reason) };
            }}
            onOpen={(action, eni) => setOpen({ action, target: { instance, eni } })}
          />
          {elastic.length === 0 && <p className="text-sm text-fg-muted">{m.none}</p>}
        </>
      ) : (
        !list.isError && <Spinner label={t.common.loading} className="text-fg-muted" />
      )}

      {open && (
        // The dialogs load the first time one opens (actions/lazy-dialog.ts).
        <Suspense fallback={null}>
          <open.action.Dialog action={open.action} target={open.target} scope={scope} track={track} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </div>
  );
}
