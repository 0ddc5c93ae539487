import { INSTANCE_ACTION_STATES, type Instance, type InstanceState, type StateBoundAction } from '@cvm/shared';
import { OK, refuse, type Verdict } from './instance-action.ts';
import { stateWord } from './refusal.ts';

/**
 * The rule every change shares: the instance is in a state the action accepts (running or stopped for most;
 * UnsupportedOperation.InstanceState* otherwise) and no earlier change is
 * still under way (OperationDenied.InstanceOperationInProgress), which a stopped instance being resized does not show
 * in its state.
 */
/** Stopped with stop-charging: its compute is released, so changes that need it refuse (UnsupportedOperation.StoppedModeStopCharging). */
export const stoppedWithoutCharging = (instance: Instance) => instance.InstanceState === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING';

export function changeable(instance: Instance, action: StateBoundAction | readonly InstanceState[]): Verdict {
  // The states the cloud accepts the action in (@cvm/shared's table, which the emulator refuses by), or, for what is
  // not a CVM action (Batch's AttachInstances), the states given.
  const states: readonly InstanceState[] = typeof action === 'string' ? INSTANCE_ACTION_STATES[action] : action;
  if (!states.includes(instance.InstanceState)) return refuse((t, who) => t.actions.changeNeedsState(who, stateWord(t, instance)));
  if (instance.LatestOperationState === 'OPERATING') {
    const operation = instance.LatestOperation ?? '';
    return refuse((t, who) => t.actions.busy(who, operation));
  }
  return OK;
}
