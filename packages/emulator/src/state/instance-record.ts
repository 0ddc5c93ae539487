import type { Instance, InstanceState } from '@cvm/shared';
import type { Clock } from './clock.ts';

/**
 * A state an instance will reach at a given moment. Transitions are settled lazily whenever the instance is read, so
 * the emulator needs no timers and a test clock moves every instance forward at once (moto's managed state model,
 * minus the threads).
 */
export interface PendingTransition {
  /** The state reached, or DESTROYED for an instance that is gone once it lands. */
  to: InstanceState | 'DESTROYED';
  at: number;
  /** The operation to mark SUCCESS (or FAILED) when the transition lands. */
  operation?: string;
  /** When set the operation fails instead: the instance returns to `revertTo` and the error is recorded. */
  failure?: { revertTo: InstanceState; message: string };
  /** Side effects of landing: release or allocate a public IP, set the stop-charging mode... */
  onLand?: (instance: Instance) => void;
}

export interface InstanceRecord {
  instance: Instance;
  /** Creation time in ms, for ordering and the creation-time filters. */
  createdAt: number;
  transition?: PendingTransition;
  /** Set once a terminate has landed; the world drops the record. */
  destroyed?: boolean;
}

export function settle(record: InstanceRecord, clock: Clock): Instance {
  const transition = record.transition;
  if (transition && clock.now() >= transition.at) {
    const instance = record.instance;
    const succeeded = transition.operation && instance.LatestOperation === transition.operation;
    if (transition.failure) {
      instance.InstanceState = transition.failure.revertTo;
      if (succeeded) {
        instance.LatestOperationState = 'FAILED';
        instance.LatestOperationErrorMsg = transition.failure.message;
      }
    } else {
      if (transition.to === 'DESTROYED') record.destroyed = true;
      else instance.InstanceState = transition.to;
      transition.onLand?.(instance);
      if (succeeded) instance.LatestOperationState = 'SUCCESS';
    }
    record.transition = undefined;
  }
  return record.instance;
}
