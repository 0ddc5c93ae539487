import { noteInstanceChange } from '../../state/instance-history.ts';
import type { Instance, InstanceState } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { actionOf, type Leg, type Transition } from '../../state/change-over-time/index.ts';
import type { InstanceRecord, InstanceTarget } from '../../state/instance-record.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import type { RequestContext } from '../action-handler.ts';

// An accepted operation on an instance: recorded as LatestOperation (OPERATING, with the call's RequestId), then landing
// over emulator time in one or more legs on the world's timeline; a failure (the instance's failure tag, or the
// timeline's fault injector) makes it roll back instead.

/** Tag that makes an instance's next operation fail when it lands; its value is the error message recorded. */
export const FAIL_NEXT_OPERATION_TAG = 'emulator:fail-next-operation';

export function beginOperation(ctx: RequestContext, record: InstanceRecord, action: string): void {
  Object.assign(record.instance, {
    LatestOperation: action,
    LatestOperationState: 'OPERATING',
    LatestOperationRequestId: ctx.requestId,
    LatestOperationErrorMsg: '',
  } satisfies Partial<Instance>);
}

/** Consumes the failure-injection tag, if the instance carries one: the message its next operation fails with. */
export function takeFailureTag(instance: Instance, fallback: string): string | undefined {
  const tag = instance.Tags.find((t) => t.Key === FAIL_NEXT_OPERATION_TAG);
  if (!tag) return undefined;
  instance.Tags = instance.Tags.filter((t) => t !== tag);
  return tag.Value || fallback;
}

/** Refuses an instance that is still busy with an earlier operation, whatever its state says. */
export function requireIdle(records: InstanceRecord[]): void {
  const busy = records.find((r) => r.change);
  if (busy) {
    throw new CloudError(
      'OperationDenied.InstanceOperationInProgress',
      `Instance \`${busy.instance.InstanceId}\` is still busy with ${busy.instance.LatestOperation ?? 'an operation'}; wait until it finishes.`,
    );
  }
}

export interface InstanceChange {
  transition: Transition;
  legs: Leg<InstanceTarget>[];
  /** Where a failed operation leaves the instance: where it was, or LAUNCH_FAILED for a launch. */
  failedState: InstanceState;
  /** The LatestOperation this change settles (SUCCESS or FAILED); the transition's action when absent. */
  operation?: string;
  failure?: string;
  injectFaults?: boolean;
  stretch?: number;
}

/**
 * Puts an instance's change on the world's timeline: each leg's state shows on the instance as it lands (DESTROYED
 * removes it), and the end settles LatestOperation — unless a later call (RenewInstances) has taken it over since.
 */
export function changeInstance(world: World, region: RegionWorld, record: InstanceRecord, plan: InstanceChange): void {
  const instance = record.instance;
  const operation = plan.operation ?? actionOf(plan.transition);
  const stillOurs = () => operation !== undefined && instance.LatestOperation === operation;
  // Whatever lands changes the instance: the region's index files it again before its next query.
  const touch = () => region.instances.index.touch(record);
  // What arriving does may resize the instance: recorded in its history as of when the leg was due.
  const legs = plan.legs.map((leg) => {
    const arrive = leg.onArrive;
    if (!arrive) return leg;
    return {
      ...leg,
      onArrive: (at: number) => {
        const failure = noteInstanceChange(record, world.seededAt, at, () => arrive(at));
        touch();
        return failure;
      },
    };
  });
  record.change = world.changes.start<InstanceTarget>({
    transition: plan.transition,
    legs,
    failure: plan.failure,
    injectFaults: plan.injectFaults,
    stretch: plan.stretch,
    enter: (state, at) => {
      if (state !== 'DESTROYED') {
        noteInstanceChange(record, world.seededAt, at, () => {
          instance.InstanceState = state;
        });
        touch();
        return;
      }
      // Removing it from the map removes it from the index and its order.
      region.instances.delete(instance.InstanceId);
    },
    onSuccess: () => {
      record.change = undefined;
      if (stillOurs()) instance.LatestOperationState = 'SUCCESS';
      touch();
    },
    onFailure: (message, at) => {
      record.change = undefined;
      noteInstanceChange(record, world.seededAt, at, () => {
        instance.InstanceState = plan.failedState;
      });
      if (stillOurs()) Object.assign(instance, { LatestOperationState: 'FAILED', LatestOperationErrorMsg: message } satisfies Partial<Instance>);
      touch();
    },
  });
}

/**
 * Starts an operation asked for by a call: the instance shows `via` at once, then passes through each leg; the
 * operation succeeds when the last one lands. With the failure tag (or an injected fault) the first leg fails and the
 * instance returns to where it was.
 */
export function runOperation(ctx: RequestContext, record: InstanceRecord, transition: Transition, via: InstanceState, legs: Leg<InstanceTarget>[]): void {
  const from = record.instance.InstanceState;
  const action = actionOf(transition);
  beginOperation(ctx, record, action);
  // The timeline's now: when an action timer runs this, the moment the timer was due.
  noteInstanceChange(record, ctx.world.seededAt, ctx.world.changes.now(), () => {
    record.instance.InstanceState = via;
  });
  const failure = takeFailureTag(record.instance, transition.failureMessage);
  changeInstance(ctx.world, ctx.region, record, { transition, legs, failedState: from, operation: action, failure });
}
