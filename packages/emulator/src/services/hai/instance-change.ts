import type { HaiInstanceState } from '@cvm/shared';
import type { Leg, Transition } from '../../state/change-over-time/index.ts';
import type { World } from '../../state/world.ts';
import type { HaiRecord, HaiRegion, HaiTarget } from './hai-region.ts';

// How an HAI instance changes over time: its part in a change on the world's timeline. Apart from hai-region.ts, which
// seeds the demo with it, so that the two do not import each other.

export interface HaiChange {
  transition: Transition;
  legs: Leg<HaiTarget>[];
  /** Where a failure leaves the instance: where it was, or LAUNCH_FAILED for a launch. */
  failedState: HaiInstanceState;
  injectFaults?: boolean;
  stretch?: number;
}

/**
 * Puts an HAI instance's change on the world's timeline: each leg's state shows as it lands (DESTROYED removes the
 * instance), and the operation ends SUCCESS, or FAILED back in `failedState`.
 */
export function changeHaiInstance(world: World, hai: HaiRegion, record: HaiRecord, plan: HaiChange): void {
  const instance = record.instance;
  record.change = world.changes.start<HaiTarget>({
    ...plan,
    enter: (state) => {
      if (state === 'DESTROYED') hai.instances.delete(instance.InstanceId);
      else instance.InstanceState = state;
    },
    onSuccess: () => {
      record.change = undefined;
      instance.LatestOperationState = 'SUCCESS';
    },
    onFailure: () => {
      record.change = undefined;
      instance.InstanceState = plan.failedState;
      instance.LatestOperationState = 'FAILED';
    },
  });
}
