import { hai, type HaiInstanceState } from '@cvm/shared';
import { actionOf, type Transition } from '../../state/change-over-time/index.ts';
import { CloudError } from '../../http/cloud-error.ts';
import type { World } from '../../state/world.ts';
import { handler, type RequestContext } from '../action-handler.ts';
import { isSoldOut } from './bundles.ts';
import { haiRegion, listHaiInstances, nextTaskId, type HaiRecord, type HaiRegion, type HaiTarget } from './hai-region.ts';
import { changeHaiInstance } from './instance-change.ts';
import { assertInstanceId, assertNoDuplicates } from './ids.ts';
import { requireHaiState } from './state-rules.ts';
import { HAI_TRANSITIONS } from './transitions.ts';

// StartInstance, StopInstance (one instance each, answering a TaskId) and TerminateInstances (up to 100, all or
// nothing). Each is accepted at once and lands on the emulator's clock:
//   StartInstance       STOPPED_NO_CHARGE → STARTING → RUNNING       5 s
//   StopInstance        RUNNING → STOPPING → STOPPED_NO_CHARGE       5 s (StopMode STOP_CHARGE, the only mode)
//   TerminateInstances  RUNNING, STOPPED_NO_CHARGE, LAUNCH_FAILED, ARREARS → TERMINATING → gone   3 s
// Stopping releases the compute, so starting needs the bundle in stock again (ResourceInsufficient.BundleInventoryShortage).
// DryRun runs every check and answers DryRunOperation.

function region(ctx: RequestContext): HaiRegion {
  return haiRegion(ctx.world, ctx.region.seed.region);
}

function findRecords(world: World, hai: HaiRegion, ids: readonly string[], parameter: string): HaiRecord[] {
  for (const id of ids) assertInstanceId(id, parameter);
  assertNoDuplicates(ids, parameter);
  listHaiInstances(world, hai);
  const missing = ids.filter((id) => !hai.instances.has(id));
  if (missing.length) {
    throw new CloudError(
      'InvalidParameterValue.InstanceIdNotFound',
      `The instance${missing.length > 1 ? 's' : ''} ${missing.map((id) => `\`${id}\``).join(', ')} do${missing.length > 1 ? '' : 'es'} not exist in ${hai.region}.`,
    );
  }
  return ids.map((id) => hai.instances.get(id)!);
}

function begin(world: World, hai: HaiRegion, record: HaiRecord, transition: Transition, via: HaiInstanceState, to: HaiTarget): void {
  const from = record.instance.InstanceState;
  record.instance.InstanceState = via;
  record.instance.LatestOperation = actionOf(transition);
  record.instance.LatestOperationState = 'OPERATING';
  changeHaiInstance(world, hai, record, { transition, legs: [{ to }], failedState: from });
}

export const startHaiInstance = handler(hai.StartInstance, (ctx, params) => {
  const hai = region(ctx);
  const [record] = findRecords(ctx.world, hai, [params.InstanceId], 'InstanceId');
  requireHaiState('StartInstance', params.InstanceId, record!.instance.InstanceState);
  if (isSoldOut(hai.region, record!.bundleType)) {
    throw new CloudError(
      'ResourceInsufficient.BundleInventoryShortage',
      `The bundle ${record!.bundleType} of \`${params.InstanceId}\` is sold out in ${hai.region}; the instance cannot start until it is back in stock.`,
    );
  }
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; nothing was started.');
  begin(ctx.world, hai, record!, HAI_TRANSITIONS.start, 'STARTING', 'RUNNING');
  return { TaskId: nextTaskId(hai) };
});

export const stopHaiInstance = handler(hai.StopInstance, (ctx, params) => {
  const hai = region(ctx);
  const [record] = findRecords(ctx.world, hai, [params.InstanceId], 'InstanceId');
  requireHaiState('StopInstance', params.InstanceId, record!.instance.InstanceState);
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; nothing was stopped.');
  begin(ctx.world, hai, record!, HAI_TRANSITIONS.stop, 'STOPPING', 'STOPPED_NO_CHARGE');
  return { TaskId: nextTaskId(hai) };
});

export const terminateHaiInstances = handler(hai.TerminateInstances, (ctx, params) => {
  const hai = region(ctx);
  const records = findRecords(ctx.world, hai, params.InstanceIds, 'InstanceIds');
  for (const record of records) requireHaiState('TerminateInstances', record.instance.InstanceId, record.instance.InstanceState);
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; nothing was terminated.');
  for (const record of records) begin(ctx.world, hai, record, HAI_TRANSITIONS.terminate, 'TERMINATING', 'DESTROYED');
  return {};
});
