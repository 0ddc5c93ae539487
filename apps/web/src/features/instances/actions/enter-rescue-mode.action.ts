import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { localizedFor } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable, stoppedWithoutCharging } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';
import { LifebuoyIcon, rescueWords as words } from './rescue-words.ts';

/**
 * EnterRescueMode (reference 17363): a running or stopped instance boots a rescue system, logged in to with a password
 * given here, to repair a system disk that will not boot. Admin: whoever holds the rescue login holds the disks.
 */
export const enterRescueModeAction: InstanceAction = {
  id: 'enterRescueMode',
  group: 'change',
  order: 20,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).enter,
  icon: LifebuoyIcon,
  spec: cvm.EnterRescueMode,
  stateAfter: () => 'ENTER_RESCUE_MODE',
  allowed: (instance) => {
    // UnsupportedOperation.StoppedModeStopCharging (reference 17594).
    if (stoppedWithoutCharging(instance)) return refuse((t, who) => localizedFor(words, t).stopCharging(who));
    return changeable(instance, 'EnterRescueMode');
  },
  Dialog: lazyDialog(() => import('../components/modify/rescue-mode-dialogs.tsx'), 'EnterRescueModeDialog'),
};

export default enterRescueModeAction;
