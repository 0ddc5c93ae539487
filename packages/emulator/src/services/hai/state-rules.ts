import type { HaiInstanceState } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';

// Which state each action accepts, and what the others answer (the codes the SDK lists per action). Settled states
// the action does not apply to answer UnsupportedOperation.InstanceState<State>; asking again for a change already
// under way answers FailedOperation.OperateInstanceRepeatedly; any other change under way answers
// OperationDenied.InstanceOperationInProgress.

export type HaiLifecycleAction = 'StartInstance' | 'StopInstance' | 'TerminateInstances';

const ACCEPTS: Record<HaiLifecycleAction, readonly HaiInstanceState[]> = {
  StartInstance: ['STOPPED_NO_CHARGE'],
  StopInstance: ['RUNNING'],
  TerminateInstances: ['RUNNING', 'STOPPED_NO_CHARGE', 'LAUNCH_FAILED', 'ARREARS'],
};

/** The transitional state each action itself puts an instance in. */
const OWN_TRANSITION: Record<HaiLifecycleAction, HaiInstanceState | undefined> = {
  StartInstance: 'STARTING',
  StopInstance: 'STOPPING',
  TerminateInstances: undefined,
};

const SETTLED_CODE: Partial<Record<HaiInstanceState, string>> = {
  RUNNING: 'UnsupportedOperation.InstanceStateRunning',
  STOPPED_NO_CHARGE: 'UnsupportedOperation.InstanceStateStoppedNoCharge',
  LAUNCH_FAILED: 'UnsupportedOperation.InstanceStateLaunchFailed',
  ARREARS: 'UnsupportedOperation.InstanceStateArrears',
  PENDING: 'UnsupportedOperation.InstanceStatePending',
  TERMINATED: 'UnsupportedOperation.InstanceStateTerminated',
};

export function requireHaiState(action: HaiLifecycleAction, instanceId: string, state: HaiInstanceState): void {
  if (ACCEPTS[action].includes(state)) return;
  const what = `The instance \`${instanceId}\` is ${state}`;
  if (OWN_TRANSITION[action] === state) {
    throw new CloudError('FailedOperation.OperateInstanceRepeatedly', `${what}: ${action} is already under way.`);
  }
  // A launch in progress is a state of its own for start and stop (InstanceStatePending), an operation for terminate.
  const settled = action === 'TerminateInstances' && state === 'PENDING' ? undefined : SETTLED_CODE[state];
  if (settled) throw new CloudError(settled, `${what}; ${action} does not apply to it.`);
  throw new CloudError('OperationDenied.InstanceOperationInProgress', `${what}; wait until the operation under way ends.`);
}
