import type { Instance, InstanceState } from '@cvm/shared';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RequestContext } from '../../action-handler.ts';
import { TRANSITION_SECONDS } from '../lifecycle.ts';
import { runOperation, type OperationStage } from '../operation.ts';
import { stateError } from '../instance-state-errors.ts';

// How a change that needs a stopped instance runs (ResetInstancesType, ResizeInstanceDisks, ResetInstancesPassword):
// - STOPPED: stays STOPPED while the change is made, then the operation succeeds;
// - RUNNING with ForceStop: STOPPING → STOPPED, the change, then STARTING → RUNNING again, as the console's "stop
//   first" does; without ForceStop a running instance is refused with UnsupportedOperation.InstanceStateRunning;
// - RUNNING with an online change (ResizeOnline): stays RUNNING while the change is made.

export interface ChangeFlow {
  action: string;
  /** Seconds the change itself takes at transitionScale 1. */
  seconds: number;
  apply: (instance: Instance) => void;
  forceStop?: boolean;
  online?: boolean;
}

export function requireChangeableState(record: InstanceRecord, flow: Pick<ChangeFlow, 'action' | 'forceStop' | 'online'>): void {
  const state = record.instance.InstanceState;
  if (state === 'STOPPED') return;
  if (state === 'RUNNING' && (flow.forceStop || flow.online)) return;
  throw stateError(record.instance.InstanceId, state, flow.action);
}

export function startChange(ctx: RequestContext, record: InstanceRecord, flow: ChangeFlow): void {
  const state: InstanceState = record.instance.InstanceState;
  let via: InstanceState = state;
  let stages: OperationStage[];
  if (state === 'STOPPED') {
    stages = [{ to: 'STOPPED', seconds: flow.seconds, onLand: flow.apply }];
  } else if (flow.online) {
    stages = [{ to: 'RUNNING', seconds: flow.seconds, onLand: flow.apply }];
  } else {
    via = 'STOPPING';
    stages = [
      { to: 'STOPPED', seconds: TRANSITION_SECONDS.stopSoft },
      { to: 'STARTING', seconds: flow.seconds, onLand: flow.apply },
      { to: 'RUNNING', seconds: TRANSITION_SECONDS.start },
    ];
  }
  runOperation(ctx.world, ctx.region, ctx, record, flow.action, via, stages);
}
