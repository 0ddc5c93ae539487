import { type Instance, cvmHpc } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { resourceId } from '../../../state/random.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { SEED_FAMILIES, type SeedInstanceType } from '../../../seed/instance-types.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { creationTags, tagFilters } from '../resource-tags.ts';
import { hpcChcOf, type HpcChcRegion, type HpcClusterRecord } from './hpc-chc-region.ts';

// HPC clusters (reference 34906–35745): made in a zone of the region, renamed, listed, and deleted once empty. An
// instance of an HPC family (seed/instance-types.ts `hpc`) is bought into one (RunInstances' HpcClusterId, 8904), and
// only such an instance: the purchase rules call resolveHpcCluster, and the instance joins when it is built.
// - Zone: one of the region's (InvalidZone.MismatchRegion), on sale (UnsupportedOperation.InvalidZone).
// - Name 1–60, Remark ≤ 256 (1–256 when modified), HpcClusterType STANDARD (default), CDC or CHC; HpcClusterBusinessId
//   only for CDC, and the account has no CDC cluster to name: InvalidParameterValue.
// - At most HPC_CLUSTERS_PER_REGION a region (LimitExceeded.HpcClusterQuota); each holds CvmQuotaTotal instances.
// - An ID not shaped hpc-xxxxxxxx, or unknown: ResourceNotFound.HpcCluster (the code the actions document); one
//   holding instances cannot be deleted (ResourceInUse.HpcCluster).

const { HPC_CLUSTER_NAME_MAX, HPC_CLUSTER_REMARK_MAX, HPC_CLUSTER_TYPES } = cvmHpc;
type HpcClusterInfo = cvmHpc.HpcClusterInfo;

export const HPC_CLUSTER_ID = /^hpc-[a-z0-9]{8}$/;
/** How many instances a cluster holds (the reference's examples answer 50, 35035). */
export const HPC_CLUSTER_CAPACITY = 50;
/** Clusters a region holds: the emulator's quota (the reference documents the codes, not the number). */
export const HPC_CLUSTERS_PER_REGION = 20;
/** The cluster network's mode the reference's examples answer (35459). */
const NET_MODE = 30;

/** Whether a type is bought into HPC clusters only. */
export function isHpcType(type: Pick<SeedInstanceType, 'InstanceFamily'>): boolean {
  return SEED_FAMILIES.some((family) => family.family === type.InstanceFamily && family.hpc);
}

/** The cluster's instances that still exist (a terminated one leaves it when it is gone). */
function currentMembers(world: World, region: RegionWorld, cluster: HpcClusterRecord): string[] {
  world.changes.settle();
  cluster.members = cluster.members.filter((id) => region.instances.get(id) !== undefined);
  return cluster.members;
}

function answer(world: World, region: RegionWorld, cluster: HpcClusterRecord): HpcClusterInfo {
  const members = currentMembers(world, region, cluster);
  return { ...cluster.info, Tags: cluster.info.Tags.map((tag) => ({ ...tag })), InstanceIds: [...members], CurrentNum: members.length };
}

function findCluster(hpc: HpcChcRegion, id: string, region: RegionWorld): HpcClusterRecord {
  const cluster = HPC_CLUSTER_ID.test(id) ? hpc.clusters.get(id) : undefined;
  if (!cluster) throw new CloudError('ResourceNotFound.HpcCluster', `The HPC cluster \`${id}\` does not exist in ${region.seed.region}.`);
  return cluster;
}

function checkName(name: string, parameter: string): void {
  if (name.length < 1 || name.length > HPC_CLUSTER_NAME_MAX) {
    throw new CloudError('InvalidParameterValue', `\`${parameter}\` must be 1–${HPC_CLUSTER_NAME_MAX} characters; it is ${name.length}.`);
  }
}

function checkRemark(remark: string, least: number): void {
  if (remark.length < least || remark.length > HPC_CLUSTER_REMARK_MAX) {
    throw new CloudError('InvalidParameterValue', `\`Remark\` must be ${least}–${HPC_CLUSTER_REMARK_MAX} characters; it is ${remark.length}.`);
  }
}

function checkZone(region: RegionWorld, zone: string, forSale: boolean): void {
  const seedZone = region.seed.zones.find((z) => z.zone === zone);
  if (!seedZone) throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${zone}\` does not belong to the region \`${region.seed.region}\`.`);
  if (forSale && !seedZone.available) throw new CloudError('UnsupportedOperation.InvalidZone', `The zone \`${zone}\` is not on sale; make the cluster in another zone.`);
}

