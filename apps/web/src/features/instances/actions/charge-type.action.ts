import { cvm } from '@cvm/shared';
import { WalletIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { chargeWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/**
 * ModifyInstancesChargeType: between pay-as-you-go and monthly subscription, for running or stopped instances, but not
 * for one stopped without billing (UnsupportedOperation.StoppedModeStopCharging) nor spot or dedicated ones.
 */
export const chargeTypeAction: InstanceAction = {
  id: 'chargeType',
  group: 'change',
  order: 8,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).chargeType,
  icon: WalletIcon,
  spec: cvm.ModifyInstancesChargeType,
  allowed: (instance) => {
    if (instance.InstanceChargeType !== 'PREPAID' && instance.InstanceChargeType !== 'POSTPAID_BY_HOUR') {
      return refuse((t, who) => words(t).chargeTypeNotSwitchable(who, chargeWord(t, instance)));
    }
    const verdict = changeable(instance, 'ModifyInstancesChargeType');
    if (!verdict.ok) return verdict;
    return instance.StopChargingMode === 'STOP_CHARGING' ? refuse((t, who) => words(t).chargeTypeStoppedFree(who)) : OK;
  },
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'ChargeTypeDialog'),
};

export default chargeTypeAction;
