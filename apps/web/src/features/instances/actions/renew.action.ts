import { cvm } from '@cvm/shared';
import { CalendarIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';
import { chargeWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** RenewInstances: subscriptions only (InvalidInstance.NotSupported), but not one its owner returned. */
export const renewAction: InstanceAction = {
  id: 'renew',
  group: 'change',
  order: 9,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).renew,
  icon: CalendarIcon,
  spec: cvm.RenewInstances,
  allowed: (instance) => {
    if (instance.InstanceChargeType !== 'PREPAID') return refuse((t, who) => words(t).renewPrepaidOnly(who, chargeWord(t, instance)));
    if (instance.InstanceState === 'SHUTDOWN' && instance.IsolatedSource === 'MANMADE') return refuse((t, who) => words(t).renewReturned(who));
    return changeable(instance, 'RenewInstances');
  },
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'RenewDialog'),
};

export default renewAction;