export const createHpcCluster = handler(cvmHpc.CreateHpcCluster, (ctx, params) => {
  const { world, region } = ctx;
  checkZone(region, params.Zone, true);
  checkName(params.Name, 'Name');
  if (params.Remark !== undefined) checkRemark(params.Remark, 0);
  const type = params.HpcClusterType ?? 'STANDARD';
  if (!(HPC_CLUSTER_TYPES as readonly string[]).includes(type)) {
    throw new CloudError('InvalidParameterValue', `\`HpcClusterType\` is \`${type}\`; use one of ${HPC_CLUSTER_TYPES.join(', ')}.`);
  }
  if (params.HpcClusterBusinessId !== undefined && type !== 'CDC') {
    throw new CloudError('InvalidParameterValue', '`HpcClusterBusinessId` names a CDC cluster: give it with `HpcClusterType` CDC only.');
  }
  if (type === 'CDC') {
    // The account has no dedicated cluster (CDC) for the HPC cluster to belong to, as RunInstances finds none either.
    const business = params.HpcClusterBusinessId;
    throw new CloudError(
      'InvalidParameterValue',
      business ? `The dedicated cluster \`${business}\` does not exist in this account.` : 'A CDC HPC cluster needs `HpcClusterBusinessId`, the dedicated cluster it belongs to.',
    );
  }
  const tags = creationTags(params.TagSpecification, { resourceType: 'hpc', noun: 'an HPC cluster' });
  const hpc = hpcChcOf(world, region);
  if (hpc.clusters.size >= HPC_CLUSTERS_PER_REGION) {
    throw new CloudError('LimitExceeded.HpcClusterQuota', `${region.seed.region} already holds ${HPC_CLUSTERS_PER_REGION} HPC clusters, the account's quota.`);
  }
  let id: string;
  do id = resourceId('hpc', world.random);
  while (hpc.clusters.has(id));
  const now = world.clock.now();
  const cluster: HpcClusterRecord = {
    info: {
      HpcClusterId: id,
      Name: params.Name,
      Remark: params.Remark ?? '',
      CvmQuotaTotal: HPC_CLUSTER_CAPACITY,
      Zone: params.Zone,
      CreateTime: cloudTime(now),
      HpcClusterType: type,
      HpcClusterBusinessId: '',
      HpcClusterNetMode: NET_MODE,
      Tags: tags,
    },
    members: [],
    createdAt: now,
    rdma: { prefix: `30.${hpc.clustersMade % 256}.${Math.floor(hpc.clustersMade / 256) % 256}`, nextHost: 2 },
  };
  hpc.clustersMade++;
  hpc.clusters.set(id, cluster);
  return { HpcClusterSet: [answer(world, region, cluster)] };
});

export const modifyHpcClusterAttribute = handler(cvmHpc.ModifyHpcClusterAttribute, (ctx, params) => {
  const cluster = findCluster(hpcChcOf(ctx.world, ctx.region), params.HpcClusterId, ctx.region);
  if (params.Name === undefined && params.Remark === undefined) throw new CloudError('InvalidParameterValue', 'Give a new `Name` or `Remark`.');
  if (params.Name !== undefined) checkName(params.Name, 'Name');
  if (params.Remark !== undefined) checkRemark(params.Remark, 1);
  if (params.Name !== undefined) cluster.info.Name = params.Name;
  if (params.Remark !== undefined) cluster.info.Remark = params.Remark;
  return {};
});

export const deleteHpcClusters = handler(cvmHpc.DeleteHpcClusters, (ctx, params) => {
  const { world, region } = ctx;
  const hpc = hpcChcOf(world, region);
  const ids = [...new Set(params.HpcClusterIds)];
  const clusters = ids.map((id) => findCluster(hpc, id, region));
  for (const cluster of clusters) {
    const members = currentMembers(world, region, cluster);
    if (members.length) {
      throw new CloudError(
        'ResourceInUse.HpcCluster',
        `The HPC cluster \`${cluster.info.HpcClusterId}\` still holds ${members.length} instance${members.length > 1 ? 's' : ''} (${members.join(', ')}); terminate them first.`,
      );
    }
  }
  for (const cluster of clusters) hpc.clusters.delete(cluster.info.HpcClusterId);
  return {};
});

const CLUSTER_FILTERS: Record<string, FilterDefinition<HpcClusterRecord>> = {
  ...tagFilters((cluster: HpcClusterRecord) => cluster.info.Tags),
};

