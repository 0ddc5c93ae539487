import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

/** A clock: something that happens at a set time. */
const ClockIcon = lineIcon('M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 1 0 0-11M8 5v3l2 1.5');

const words: Localized<{ label: string; protectedNow: (who: string) => string; billing: (who: string) => string }> = {
  en: {
    label: 'Schedule termination',
    protectedNow: (who) => `${who} has termination protection on: turn it off first.`,
    billing: (who) => `${who} is not billed by the hour: only pay-as-you-go instances are released on a schedule.`,
  },
  'zh-CN': {
    label: '定时销毁',
    protectedNow: (who) => `${who} 已开启实例销毁保护：请先关闭。`,
    billing: (who) => `${who} 不是按量计费实例：只有按量计费实例可以定时销毁。`,
  },
};

/**
 * ImportInstancesActionTimer (reference 17760): terminate instances at a set time, at least five minutes ahead — the one
 * timer action the cloud has. Admin, as terminating is; the dialog also lists and cancels the pending ones.
 */
export const scheduleTerminationAction: InstanceAction = {
  id: 'scheduleTermination',
  group: 'lifecycle',
  order: 9,
  offeredIn: ['toolbar', 'row', 'detail'],
  danger: true,
  label: (t: Messages) => localizedFor(words, t).label,
  icon: ClockIcon,
  spec: cvm.ImportInstancesActionTimer,
  allowed: (instance) => {
    // UnsupportedOperation.NotSupportImportInstancesActionTimer: protected instances, and what is not billed by the hour.
    if (instance.DisableApiTermination) return refuse((t, who) => localizedFor(words, t).protectedNow(who));
    if (instance.InstanceChargeType !== 'POSTPAID_BY_HOUR' && instance.InstanceChargeType !== 'SPOTPAID') return refuse((t, who) => localizedFor(words, t).billing(who));
    return changeable(instance, 'ImportInstancesActionTimer');
  },
  Dialog: lazyDialog(() => import('../components/modify/schedule-termination-dialog.tsx'), 'ScheduleTerminationDialog'),
};

export default scheduleTerminationAction;
