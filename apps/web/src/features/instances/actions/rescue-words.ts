import { lineIcon } from '../../../components/ui/icons.tsx';
import type { Localized } from '../../../i18n/localized.ts';

// What the two rescue-mode actions share: their icon and words.

/** A lifebuoy: a way back in when the system will not boot. */
export const LifebuoyIcon = lineIcon('M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 1 0 0-11M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5M4.2 4.2l2 2M9.8 9.8l2 2M11.8 4.2l-2 2M6.2 9.8l-2 2');

export const rescueWords: Localized<{ enter: string; exit: string; stopCharging: (who: string) => string; notInRescue: (who: string, state: string) => string }> = {
  en: {
    enter: 'Enter rescue mode',
    exit: 'Leave rescue mode',
    stopCharging: (who) => `${who} was stopped with stop-charging: start it first.`,
    notInRescue: (who, state) => `Only an instance in rescue mode can leave it (${who} is ${state})`,
  },
  'zh-CN': {
    enter: '进入救援模式',
    exit: '退出救援模式',
    stopCharging: (who) => `${who} 以关机不收费方式关机：请先开机。`,
    notInRescue: (who, state) => `只有处于救援模式的实例才能退出（${who} 当前为${state}）`,
  },
};
