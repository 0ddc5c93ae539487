import { cvm, INSTANCE_STATES } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';
import { chargeWord } from './refusal.ts';

/** Two arrows chasing each other: a subscription that renews itself. */
const RepeatIcon = lineIcon('M3 7.5a5 5 0 0 1 8.5-3.5L13 5.5M13 2.5v3h-3M13 8.5a5 5 0 0 1-8.5 3.5L3 10.5M3 13.5v-3h3');

// The refusal says what Renew's says, word for word, so the detail lists the two under one reason.
const words: Localized<{ label: string; prepaidOnly: (who: string, charge: string) => string }> = {
  en: {
    label: 'Auto-renewal',
    prepaidOnly: (who, charge) => `Only monthly subscriptions are renewed (${who} is ${charge})`,
  },
  'zh-CN': {
    label: '自动续费设置',
    prepaidOnly: (who, charge) => `仅包年包月实例可以续费（${who}为${charge}）`,
  },
};
const w = (t: Messages) => localizedFor(words, t);

/**
 * ModifyInstancesRenewFlag (reference 16341): whether a subscription renews itself for a month at each expiry, and
 * whether its owner is told. Subscriptions only (UnsupportedOperation.InstanceChargeType), in any state, but not while
 * another operation is under way (OperationDenied.InstanceOperationInProgress).
 */
export const renewFlagAction: InstanceAction = {
  id: 'renewFlag',
  group: 'change',
  order: 10,
  offeredIn: ['toolbar', 'row', 'detail'],
  label: (t) => w(t).label,
  icon: RepeatIcon,
  spec: cvm.ModifyInstancesRenewFlag,
  allowed: (instance) => {
    if (instance.InstanceChargeType !== 'PREPAID') return refuse((t, who) => w(t).prepaidOnly(who, chargeWord(t, instance)));
    return changeable(instance, INSTANCE_STATES);
  },
  Dialog: lazyDialog(() => import('../components/modify/renew-flag-dialog.tsx'), 'RenewFlagDialog'),
};

export default renewFlagAction;
