import { cvm, type RenewFlag } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { SaveChangeFrame } from './save-change-frame.tsx';

const words: Localized<{ title: (name: string) => string; many: (count: number) => string; legend: string; hints: Record<RenewFlag, string> }> = {
  en: {
    title: (name) => `Auto-renewal of ${name}`,
    many: (count) => `Auto-renewal of ${count} subscriptions`,
    legend: 'At each expiry',
    hints: {
      NOTIFY_AND_AUTO_RENEW: 'Renewed for one more month at each expiry, while the account has the balance; you are told before.',
      NOTIFY_AND_MANUAL_RENEW: 'You are told before it expires, and renew it yourself; unrenewed, it goes to the recycle bin.',
      DISABLE_NOTIFY_AND_MANUAL_RENEW: 'No notice before it expires; unrenewed, it goes to the recycle bin.',
    },
  },
  'zh-CN': {
    title: (name) => `${name} 的自动续费设置`,
    many: (count) => `${count} 台包年包月实例的自动续费设置`,
    legend: '每次到期时',
    hints: {
      NOTIFY_AND_AUTO_RENEW: '账户余额充足时，每次到期自动续费一个月；到期前会通知您。',
      NOTIFY_AND_MANUAL_RENEW: '到期前通知您，由您手动续费；未续费则进入回收站。',
      DISABLE_NOTIFY_AND_MANUAL_RENEW: '到期前不通知；未续费则进入回收站。',
    },
  },
};

const FLAGS: readonly RenewFlag[] = ['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'];

/** ModifyInstancesRenewFlag for one subscription or many: the three flags (the first one's chosen); it applies at once. */
export function RenewFlagDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const t = useT();
  const m = useLocalized(words);
  const instance = instances[0]!;
  const [flag, setFlag] = useState<RenewFlag>(instance.RenewFlag ?? 'NOTIFY_AND_MANUAL_RENEW');
  return (
    <SaveChangeFrame
      {...{ action, instances, scope, onClose, onSucceeded }}
      title={instances.length === 1 ? m.title(instanceLabel(instance)) : m.many(instances.length)}
      send={(ids) => callAction(cvm.ModifyInstancesRenewFlag, { InstanceIds: ids, RenewFlag: flag }, scope)}
      shows={{ RenewFlag: flag }}
    >
      <ChoiceGroup legend={m.legend} value={flag} onChange={setFlag} choices={FLAGS.map((value) => ({ value, label: t.renewFlags[value], hint: m.hints[value] }))} />
    </SaveChangeFrame>
  );
}
