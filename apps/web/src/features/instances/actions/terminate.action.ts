import { cvm, stateAllows, TRANSITIONAL_STATES } from '@cvm/shared';
import { TrashIcon } from '../../../components/ui/icons.tsx';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/**
 * TerminateInstances (reference 19143): refused while an instance is changing (UnsupportedOperation.InstanceState*,
 * OperationDenied.InstanceOperationInProgress), when termination protection is on (UnsupportedOperation.InstancesProtected)
 * and for a batch whose billing modes differ ("批量操作时，所有实例的付费类型必须一致",
 * UnsupportedOperation.InstanceMixedPricingModel). The console says so before anything is sent.
 */
export const terminateAction: InstanceAction = {
  id: 'terminate',
  group: 'lifecycle',
  order: 4,
  offeredIn: ['toolbar', 'row', 'detail'],
  label: (t) => t.actions.terminate,
  icon: TrashIcon,
  spec: cvm.TerminateInstances,
  danger: true,
  // A prepaid instance's first terminate moves it to the recycle bin at once (SHUTDOWN); anything else is destroyed.
  stateAfter: (instance) => (instance.InstanceChargeType === 'PREPAID' && instance.InstanceState !== 'SHUTDOWN' ? 'SHUTDOWN' : 'TERMINATING'),
  allowed: (instance) => {
    if (TRANSITIONAL_STATES.includes(instance.InstanceState)) {
      return refuse((t, who) => t.actions.terminateWhileChanging(who, stateWord(t, instance)));
    }
    if (!stateAllows('TerminateInstances', instance.InstanceState)) return refuse((t, who) => t.actions.terminateNotNow(who, stateWord(t, instance)));
    if (instance.DisableApiTermination) return refuse((t, who) => t.actions.terminateProtected(who));
    return OK;
  },
  allowedTogether: (instances) => {
    const billingModes = new Set(instances.map((instance) => instance.InstanceChargeType));
    return billingModes.size > 1 ? refuse((t) => t.actions.terminateMixed) : OK;
  },
  Dialog: lazyDialog(() => import('../components/actions/terminate-dialog.tsx'), 'TerminateDialog'),
};

export default terminateAction;
