import type { Instance, InstanceState } from '@cvm/shared';
import { OK, refuse, type Verdict } from './instance-action.ts';
import { stateWord } from './refusal.ts';

/** States the cloud changes an instance's configuration in: a running one is stopped for it (or changed online). */
const CHANGEABLE: readonly InstanceState[] = ['RUNNING', 'STOPPED'];

/**
 * The rule every change shares: the instance is running or stopped (ResetInstancesType, ResizeInstanceDisks,
 * ResetInstancesPassword, ResetInstance answer UnsupportedOperation.InstanceState* otherwise) and no earlier change is
 * still under way (OperationDenied.InstanceOperationInProgress), which a stopped instance being resized does not show
 * in its state.
 */
export function changeable(instance: Instance, states: readonly InstanceState[] = CHANGEABLE): Verdict {
  if (!states.includes(instance.InstanceState)) return refuse((t, who) => t.actions.changeNeedsState(who, stateWord(t, instance)));
  if (instance.LatestOperationState === 'OPERATING') {
    const operation = instance.LatestOperation ?? '';
    return refuse((t, who) => t.actions.busy(who, operation));
  }
  return OK;
}
