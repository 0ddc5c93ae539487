import { cvm, stateAllows } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { localizedFor } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { LifebuoyIcon, rescueWords as words } from './rescue-words.ts';

/** ExitRescueMode (reference 17599): only an instance in RESCUE_MODE; it comes back stopped. */
export const exitRescueModeAction: InstanceAction = {
  id: 'exitRescueMode',
  group: 'change',
  order: 21,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).exit,
  icon: LifebuoyIcon,
  spec: cvm.ExitRescueMode,
  stateAfter: () => 'EXIT_RESCUE_MODE',
  allowed: (instance) =>
    stateAllows('ExitRescueMode', instance.InstanceState)
      ? changeable(instance, 'ExitRescueMode')
      : refuse((t, who) => localizedFor(words, t).notInRescue(who, stateWord(t, instance))),
  Dialog: lazyDialog(() => import('../components/modify/rescue-mode-dialogs.tsx'), 'ExitRescueModeDialog'),
};

export default exitRescueModeAction;
