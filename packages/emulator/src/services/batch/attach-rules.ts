import { CloudError } from '../../http/cloud-error.ts';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { RequestContext } from '../action-handler.ts';
import { assertInstanceId } from '../cvm/id-formats.ts';
import type { ComputeEnvRecord } from './compute-envs.ts';
import { nodeOfInstance } from './env-lookup.ts';

// Which instances AttachInstances takes (seed 000): not already in Batch, RUNNING, not spot. The emulator adds two
// rules the seed leaves open: the instance is idle (no CVM operation under way) and in the environment's zone, since a
// compute environment's Placement is one zone. Every refusal names the instance and why.

/**
 * Batch reaches CVM through CVM's API; a refusal there (an unknown or malformed instance, an image or password CVM's
 * reinstall rejects) comes back as InternalError.CallCvm, with CVM's own code in the message.
 */
export function callCvm<T>(what: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof CloudError) throw new CloudError('InternalError.CallCvm', `The CVM call ${what} failed: ${error.code}: ${error.message}`);
    throw error;
  }
}

/** The instances as CVM describes them; a malformed or unknown ID fails the CVM call. */
export function describeThroughCvm(ctx: RequestContext, ids: readonly string[]): InstanceRecord[] {
  return callCvm('DescribeInstances', () => {
    ids.forEach((id, index) => assertInstanceId(id, `Instances.${index}.InstanceId`));
    const records = ctx.world.findInstances(ctx.region, ids);
    const missing = ids.filter((_, index) => !records[index]);
    if (missing.length)
      throw new CloudError(
        'InvalidInstanceId.NotFound',
        `The instance${missing.length > 1 ? 's' : ''} \`${missing.join('`, `')}\` ${missing.length > 1 ? 'do' : 'does'} not exist in ${ctx.region.seed.region}.`,
      );
    return records as InstanceRecord[];
  });
}

/** Why an instance cannot join the environment, or undefined when it can. */
export function attachRefusal(ctx: RequestContext, env: ComputeEnvRecord, record: InstanceRecord): string | undefined {
  const instance = record.instance;
  const member = nodeOfInstance(ctx.world, ctx.region, instance.InstanceId);
  if (member) return `it is already in Batch, as the node ${member.node.ComputeNodeId} of the compute environment ${member.env.EnvId}`;
  if (instance.InstanceChargeType === 'SPOTPAID') return 'it is a spot instance (SPOTPAID), and spot instances cannot be added';
  if (instance.InstanceState !== 'RUNNING') return `it is ${instance.InstanceState}; only RUNNING instances can be added`;
  if (record.change) return `it is busy with ${instance.LatestOperation ?? 'an operation'}; wait until it finishes`;
  if (instance.Placement.Zone !== env.zone) return `it is in ${instance.Placement.Zone} and the compute environment is in ${env.zone}`;
  return undefined;
}
