import { cvm, type Instance } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { KeyIcon } from '../../../components/ui/change-icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

const words: Localized<{ label: string; linuxOnly: (who: string) => string; stopCharging: (who: string) => string }> = {
  en: {
    label: 'Bind a key pair',
    linuxOnly: (who) => `${who} runs Windows: key pairs log in to Linux instances only.`,
    stopCharging: (who) => `${who} was stopped with stop-charging: start it first to change its key pairs.`,
  },
  'zh-CN': {
    label: '绑定密钥',
    linuxOnly: (who) => `${who} 运行 Windows：密钥只能用于登录 Linux 实例。`,
    stopCharging: (who) => `${who} 以关机不收费方式关机：请先开机再修改密钥。`,
  },
};

const isWindows = (instance: Instance) => instance.OsName.toLowerCase().includes('windows');

/**
 * AssociateInstancesKeyPairs (reference 29007) for many Linux instances at once: one key, replacing the keys each had.
 * Stopped ones stay stopped; running ones are forced off and started again by the cloud (ForceStop), when the person
 * says so. The row's "SSH key pairs" edits one instance's keys.
 */
export const bindKeyPairAction: InstanceAction = {
  id: 'bindKeyPair',
  group: 'change',
  order: 5,
  offeredIn: ['toolbar'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: KeyIcon,
  spec: cvm.AssociateInstancesKeyPairs,
  allowed: (instance) => {
    if (isWindows(instance)) return refuse((t, who) => localizedFor(words, t).linuxOnly(who));
    if (instance.InstanceState === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING') return refuse((t, who) => localizedFor(words, t).stopCharging(who));
    return changeable(instance, 'AssociateInstancesKeyPairs');
  },
  Dialog: lazyDialog(() => import('../components/modify/bind-key-pair-dialog.tsx'), 'BindKeyPairDialog'),
};

export default bindKeyPairAction;
