import type { Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { CHC_ID, hpcChcOf, type ChcHostRecord } from './hpc-chc-region.ts';

// A cloud host made on CHC hosts (RunInstances' ChcIds, 8919): one instance per named host, each PREPARED, in the
// purchase's zone. The instance is bought as the request says (its type, image, network); the host becomes ONLINE
// with its CvmInstanceId, and PREPARED again once that instance is gone (read when the hosts are next read).
// - an ID not shaped chc-xxxxxxxx, unknown, or a host of another zone: InvalidParameterValue.ChcHostsNotFound (9610);
// - a host without its deploy network: OperationDenied.ChcInstallCloudImageWithoutDeployNetwork (9791, "不允许未配置
//   部署网络的CHC安装云上镜像");
// - a host not PREPARED (busy, preparing, or holding a cloud host): InvalidParameter.HostIdStatusNotSupport (9566);
// - InstanceCount other than the number of hosts: InvalidParameterValue.

export function resolveChcHosts(world: World, region: RegionWorld, ids: readonly string[] | undefined, zone: string, count: number): ChcHostRecord[] | undefined {
  if (ids === undefined) return undefined;
  const hosts = settledHosts(world, region);
  const missing = ids.filter((id) => !CHC_ID.test(id) || hosts.get(id)?.host.Placement.Zone !== zone);
  if (missing.length || !ids.length) {
    throw new CloudError('InvalidParameterValue.ChcHostsNotFound', `No CHC host \`${missing.join('`, `') || '(none named)'}\` in the zone \`${zone}\` of ${region.seed.region}.`);
  }
  if (new Set(ids).size !== ids.length) throw new CloudError('InvalidParameterValue', '`ChcIds` names the same CHC host more than once.');
  if (count !== ids.length) {
    throw new CloudError('InvalidParameterValue', `\`InstanceCount\` is ${count}; a purchase on CHC hosts makes one instance per host in \`ChcIds\` (${ids.length}).`);
  }
  const records = ids.map((id) => hosts.get(id)!);
  for (const { host, change } of records) {
    if (!host.DeployVirtualPrivateCloud) {
      throw new CloudError(
        'OperationDenied.ChcInstallCloudImageWithoutDeployNetwork',
        `The CHC host \`${host.ChcId}\` has no deploy network to install a cloud image over: configure it first (ConfigureChcDeployVpc).`,
      );
    }
    if (change || host.InstanceState !== 'PREPARED') {
      throw new CloudError('InvalidParameter.HostIdStatusNotSupport', `The CHC host \`${host.ChcId}\` is ${host.InstanceState}; a cloud host is made on a PREPARED one only.`);
    }
  }
  return records;
}

/** The bought instance runs on the host: ONLINE, naming it. */
export function placeOnChcHost(record: ChcHostRecord, instance: Instance): void {
  record.host.InstanceState = 'ONLINE';
  record.host.CvmInstanceId = instance.InstanceId;
}

/**
 * The region's hosts with the timeline settled and every ONLINE host whose instance is gone PREPARED again: what every
 * read of the hosts goes through.
 */
export function settledHosts(world: World, region: RegionWorld): Map<string, ChcHostRecord> {
  world.changes.settle();
  const hosts = hpcChcOf(world, region).hosts;
  for (const { host } of hosts.values()) {
    if (host.InstanceState === 'ONLINE' && region.instances.get(host.CvmInstanceId) === undefined) {
      host.InstanceState = 'PREPARED';
      host.CvmInstanceId = '';
    }
  }
  return hosts;
}
