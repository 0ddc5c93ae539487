import { instanceStateErrorCode, stateAllows, type InstanceState, type StateBoundAction } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import { destroyedLately } from '../../state/destroyed-instances.ts';
import { assertInstanceId } from './id-formats.ts';

/** The documented refusal for an instance in the wrong state: UnsupportedOperation.InstanceState<CamelCase>. */
export function stateError(instanceId: string, state: InstanceState, action: string): CloudError {
  return new CloudError(instanceStateErrorCode(state), `${action} is not supported for instance \`${instanceId}\` in state ${state}.`);
}

/**
 * The actions that list UnsupportedOperation.InstanceReinstallFailed ("当前实例为重装系统失败状态，不支持此操作；推荐您再次
 * 重装系统，也可以销毁/退还实例", e.g. StartInstances 14252): they refuse an instance whose last reinstall (ResetInstance,
 * also Batch's) failed, until it is reinstalled again or destroyed.
 */
const REFUSED_AFTER_FAILED_REINSTALL: ReadonlySet<string> = new Set([
  'DescribeInstanceVncUrl',
  'StartInstances',
  'RebootInstances',
  'StopInstances',
  'ResetInstancesPassword',
  'ModifyInstancesAttribute',
  'ModifyInstancesRenewFlag',
  'EnterRescueMode',
  'ResetInstancesType',
  'ResetInstancesInternetMaxBandwidth',
  'ModifyInstancesVpcAttribute',
]);

export function refuseFailedReinstall(records: readonly InstanceRecord[], action: string): void {
  if (!REFUSED_AFTER_FAILED_REINSTALL.has(action)) return;
  const failed = records.find(({ instance }) => instance.LatestOperation === 'ResetInstance' && instance.LatestOperationState === 'FAILED');
  if (failed) {
    throw new CloudError(
      'UnsupportedOperation.InstanceReinstallFailed',
      `Instance \`${failed.instance.InstanceId}\`'s reinstall failed: reinstall it again (ResetInstance) or destroy it before ${action}.`,
    );
  }
}

/**
 * Refuses the first record in a state the action does not accept, by @cvm/shared's table (INSTANCE_ACTION_STATES) —
 * the one the console offers its actions by, so the two cannot disagree; and, for the actions that list it, an instance
 * whose reinstall failed.
 */
export function requireActionState(records: readonly InstanceRecord[], action: StateBoundAction): void {
  refuseFailedReinstall(records, action);
  const wrong = records.find((r) => !stateAllows(action, r.instance.InstanceState));
  if (wrong) throw stateError(wrong.instance.InstanceId, wrong.instance.InstanceState, action);
}

/**
 * The code an action answers for an instance the region destroyed lately (state/destroyed-instances.ts), where its
 * reference lists one; without it such an instance is InvalidInstanceId.NotFound like any unknown one.
 */
export interface TargetOptions {
  destroyedCode?: 'UnsupportedOperation.InstanceStateTerminated' | 'InvalidInstanceState';
}

function refuseMissing(world: World, region: RegionWorld, missing: readonly string[], options: TargetOptions): never {
  const now = world.clock.now();
  const unknown = missing.filter((id) => !options.destroyedCode || !destroyedLately(region, id, now));
  if (!unknown.length) {
    throw new CloudError(options.destroyedCode!, `The instance \`${missing[0]}\` has been destroyed (TERMINATED).`);
  }
  throw new CloudError(
    'InvalidInstanceId.NotFound',
    `The instance${unknown.length > 1 ? 's' : ''} \`${unknown.join('`, `')}\` ${unknown.length > 1 ? 'do' : 'does'} not exist in ${region.seed.region}.`,
  );
}

/**
 * The records a batch action acts on, checked as the cloud checks them before changing anything: well-formed IDs, no
 * duplicates, every instance exists. A batch is all-or-nothing.
 */
export function batchTargets(world: World, region: RegionWorld, ids: readonly string[], options: TargetOptions = {}): InstanceRecord[] {
  ids.forEach((id) => assertInstanceId(id));
  if (new Set(ids).size !== ids.length) {
    throw new CloudError('InvalidParameterValue', 'The parameter `InstanceIds` contains the same instance more than once.');
  }
  const records = world.findInstances(region, ids);
  const missing = ids.filter((_, index) => !records[index]);
  if (missing.length) refuseMissing(world, region, missing, options);
  // An operation under way shows in a passing state (STOPPING, ...) that the state rules refuse with their own code;
  // changes made while the state stays put (a stopped instance being resized) are refused by requireIdle.
  return records as InstanceRecord[];
}

/** The one instance an action names in `InstanceId`, checked like a batch of one. */
export function singleTarget(world: World, region: RegionWorld, id: string, options: TargetOptions = {}): InstanceRecord {
  assertInstanceId(id, 'InstanceId');
  const [record] = world.findInstances(region, [id]);
  if (!record) refuseMissing(world, region, [id], options);
  return record;
}
