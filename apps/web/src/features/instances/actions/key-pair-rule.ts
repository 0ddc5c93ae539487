import { isWindowsInstance, type Instance } from '@cvm/shared';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import { changeable, stoppedWithoutCharging } from './change-rules.ts';
import { refuse, type Verdict } from './instance-action.ts';

// When an instance's key pairs may change (AssociateInstancesKeyPairs / DisassociateInstancesKeyPairs, reference 29007,
// 29255): the one rule of the row's "SSH key pairs" and the toolbar's "Bind a key pair".

const words: Localized<{ linuxOnly: (who: string) => string; stopCharging: (who: string) => string }> = {
  en: {
    linuxOnly: (who) => `${who} runs Windows: key pairs log in to Linux instances only.`,
    stopCharging: (who) => `${who} was stopped with stop-charging: start it first to change its key pairs.`,
  },
  'zh-CN': {
    linuxOnly: (who) => `${who} 运行 Windows：密钥只能用于登录 Linux 实例。`,
    stopCharging: (who) => `${who} 以关机不收费方式关机：请先开机再修改密钥。`,
  },
};

/** Linux only (UnsupportedOperation.InstanceOsWindows), not stopped without charging, in the states the cloud takes. */
export function keyPairsChangeable(instance: Instance): Verdict {
  if (isWindowsInstance(instance)) return refuse((t, who) => localizedFor(words, t).linuxOnly(who));
  if (stoppedWithoutCharging(instance)) return refuse((t, who) => localizedFor(words, t).stopCharging(who));
  return changeable(instance, 'AssociateInstancesKeyPairs');
}
