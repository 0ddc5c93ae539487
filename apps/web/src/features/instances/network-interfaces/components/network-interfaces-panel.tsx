import { useState } from 'react';
import { roleAllows, type Instance, type NetworkInterface, type Role } from '@cvm/shared';
import { AttachNetworkInterface, CreateNetworkInterface, DetachNetworkInterface } from '../../../../api/actions.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../../api/session.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { PlusIcon } from '../../../../components/ui/icons.tsx';
import { RefusalHints, useRefusalHints } from '../../../../components/ui/refusal-hints.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { useInstanceInterfaces } from '../api/describe-network-interfaces.ts';
import { useInterfaceTasks } from '../api/use-interface-tasks.ts';
import { interfaceMessages } from '../messages.ts';
import { powerStateRefusal, unbindRefusal } from '../state/bind-rules.ts';
import { BindInterfaceDialog } from './bind-interface-dialog.tsx';
import { CreateInterfaceDialog } from './create-interface-dialog.tsx';
import { InterfaceTable } from './interface-table.tsx';
import { TaskList } from './task-list.tsx';
import { UnbindInterfaceDialog } from './unbind-interface-dialog.tsx';

type OpenDialog = { kind: 'create' } | { kind: 'bind' } | { kind: 'unbind'; eni: NetworkInterface } | null;

interface NetworkInterfacesPanelProps {
  scope: CloudScope;
  instance: Instance;
}

/**
 * The instance detail's "Network interfaces" tab: the interfaces bound to the instance (DescribeNetworkInterfaces by
 * attachment.instance-id), create, bind and unbind, and the binding tasks under way. Each control is offered only when
 * the person's role (the catalog's least role for its action) and the instance's state allow it, and says why not
 * otherwise. Loaded the first time the tab opens.
 */
export default function NetworkInterfacesPanel({ scope, instance }: NetworkInterfacesPanelProps) {
  const m = useLocalized(interfaceMessages);
  const t = useT();
  const user = useSignedInUser();
  const { tasks, following, track, checkAgain, dismiss } = useInterfaceTasks(scope);
  const list = useInstanceInterfaces(scope, instance.InstanceId, following);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  const instanceName = instance.InstanceName || instance.InstanceId;
  const stateText = Object.hasOwn(t.states, instance.InstanceState) ? t.states[instance.InstanceState] : instance.InstanceState;
  const powerRefusal = powerStateRefusal(instance, stateText, m);
  const roleRefusal = (spec: { minRole: Role }) => (roleAllows(user.role, spec.minRole) ? undefined : t.actions.needsRole(spec.minRole));
  const createReason = roleRefusal(CreateNetworkInterface);
  const bindReason = roleRefusal(AttachNetworkInterface) ?? powerRefusal;
  const unbindReason = roleRefusal(DetachNetworkInterface) ?? powerRefusal;

  const interfaces = list.data?.NetworkInterfaceSet ?? [];
  const hasElastic = interfaces.some((eni) => !eni.Primary);
  // One line per distinct reason ("Create network interface, Bind network interface: Needs the operator role"), which
  // the refused buttons are also described by.
  const refused = [
    { label: m.create, reason: createReason },
    { label: m.bind, reason: bindReason },
    ...(hasElastic ? [{ label: m.unbind, reason: unbindReason }] : []),
  ];
  const { hints, hintIdFor } = useRefusalHints(refused);

  const onBindStarted = (eni: NetworkInterface, taskId: string) => track('bind', eni, taskId);

  return (
    <div className="space-y-4 px-6 py-5">
      <p className="text-sm text-fg-muted">{m.intro}</p>

      <div role="group" aria-label={m.toolbarLabel}>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="primary"
            aria-disabled={createReason ? true : undefined}
            aria-describedby={hintIdFor(createReason)}
            title={createReason}
            onClick={() => {
              if (!createReason) setDialog({ kind: 'create' });
            }}
          >
            <PlusIcon />
            {m.create}
          </Button>
          <Button
            aria-disabled={bindReason ? true : undefined}
            aria-describedby={hintIdFor(bindReason)}
            title={bindReason}
            onClick={() => {
              if (!bindReason) setDialog({ kind: 'bind' });
            }}
          >
            {m.bind}
          </Button>
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
            unbindVerdict={(eni) => {
              const reason = unbindReason ?? unbindRefusal(eni, m);
              return { reason, describedBy: hintIdFor(reason) };
            }}
            onUnbind={(eni) => setDialog({ kind: 'unbind', eni })}
          />
          {!hasElastic && <p className="text-sm text-fg-muted">{m.none}</p>}
        </>
      ) : (
        !list.isError && <Spinner label={t.common.loading} className="text-fg-muted" />
      )}

      {dialog?.kind === 'create' && (
        <CreateInterfaceDialog
          scope={scope}
          instance={instance}
          instanceName={instanceName}
          bindRefusal={bindReason}
          onBindStarted={onBindStarted}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'bind' && (
        <BindInterfaceDialog scope={scope} instance={instance} instanceName={instanceName} onBindStarted={onBindStarted} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'unbind' && (
        <UnbindInterfaceDialog
          scope={scope}
          instance={instance}
          instanceName={instanceName}
          eni={dialog.eni}
          onUnbindStarted={(eni, taskId) => track('unbind', eni, taskId)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
