import type { Instance, InstanceState } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { InstanceRecord, TransitionStage } from '../../state/instance-record.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import type { RequestContext } from '../action-handler.ts';

// An accepted operation on an instance: recorded as LatestOperation (OPERATING, with the call's RequestId), then landing
// over emulator time in one or more stages; the failure-injection tag makes it fail and roll back instead.

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

/** Consumes the failure-injection tag, if the instance carries one. */
export function injectedFailure(record: InstanceRecord, revertTo: InstanceState) {
  const tag = record.instance.Tags.find((t) => t.Key === FAIL_NEXT_OPERATION_TAG);
  if (!tag) return undefined;
  record.instance.Tags = record.instance.Tags.filter((t) => t !== tag);
  return { revertTo, message: tag.Value || 'The operation failed on the host; retry it.' };
}

/** Refuses an instance that is still busy with an earlier operation, whatever its state says. */
export function requireIdle(records: InstanceRecord[]): void {
  const busy = records.find((r) => r.transition);
  if (busy) {
    throw new CloudError('OperationDenied.InstanceOperationInProgress', `Instance \`${busy.instance.InstanceId}\` is still busy with ${busy.instance.LatestOperation ?? 'an operation'}; wait until it finishes.`);
  }
}

export interface OperationStage {
  to: InstanceState | 'DESTROYED';
  seconds: number;
  onLand?: (instance: Instance) => void;
}

/**
 * Starts an operation: the instance shows `via` at once, then passes through each stage; the operation succeeds when
 * the last stage lands. With the failure tag, the first stage fails and the instance returns to where it was.
 */
export function runOperation(world: World, region: RegionWorld, ctx: RequestContext, record: InstanceRecord, action: string, via: InstanceState, stages: OperationStage[]): void {
  const from = record.instance.InstanceState;
  beginOperation(ctx, record, action);
  record.instance.InstanceState = via;
  const failure = injectedFailure(record, from);
  const scale = (seconds: number) => seconds * 1000 * world.transitionScale;
  const chain = stages.slice(1).reduceRight<TransitionStage | undefined>(
    (next, stage) => ({ to: stage.to, afterMs: scale(stage.seconds), onLand: stage.onLand, next }),
    undefined,
  );
  const [first] = stages;
  world.scheduleTransition(region, record, first!.seconds, {
    to: first!.to,
    operation: action,
    onLand: first!.onLand,
    ...(failure ? { failure } : { next: chain }),
  });
}
