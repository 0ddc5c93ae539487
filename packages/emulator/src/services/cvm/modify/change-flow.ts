import { stateAllows, type Instance, type InstanceState, type StateBoundAction } from '@cvm/shared';
import type { Leg, Transition } from '../../../state/change-over-time/index.ts';
import type { InstanceRecord, InstanceTarget } from '../../../state/instance-record.ts';
import type { RequestContext } from '../../action-handler.ts';
import { runOperation } from '../operation.ts';
import { refuseFailedReinstall, stateError } from '../instance-state-errors.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';

// How a change that needs a stopped instance runs (ResetInstancesType, ResizeInstanceDisks, ResetInstancesPassword):
// - STOPPED: stays STOPPED while the change is made, then the operation succeeds;
// - RUNNING with ForceStop: STOPPING → STOPPED, the change, then STARTING → RUNNING again, as the console's "stop
//   first" does; without ForceStop a running instance is refused with UnsupportedOperation.InstanceStateRunning;
// - RUNNING with an online change (ResizeOnline): stays RUNNING while the change is made.

export interface ChangeFlow {
  action: StateBoundAction;
  /** The change itself: its name (LatestOperation, failure injection) and how long it takes once stopped. */
  transition: Transition;
  apply: (instance: Instance) => void;
  forceStop?: boolean;
  online?: boolean;
}

export function requireChangeableState(record: InstanceRecord, flow: Pick<ChangeFlow, 'action' | 'forceStop' | 'online'>): void {
  refuseFailedReinstall([record], flow.action);
  const state = record.instance.InstanceState;
  // The states the action accepts at all (@cvm/shared's table), and of those a running instance only when it is
  // stopped first (ForceStop) or changed online.
  if (stateAllows(flow.action, state) && (state !== 'RUNNING' || flow.forceStop || flow.online)) return;
  throw stateError(record.instance.InstanceId, state, flow.action);
}

export function startChange(ctx: RequestContext, record: InstanceRecord, flow: ChangeFlow): void {
  const state: InstanceState = record.instance.InstanceState;
  let via: InstanceState = state;
  const apply = () => flow.apply(record.instance);
  let legs: Leg<InstanceTarget>[];
  if (state === 'STOPPED') {
    legs = [{ to: 'STOPPED', onArrive: apply }];
  } else if (flow.online) {
    legs = [{ to: 'RUNNING', onArrive: apply }];
  } else {
    via = 'STOPPING';
    legs = [
      { to: 'STOPPED', after: CVM_TRANSITIONS.stop },
      { to: 'STARTING', onArrive: apply },
      { to: 'RUNNING', after: CVM_TRANSITIONS.start },
    ];
  }
  runOperation(ctx, record, flow.transition, via, legs);
}
