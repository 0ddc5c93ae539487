import type { BatchResourceType, BatchTag } from '@cvm/shared';
import { computeEnvsOf, type ComputeNodeRecord } from '../services/batch/compute-envs.ts';
import { resourceId } from '../state/random.ts';
import type { World } from '../state/world.ts';

// Batch compute environments of the demo account, one or more per region that has demo instances. In ap-guangzhou the
// analytics team's environment holds the two batch workers Batch bought for it (batch-worker-2 is being stopped, so its
// node turns ABNORMAL), a second CVM environment in another zone is empty, and a bare-metal (CPM) one takes no CVM.

const DAY = 86_400_000;

interface SeedEnv {
  name: string;
  zone: number;
  resourceType?: BatchResourceType;
  ageDays: number;
  desiredNodes?: number;
  /** Demo instances (by name) that Batch created for this environment. */
  nodes?: string[];
  tags?: BatchTag[];
}

const ENVS: Record<string, SeedEnv[]> = {
  'ap-guangzhou': [
    { name: 'analytics-batch', zone: 6, ageDays: 45, desiredNodes: 2, nodes: ['batch-worker-1', 'batch-worker-2'], tags: [{ Key: 'team', Value: 'analytics' }] },
    { name: 'render-farm', zone: 3, ageDays: 30, tags: [{ Key: 'team', Value: 'media' }] },
    { name: 'hpc-bare-metal', zone: 4, resourceType: 'CPM', ageDays: 12 },
  ],
  'ap-shanghai': [{ name: 'sh-etl', zone: 2, ageDays: 60 }],
  'ap-beijing': [{ name: 'bj-batch', zone: 5, ageDays: 20 }],
  'ap-hongkong': [{ name: 'hk-render', zone: 2, ageDays: 21, tags: [{ Key: 'team', Value: 'media' }] }],
  'ap-singapore': [{ name: 'sg-batch', zone: 1, ageDays: 15 }],
  'na-siliconvalley': [
    { name: 'sv-batch', zone: 1, ageDays: 10 },
    { name: 'sv-batch-zone2', zone: 2, ageDays: 9 },
  ],
};

export function seedComputeEnvs(world: World): void {
  const now = world.clock.now();
  for (const [regionName, specs] of Object.entries(ENVS)) {
    const region = world.region(regionName);
    if (!region) continue;
    const envs = computeEnvsOf(region);
    for (const spec of specs) {
      const createdAt = Math.floor((now - spec.ageDays * DAY) / 1000) * 1000;
      const nodes: ComputeNodeRecord[] = (spec.nodes ?? []).flatMap((name) => {
        const record = [...region.instances.values()].find((r) => r.instance.InstanceName === name);
        return record
          ? [
              {
                ComputeNodeId: resourceId('node', world.random),
                InstanceId: record.instance.InstanceId,
                origin: 'BATCH_CREATED' as const,
                createdAt: record.createdAt,
                osReady: true,
              },
            ]
          : [];
      });
      envs.push({
        EnvId: resourceId('env', world.random),
        EnvName: spec.name,
        zone: `${regionName}-${spec.zone}`,
        projectId: 0,
        createdAt,
        resourceType: spec.resourceType ?? 'CVM',
        desiredNodes: spec.desiredNodes ?? 0,
        tags: spec.tags ?? [],
        nodes,
      });
    }
  }
}
