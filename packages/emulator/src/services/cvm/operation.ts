import { noteInstanceChange } from '../../state/instance-history.ts';
import type { Instance, InstanceState } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { actionOf, type Leg, type Transition } from '../../state/change-over-time/index.ts';
import type { InstanceRecord, InstanceTarget } from '../../state/instance-record.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import { noteDestroyed } from '../../state/destroyed-instances.ts';
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

/** A request that starts a change on an instance, as requireIdle compares it with the change under way. */
export interface Task {
  ctx: RequestContext;
  /** The action's name, as LatestOperation shows it. */
  action: string;
  /** Its parameters; which instances it names and its ClientToken or DryRun do not make it another task. */
  params: object;
}

/** The task each instance's change under way was started by, with that request's ID (its LatestOperationRequestId). */
const runningTasks = new WeakMap<InstanceRecord, { requestId: string; key: string }>();

const IGNORED_IN_TASK = new Set(['InstanceIds', 'InstanceId', 'ClientToken', 'DryRun']);

function taskKey({ action, params }: Task): string {
  const entries = Object.entries(params)
    .filter(([name, value]) => !IGNORED_IN_TASK.has(name) && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([action, entries]);
}

/**
 * Refuses an instance that is still busy with an earlier operation, whatever its state says: the same task asked for
 * again while it runs (the same action with the same parameters) is MutexOperation.TaskRunning ("同样的任务正在运行",
 * e.g. ResetInstancesPassword, reference 15593), anything else OperationDenied.InstanceOperationInProgress. With a task,
 * the instances are remembered as running it: call it last before starting the change.
 */
export function requireIdle(records: InstanceRecord[], task?: Task): void {
  const key = task && taskKey(task);
  const busy = records.find((r) => r.change);
  if (busy) {
    const running = runningTasks.get(busy);
    if (key !== undefined && running?.key === key && running.requestId === busy.instance.LatestOperationRequestId) {
      throw new CloudError('MutexOperation.TaskRunning', `Instance \`${busy.instance.InstanceId}\` is already running this ${task!.action}; wait until it finishes.`);
    }
    throw new CloudError(
      'OperationDenied.InstanceOperationInProgress',
      `Instance \`${busy.instance.InstanceId}\` is still busy with ${busy.instance.LatestOperation ?? 'an operation'}; wait until it finishes.`,
    );
  }
  if (task) for (const record of records) runningTasks.set(record, { requestId: task.ctx.requestId, key: key! });
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
      // Removing it from the map removes it from the index and its order; the region remembers it for a while.
      region.instances.delete(instance.InstanceId);
      noteDestroyed(region, instance.InstanceId, at);
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
