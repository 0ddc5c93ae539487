import { cvm } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

type Choice = 'on' | 'off';

const words: Localized<{ title: (name: string) => string; legend: string; labels: Record<Choice, string>; hints: Record<Choice, string> }> = {
  en: {
    title: (name) => `Termination protection of ${name}`,
    legend: 'Termination protection',
    labels: { on: 'On', off: 'Off' },
    hints: {
      on: 'Terminate is refused for this instance, from the console and from the API, until protection is turned off.',
      off: 'The instance can be terminated (after its own confirmation).',
    },
  },
  'zh-CN': {
    title: (name) => `${name} 的实例销毁保护`,
    legend: '实例销毁保护',
    labels: { on: '开启', off: '关闭' },
    hints: {
      on: '在关闭保护之前，控制台和 API 都无法销毁此实例。',
      off: '此实例可以被销毁（仍需单独确认）。',
    },
  },
};

/** ModifyInstancesAttribute { DisableApiTermination } for one instance: on or off, the current one chosen; applies at once. */
export function ProtectionDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const t = useT();
  const m = useLocalized(words);
  const instance = instances[0]!;
  const [choice, setChoice] = useState<Choice>(instance.DisableApiTermination ? 'on' : 'off');
  const change = useApplyChange(
    scope,
    (variables: { ids: string[]; on: boolean }) => callAction(cvm.ModifyInstancesAttribute, { InstanceIds: variables.ids, DisableApiTermination: variables.on }, scope),
    (current, variables) => ({ ...current, DisableApiTermination: variables.on, LatestOperation: 'ModifyInstancesAttribute', LatestOperationState: 'SUCCESS' }),
  );
  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instanceLabel(instance))}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      confirmLabel={t.common.save}
      onConfirm={() => change.mutate({ ids: [instance.InstanceId], on: choice === 'on' }, { onSuccess: onSucceeded })}
    >
      <ChoiceGroup
        legend={m.legend}
        value={choice}
        onChange={setChoice}
        layout="row"
        choices={(['on', 'off'] as const).map((value) => ({ value, label: m.labels[value], hint: m.hints[value] }))}
      />
    </ActionDialogFrame>
  );
}
