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
  /** A further stage that begins when this one lands (stop, change, start again); the operation succeeds at the last. */
  next?: TransitionStage;
}

export interface TransitionStage {
  to: InstanceState | 'DESTROYED';
  /** How long after the previous stage this one lands, already scaled. */
  afterMs: number;
  onLand?: (instance: Instance) => void;
  next?: TransitionStage;
}

export interface InstanceRecord {
  instance: Instance;
  /** Creation time in ms, for ordering and the creation-time filters. */
  createdAt: number;
  transition?: PendingTransition;
  /** Set once a terminate has landed; the world drops the record. */
  destroyed?: boolean;
  /**
   * The instance's UserData (base64) as last given by RunInstances, ModifyInstancesAttribute or ResetInstance; no action
   * reads it back, but a Batch AttachInstances clears it, as the seed says.
   */
  userData?: string;
}

export function settle(record: InstanceRecord, clock: Clock): Instance {
  const instance = record.instance;
  // Several stages may be due at once when the clock jumped; land them in order.
  while (record.transition && clock.now() >= record.transition.at) {
    const transition = record.transition;
    const succeeded = transition.operation && instance.LatestOperation === transition.operation;
    if (transition.failure) {
      instance.InstanceState = transition.failure.revertTo;
      if (succeeded) {
        instance.LatestOperationState = 'FAILED';
        instance.LatestOperationErrorMsg = transition.failure.message;
      }
      record.transition = undefined;
      break;
    }
    if (transition.to === 'DESTROYED') record.destroyed = true;
    else instance.InstanceState = transition.to;
    transition.onLand?.(instance);
    if (transition.next) {
      const { afterMs, ...stage } = transition.next;
      record.transition = { ...stage, at: transition.at + afterMs, operation: transition.operation };
    } else {
      if (succeeded) instance.LatestOperationState = 'SUCCESS';
      record.transition = undefined;
    }
  }
  return instance;
}
