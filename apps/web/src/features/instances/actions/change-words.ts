import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';

// The changes' names and refusals (resize, disks, bandwidth, password, reinstall, billing, renewal, remote console);
// they load with the change actions, once the list is on screen. Renaming, which every row offers, keeps its words in
// the main dictionary.
const en = {
  vnc: 'Remote console (VNC)',
  resize: 'Resize',
  resizeDisks: 'Grow disk',
  bandwidth: 'Change bandwidth',
  resetPassword: 'Reset password',
  reinstall: 'Reinstall',
  chargeType: 'Switch billing',
  renew: 'Renew',
  noGrowableDisk: (who: string) => `No disk can grow (${who} has no cloud disk below its limit)`,
  noPublicIp: (who: string) => `Needs a public IP (${who} has none)`,
  chargeTypeNotSwitchable: (who: string, charge: string) => `Only pay-as-you-go and subscription instances switch billing (${who} is ${charge})`,
  chargeTypeStoppedFree: (who: string) => `Start it first: ${who} is stopped without billing`,
  renewPrepaidOnly: (who: string, charge: string) => `Only monthly subscriptions are renewed (${who} is ${charge})`,
  renewReturned: (who: string) => `Returned to the recycle bin by its owner (${who}); it cannot be renewed`,
  vncNeedsRunning: (who: string, state: string) => `Only running instances have a remote console (${who} is ${state})`,
};

export type ChangeWords = typeof en;

const zhCN: ChangeWords = {
  vnc: '远程登录（VNC）',
  resize: '调整配置',
  resizeDisks: '扩容云硬盘',
  bandwidth: '调整带宽',
  resetPassword: '重置密码',
  reinstall: '重装系统',
  chargeType: '转换计费模式',
  renew: '续费',
  noGrowableDisk: (who) => `没有可扩容的云硬盘（${who}没有未达上限的云硬盘）`,
  noPublicIp: (who) => `需要公网 IP（${who}没有公网 IP）`,
  chargeTypeNotSwitchable: (who, charge) => `仅按量计费和包年包月实例可以转换计费模式（${who}为${charge}）`,
  chargeTypeStoppedFree: (who) => `请先开机：${who}处于关机不收费状态`,
  renewPrepaidOnly: (who, charge) => `仅包年包月实例可以续费（${who}为${charge}）`,
  renewReturned: (who) => `${who}已被主动退还到回收站，不能续费`,
  vncNeedsRunning: (who, state) => `仅运行中的实例可以远程登录（${who}为${state}）`,
};

const changeWords: Localized<ChangeWords> = { en, 'zh-CN': zhCN };

/** The change words in the language of `t`. */
export const words = (t: Messages): ChangeWords => localizedFor(changeWords, t);