export const describeHpcClusters = handler(cvmHpc.DescribeHpcClusters, (ctx, params) => {
  const { world, region } = ctx;
  if (params.Zone !== undefined) checkZone(region, params.Zone, false);
  const limit = params.Limit ?? 20;
  // "每次请求高性能计算集群信息的批量上限为100，默认配合Limit传参数，不能超过Limit值" (35301).
  if (params.HpcClusterIds && params.HpcClusterIds.length > limit) {
    throw new CloudError('InvalidParameterValue', `\`HpcClusterIds\` names ${params.HpcClusterIds.length} clusters, more than \`Limit\` (${limit}).`);
  }
  if (params.Name !== undefined) checkName(params.Name, 'Name');
  const wanted = params.HpcClusterIds?.length ? new Set(params.HpcClusterIds) : undefined;
  const matches = compileFilters(params.Filters, CLUSTER_FILTERS);
  // InstanceType: the clusters an instance of that type can be bought into, those of a zone that sells it.
  const sellsType = (zone: string) => region.zoneTypes.get(zone)?.some((t) => t.InstanceType === params.InstanceType) ?? false;
  const clusters = [...hpcChcOf(world, region).clusters.values()]
    .filter(
      (cluster) =>
        (!wanted || wanted.has(cluster.info.HpcClusterId)) &&
        (params.Name === undefined || cluster.info.Name === params.Name) &&
        (params.Zone === undefined || cluster.info.Zone === params.Zone) &&
        (params.HpcClusterType === undefined || cluster.info.HpcClusterType === params.HpcClusterType) &&
        (params.HpcClusterBusinessId === undefined || cluster.info.HpcClusterBusinessId === params.HpcClusterBusinessId) &&
        (params.InstanceType === undefined || sellsType(cluster.info.Zone)) &&
        matches(cluster),
    )
    .sort((a, b) => b.createdAt - a.createdAt || (a.info.HpcClusterId < b.info.HpcClusterId ? -1 : 1));
  return { TotalCount: clusters.length, HpcClusterSet: paginate(clusters, params.Offset, limit).map((cluster) => answer(world, region, cluster)) };
});

// --- Buying into a cluster (RunInstances, InquiryPriceRunInstances) -----------------------------------------------------

/**
 * The cluster a purchase names, checked as RunInstances documents it: an HPC type needs one
 * (InvalidParameterValue.InstanceTypeRequiredHpcCluster, 9642) and no other type may name one
 * (InvalidParameterValue.InstanceTypeNotSupportHpcCluster, 9640); it must exist (ResourceNotFound.HpcCluster, 9807), be
 * in the purchase's zone (InvalidParameterValue.HpcClusterIdZoneIdNotMatch, 9628) and have room for `count` more
 * (InvalidParameterValue.LimitExceeded).
 */
export function resolveHpcCluster(
  world: World,
  region: RegionWorld,
  clusterId: string | undefined,
  zone: string,
  type: SeedInstanceType,
  count: number,
): HpcClusterRecord | undefined {
  if (clusterId === undefined) {
    if (isHpcType(type)) {
      throw new CloudError(
        'InvalidParameterValue.InstanceTypeRequiredHpcCluster',
        `The type \`${type.InstanceType}\` runs only in an HPC cluster: name one in \`HpcClusterId\` (DescribeHpcClusters).`,
      );
    }
    return undefined;
  }
  if (!isHpcType(type)) {
    throw new CloudError('InvalidParameterValue.InstanceTypeNotSupportHpcCluster', `The type \`${type.InstanceType}\` does not run in HPC clusters; leave out \`HpcClusterId\`.`);
  }
  const cluster = findCluster(hpcChcOf(world, region), clusterId, region);
  if (cluster.info.Zone !== zone) {
    throw new CloudError(
      'InvalidParameterValue.HpcClusterIdZoneIdNotMatch',
      `The HPC cluster \`${clusterId}\` is in the zone \`${cluster.info.Zone}\`; instances bought into it must be in that zone, not \`${zone}\`.`,
    );
  }
  const room = cluster.info.CvmQuotaTotal - currentMembers(world, region, cluster).length;
  if (count > room) {
    throw new CloudError('InvalidParameterValue.LimitExceeded', `The HPC cluster \`${clusterId}\` has room for ${room} more instance${room === 1 ? '' : 's'}, not ${count}.`);
  }
  return cluster;
}

/** A bought instance joins its cluster: its HpcClusterId and an address of the cluster's RDMA network. */
export function joinHpcCluster(cluster: HpcClusterRecord, instance: Instance): void {
  cluster.members.push(instance.InstanceId);
  // Hosts .2–.251, taken again in turn once the first ones have left (a cluster holds at most 50 at a time).
  const host = 2 + ((cluster.rdma.nextHost++ - 2) % 250);
  instance.HpcClusterId = cluster.info.HpcClusterId;
  instance.RdmaIpAddresses = [`${cluster.rdma.prefix}.${host}`];
}
