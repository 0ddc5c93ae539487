import { cvm } from '@cvm/shared';
import { useLocalized } from '../../../../i18n/localized.ts';
import { actionDialogMessages } from './messages.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useInstanceAction } from '../../api/run-instance-action.ts';
import { ActionDialogFrame } from './action-dialog-frame.tsx';

/** Starting needs no options; the dialog names the instances and what starting means for billing. */
export function StartDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(actionDialogMessages);
  const start = useInstanceAction(cvm.StartInstances, scope, action.stateAfter);
  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.startTitle(m.subject(instances.map(instanceLabel)))}
      onClose={onClose}
      pending={start.isPending}
      error={start.error}
      onConfirm={() => start.mutate({ InstanceIds: instances.map((i) => i.InstanceId) }, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.startBody}</p>
    </ActionDialogFrame>
  );
}
