import type { Instance, InstanceState } from '@cvm/shared';
import type { Clock } from './clock.ts';

/**
 * A state an instance will reach at a given moment. Transitions are settled lazily whenever the instance is read, so
 * the emulator needs no timers and a test clock moves every instance forward at once (moto's managed state model,
 * minus the threads).
 */
export interface PendingTransition {
  to: InstanceState;
  at: number;
  /** The operation to mark SUCCESS when the transition lands. */
  operation?: string;
}

export interface InstanceRecord {
  instance: Instance;
  /** Creation time in ms, for ordering and the creation-time filters. */
  createdAt: number;
  transition?: PendingTransition;
}

export function settle(record: InstanceRecord, clock: Clock): Instance {
  const transition = record.transition;
  if (transition && clock.now() >= transition.at) {
    record.instance.InstanceState = transition.to;
    if (transition.operation && record.instance.LatestOperation === transition.operation) {
      record.instance.LatestOperationState = 'SUCCESS';
    }
    record.transition = undefined;
  }
  return record.instance;
}
