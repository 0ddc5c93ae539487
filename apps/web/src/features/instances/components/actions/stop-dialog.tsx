import { cvm } from '@cvm/shared';
import { useState } from 'react';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { actionDialogMessages } from './messages.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useInstanceAction } from '../../api/run-instance-action.ts';
import { ActionDialogFrame } from './action-dialog-frame.tsx';

type StopType = 'SOFT' | 'HARD' | 'SOFT_FIRST';
type StoppedMode = 'KEEP_CHARGING' | 'STOP_CHARGING';

/**
 * Stop: how (StopType: soft, hard, soft then hard) and, when every instance is pay-as-you-go, whether billing
 * continues while stopped (StoppedMode). The billing choice exists only for POSTPAID_BY_HOUR (reference 14570 ff.),
 * so it is not offered for a batch that includes anything else.
 */
export function StopDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(actionDialogMessages);
  const stop = useInstanceAction(cvm.StopInstances, scope, action.stateAfter);
  const [stopType, setStopType] = useState<StopType>('SOFT');
  const [stoppedMode, setStoppedMode] = useState<StoppedMode>('KEEP_CHARGING');
  const payAsYouGo = instances.every((instance) => instance.InstanceChargeType === 'POSTPAID_BY_HOUR');

  const confirm = () =>
    stop.mutate({ InstanceIds: instances.map((i) => i.InstanceId), StopType: stopType, ...(payAsYouGo ? { StoppedMode: stoppedMode } : {}) }, { onSuccess: onSucceeded });

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.stopTitle(m.subject(instances.map(instanceLabel)))}
      onClose={onClose}
      pending={stop.isPending}
      error={stop.error}
      onConfirm={confirm}
      size="lg"
    >
      <ChoiceGroup
        legend={m.stopType}
        value={stopType}
        onChange={setStopType}
        choices={[
          { value: 'SOFT', label: m.stopSoft, hint: m.stopSoftHint },
          { value: 'HARD', label: m.stopHard, hint: m.stopHardHint },
          { value: 'SOFT_FIRST', label: m.stopSoftFirst, hint: m.stopSoftFirstHint },
        ]}
      />
      {payAsYouGo && (
        <ChoiceGroup
          legend={m.stoppedMode}
          value={stoppedMode}
          onChange={setStoppedMode}
          choices={[
            { value: 'KEEP_CHARGING', label: m.keepCharging, hint: m.keepChargingHint },
            { value: 'STOP_CHARGING', label: m.stopCharging, hint: m.stopChargingHint },
          ]}
        />
      )}
    </ActionDialogFrame>
  );
}
