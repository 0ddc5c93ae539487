import { CloudError } from '../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import { computeEnvsOf, type ComputeEnvRecord, type ComputeNodeRecord } from './compute-envs.ts';

// Finding environments, and keeping their nodes true to the CVM world: a node whose instance is gone (terminated) is
// gone too, the way a destroyed instance frees its network interfaces.

export const ENV_ID = /^env-[a-z0-9]{8}$/;

export function assertEnvId(id: string, parameter = 'EnvId'): void {
  if (!ENV_ID.test(id)) {
    throw new CloudError(
      'InvalidParameter.EnvIdMalformed',
      `The compute environment ID \`${id}\` in \`${parameter}\` is malformed: expected env- followed by 8 lower-case letters or digits.`,
    );
  }
}

/** The region's environments with due CVM transitions landed and the nodes of vanished instances dropped. */
export function currentComputeEnvs(world: World, region: RegionWorld): ComputeEnvRecord[] {
  world.listInstances(region);
  const envs = computeEnvsOf(region);
  for (const env of envs) env.nodes = env.nodes.filter((node) => region.instances.has(node.InstanceId));
  return envs;
}

export function findComputeEnv(world: World, region: RegionWorld, envId: string): ComputeEnvRecord {
  assertEnvId(envId);
  const env = currentComputeEnvs(world, region).find((e) => e.EnvId === envId);
  if (!env) throw new CloudError('ResourceNotFound.ComputeEnv', `The compute environment \`${envId}\` does not exist in ${region.seed.region}.`);
  return env;
}

/** The node an instance is, in any of the region's environments: an instance belongs to Batch at most once. */
export function nodeOfInstance(world: World, region: RegionWorld, instanceId: string): { env: ComputeEnvRecord; node: ComputeNodeRecord } | undefined {
  for (const env of currentComputeEnvs(world, region)) {
    const node = env.nodes.find((n) => n.InstanceId === instanceId);
    if (node) return { env, node };
  }
  return undefined;
}
