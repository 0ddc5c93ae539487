import { cvm } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { SaveChangeFrame } from './save-change-frame.tsx';

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
  const m = useLocalized(words);
  const instance = instances[0]!;
  const [choice, setChoice] = useState<Choice>(instance.DisableApiTermination ? 'on' : 'off');
  const on = choice === 'on';
  return (
    <SaveChangeFrame
      {...{ action, instances, scope, onClose, onSucceeded }}
      title={m.title(instanceLabel(instance))}
      send={(ids) => callAction(cvm.ModifyInstancesAttribute, { InstanceIds: ids, DisableApiTermination: on }, scope)}
      shows={{ DisableApiTermination: on }}
    >
      <ChoiceGroup
        legend={m.legend}
        value={choice}
        onChange={setChoice}
        layout="row"
        choices={(['on', 'off'] as const).map((value) => ({ value, label: m.labels[value], hint: m.hints[value] }))}
      />
    </SaveChangeFrame>
  );
}
