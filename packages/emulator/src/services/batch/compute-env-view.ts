import type { ComputeEnvDetail, ComputeEnvView, ComputeNode, ComputeNodeMetrics, ComputeNodeState } from '@cvm/shared';
import { cloudTime } from '../../state/cloud-time.ts';
import type { RegionWorld } from '../../state/world.ts';
import type { ComputeEnvRecord } from './compute-envs.ts';
import { nodeState } from './node-state.ts';

// The wire shapes: ComputeEnvView for the list, the same plus ComputeNodeSet for one environment.

/** The Batch agent the emulator's nodes report (nodes run no agent here; the field is filled as the cloud fills it). */
const AGENT_VERSION = 'v1.9.4';

const METRIC_OF: Record<ComputeNodeState, keyof ComputeNodeMetrics> = {
  SUBMITTED: 'SubmittedCount',
  CREATING: 'CreatingCount',
  CREATION_FAILED: 'CreationFailedCount',
  CREATED: 'CreatedCount',
  RUNNING: 'RunningCount',
  DELETING: 'DeletingCount',
  ABNORMAL: 'AbnormalCount',
};

export function computeNodes(env: ComputeEnvRecord, region: RegionWorld): ComputeNode[] {
  return env.nodes.flatMap((node) => {
    const record = region.instances.get(node.InstanceId);
    if (!record) return [];
    const instance = record.instance;
    const state = nodeState(node, record);
    return [
      {
        ComputeNodeId: node.ComputeNodeId,
        ComputeNodeInstanceId: node.InstanceId,
        ComputeNodeState: state,
        Cpu: instance.CPU,
        Mem: instance.Memory,
        ResourceCreatedTime: cloudTime(node.createdAt),
        TaskInstanceNumAvailable: state === 'RUNNING' ? 1 : 0,
        AgentVersion: AGENT_VERSION,
        PrivateIpAddresses: [...instance.PrivateIpAddresses],
        PublicIpAddresses: [...(instance.PublicIpAddresses ?? [])],
        ResourceType: env.resourceType,
        ResourceOrigin: node.origin,
      },
    ];
  });
}

function metricsOf(nodes: ComputeNode[]): ComputeNodeMetrics {
  const metrics: ComputeNodeMetrics = { SubmittedCount: 0, CreatingCount: 0, CreationFailedCount: 0, CreatedCount: 0, RunningCount: 0, DeletingCount: 0, AbnormalCount: 0 };
  for (const node of nodes) metrics[METRIC_OF[node.ComputeNodeState]]++;
  return metrics;
}

export function computeEnvView(env: ComputeEnvRecord, region: RegionWorld): ComputeEnvView {
  return viewWith(env, computeNodes(env, region));
}

export function computeEnvDetail(env: ComputeEnvRecord, region: RegionWorld): ComputeEnvDetail {
  const nodes = computeNodes(env, region);
  return { ...viewWith(env, nodes), ComputeNodeSet: nodes };
}

function viewWith(env: ComputeEnvRecord, nodes: ComputeNode[]): ComputeEnvView {
  return {
    EnvId: env.EnvId,
    EnvName: env.EnvName,
    // The emulated environments run on no dedicated host and no resource pack.
    Placement: { Zone: env.zone, ProjectId: env.projectId, HostIds: [], HostId: '', DedicatedResourcePackTenancy: '', DedicatedResourcePackIds: [], RackId: '' },
    CreateTime: cloudTime(env.createdAt),
    ComputeNodeMetrics: metricsOf(nodes),
    EnvType: 'MANAGED',
    DesiredComputeNodeCount: env.desiredNodes,
    ResourceType: env.resourceType,
    // The emulator never scales an environment, so nothing is ever about to happen to it.
    NextAction: 'NONE',
    AttachedComputeNodeCount: nodes.filter((n) => n.ResourceOrigin === 'USER_ATTACHED').length,
    Tags: env.tags.map((tag) => ({ ...tag })),
  };
}
