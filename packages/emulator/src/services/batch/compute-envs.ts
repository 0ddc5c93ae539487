import type { BatchResourceType, BatchTag, ComputeNodeOrigin } from '@cvm/shared';
import type { RegionWorld } from '../../state/world.ts';

// What Batch keeps per region: its compute environments and their nodes. Kept beside the CVM world rather than in it,
// keyed by the region's world, so the CVM emulator knows nothing of Batch; a node only names its CVM instance.

export interface ComputeNodeRecord {
  ComputeNodeId: string;
  InstanceId: string;
  origin: ComputeNodeOrigin;
  createdAt: number;
  /** The AttachInstances that added the node: its reinstall is the instance's operation with this RequestId. */
  attachRequestId?: string;
  /** True once the system disk holds the environment's image: at once for nodes Batch bought, when the reinstall lands otherwise. */
  osReady: boolean;
}

export interface ComputeEnvRecord {
  EnvId: string;
  EnvName: string;
  zone: string;
  projectId: number;
  createdAt: number;
  resourceType: BatchResourceType;
  /** How many nodes Batch itself keeps; attached instances come on top. */
  desiredNodes: number;
  tags: BatchTag[];
  nodes: ComputeNodeRecord[];
}

const envsByRegion = new WeakMap<RegionWorld, ComputeEnvRecord[]>();

/** The region's compute environments (an empty list until some are seeded). */
export function computeEnvsOf(region: RegionWorld): ComputeEnvRecord[] {
  let envs = envsByRegion.get(region);
  if (!envs) envsByRegion.set(region, (envs = []));
  return envs;
}
