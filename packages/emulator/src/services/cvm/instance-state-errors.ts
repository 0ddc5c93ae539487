import { instanceStateErrorCode, stateAllows, type InstanceState, type StateBoundAction } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import { assertInstanceId } from './id-formats.ts';

/** The documented refusal for an instance in the wrong state: UnsupportedOperation.InstanceState<CamelCase>. */
export function stateError(instanceId: string, state: InstanceState, action: string): CloudError {
  return new CloudError(instanceStateErrorCode(state), `${action} is not supported for instance \`${instanceId}\` in state ${state}.`);
}

/**
 * Refuses the first record in a state the action does not accept, by @cvm/shared's table (INSTANCE_ACTION_STATES) —
 * the one the console offers its actions by, so the two cannot disagree.
 */
export function requireActionState(records: readonly InstanceRecord[], action: StateBoundAction): void {
  const wrong = records.find((r) => !stateAllows(action, r.instance.InstanceState));
  if (wrong) throw stateError(wrong.instance.InstanceId, wrong.instance.InstanceState, action);
}

/**
 * The records a batch action acts on, checked as the cloud checks them before changing anything: well-formed IDs, no
 * duplicates, every instance exists. A batch is all-or-nothing.
 */
export function batchTargets(world: World, region: RegionWorld, ids: readonly string[]): InstanceRecord[] {
  ids.forEach((id) => assertInstanceId(id));
  if (new Set(ids).size !== ids.length) {
    throw new CloudError('InvalidParameterValue', 'The parameter `InstanceIds` contains the same instance more than once.');
  }
  const records = world.findInstances(region, ids);
  const missing = ids.filter((_, index) => !records[index]);
  if (missing.length) {
    throw new CloudError(
      'InvalidInstanceId.NotFound',
      `The instance${missing.length > 1 ? 's' : ''} \`${missing.join('`, `')}\` ${missing.length > 1 ? 'do' : 'does'} not exist in ${region.seed.region}.`,
    );
  }
  // An operation under way shows in a passing state (STOPPING, ...) that the state rules refuse with their own code;
  // changes made while the state stays put (a stopped instance being resized) are refused by requireIdle.
  return records as InstanceRecord[];
}

/** The one instance an action names in `InstanceId`, checked like a batch of one. */
export function singleTarget(world: World, region: RegionWorld, id: string): InstanceRecord {
  assertInstanceId(id, 'InstanceId');
  const [record] = world.findInstances(region, [id]);
  if (!record) throw new CloudError('InvalidInstanceId.NotFound', `The instance \`${id}\` does not exist in ${region.seed.region}.`);
  return record;
}
