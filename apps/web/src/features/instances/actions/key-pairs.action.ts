import { cvm, type Instance } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { KeyIcon } from '../../../components/ui/change-icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

const words: Localized<{ label: string; linuxOnly: (who: string) => string; stopCharging: (who: string) => string }> = {
  en: {
    label: 'SSH key pairs',
    linuxOnly: (who) => `${who} runs Windows: key pairs log in to Linux instances only.`,
    stopCharging: (who) => `${who} was stopped with stop-charging: start it first to change its key pairs.`,
  },
  'zh-CN': {
    label: 'SSH 密钥',
    linuxOnly: (who) => `${who} 运行 Windows：密钥只能用于登录 Linux 实例。`,
    stopCharging: (who) => `${who} 以关机不收费方式关机：请先开机再修改密钥。`,
  },
};

const isWindows = (instance: Instance) => instance.OsName.toLowerCase().includes('windows');

/**
 * AssociateInstancesKeyPairs / DisassociateInstancesKeyPairs (reference 29007, 29255): the keys that log in to a
 * Linux instance, bound (replacing the ones it had) or unbound. A stopped instance, or a running one stopped first
 * (by the console, or by the cloud with ForceStop, which starts it again).
 */
export const keyPairsAction: InstanceAction = {
  id: 'keyPairs',
  group: 'change',
  order: 7,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: KeyIcon,
  spec: cvm.AssociateInstancesKeyPairs,
  allowed: (instance) => {
    if (isWindows(instance)) return refuse((t, who) => localizedFor(words, t).linuxOnly(who));
    // UnsupportedOperation.StoppedModeStopCharging (reference 29250): its resources are released while it is stopped.
    if (instance.InstanceState === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING') return refuse((t, who) => localizedFor(words, t).stopCharging(who));
    return changeable(instance, 'AssociateInstancesKeyPairs');
  },
  Dialog: lazyDialog(() => import('../components/modify/key-pairs-dialog.tsx'), 'KeyPairsDialog'),
};

export default keyPairsAction;
