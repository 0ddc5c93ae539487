import { cvm } from '@cvm/shared';
import { useId, useState } from 'react';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { actionDialogMessages } from './messages.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useInstanceAction } from '../../api/run-instance-action.ts';
import { ActionDialogFrame } from './action-dialog-frame.tsx';

/** Reboot, optionally forced (StopType HARD: like pulling the power, reference 14315 ff.); the warning shows while it is ticked. */
export function RebootDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(actionDialogMessages);
  const forceId = useId();
  const reboot = useInstanceAction(cvm.RebootInstances, scope, action.stateAfter);
  const [force, setForce] = useState(false);

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.rebootTitle(m.subject(instances.map(instanceLabel)))}
      onClose={onClose}
      pending={reboot.isPending}
      error={reboot.error}
      onConfirm={() => reboot.mutate({ InstanceIds: instances.map((i) => i.InstanceId), StopType: force ? 'HARD' : 'SOFT' }, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.rebootBody}</p>
      <div className="space-y-2">
        <label htmlFor={forceId} className="flex cursor-pointer items-center gap-2.5 font-medium">
          <Checkbox id={forceId} checked={force} onChange={(event) => setForce(event.target.checked)} aria-describedby={`${forceId}-warning`} />
          {m.forceReboot}
        </label>
        <p
          id={`${forceId}-warning`}
          className={
            force
              ? 'rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100'
              : 'pl-6.5 text-xs text-fg-muted'
          }
        >
          {m.forceRebootWarning}
        </p>
      </div>
    </ActionDialogFrame>
  );
}
