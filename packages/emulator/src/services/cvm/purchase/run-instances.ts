import { startHistory } from '../../../state/instance-history.ts';
import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { buildInstance } from '../../../state/build-instance.ts';
import { isInSubnet, reserveAddress } from '../../../network/subnet-addresses.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { FAIL_NEXT_OPERATION_TAG, changeInstance } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { requireJumboFrames } from '../jumbo-frames.ts';
import { checkUserData } from '../user-data.ts';
import { IPV4 } from '../id-formats.ts';
import type { RunParams } from './purchase-params.ts';
import { requireQuota } from './quota.ts';
import { attachPurchasedInterfaces, requireInterfaceRoom } from './network-interfaces.ts';
import { resolvePurchase, type Purchase } from './resolve-purchase.ts';
import { joinHpcCluster } from '../hpc-chc/hpc-clusters.ts';
import { placeOnChcHost, resolveChcHosts } from '../hpc-chc/chc-cloud-hosts.ts';
import { placeInstance, requireGroupRoom, resolvePurchaseGroup } from '../placement/purchase-placement.ts';
import { withLaunchTemplate } from '../launch-templates/apply-launch-template.ts';

// RunInstances (reference 8550): checks everything first (a refused call changes nothing), then creates every
// instance PENDING at once; each becomes RUNNING after about ten seconds of emulator time (± 20 %), or LAUNCH_FAILED
// when the failure-injection tag was given or a failure was injected. A ClientToken seen before answers the same InstanceIdSet and creates nothing;
// DryRun checks everything, quota and stock included, and answers DryRunOperation. MinCount buys as many as the quota
// leaves room for, at least MinCount, when that is fewer than InstanceCount. Placement groups (DisasterRecoverGroupIds,
// PartitionNumber) and dedicated hosts (CDHPAID, Placement.HostIds): placement/purchase-placement.ts.

/** Requested private IPs: one per instance (at most 20), in the subnet, not in use. */
function checkPrivateIps(ctx: RequestContext, params: RunParams, purchase: Purchase): string[] | undefined {
  const ips = params.VirtualPrivateCloud?.PrivateIpAddresses;
  if (!ips?.length) return undefined;
  if (ips.length !== purchase.count || ips.length > 20) {
    throw new CloudError(
      'InvalidParameterValue.AmountNotEqual',
      `\`VirtualPrivateCloud.PrivateIpAddresses\` has ${ips.length} addresses for ${purchase.count} instances; give one per instance (at most 20).`,
    );
  }
  if (new Set(ips).size !== ips.length) throw new CloudError('InvalidParameterValue.Duplicate', '`VirtualPrivateCloud.PrivateIpAddresses` names the same address twice.');
  for (const ip of ips) {
    if (!IPV4.test(ip)) throw new CloudError('InvalidParameterValue.InvalidIpFormat', `\`${ip}\` in \`VirtualPrivateCloud.PrivateIpAddresses\` is not an IPv4 address.`);
    if (!isInSubnet(purchase.subnet, ip))
      throw new CloudError('VpcAddrNotInSubNet', `\`${ip}\` is not a usable address of the subnet ${purchase.subnet.info.SubnetId} (${purchase.subnet.info.CidrBlock}).`);
    if (purchase.subnet.used.has(ip)) throw new CloudError('VpcIpIsUsed', `\`${ip}\` is already in use in the subnet ${purchase.subnet.info.SubnetId}.`);
  }
  return ips;
}

export const runInstances = handler(cvm.RunInstances, (ctx, requested) => {
  const { world, region } = ctx;
  const token = requested.ClientToken;
  if (token !== undefined && !requested.DryRun) {
    const earlier = region.clientTokens.get(token);
    if (earlier) return { InstanceIdSet: earlier };
  }
  // LaunchTemplate: the version's parameters, overridden by the request's own (launch-templates/apply-launch-template.ts).
  const params = withLaunchTemplate(region, requested);
  const purchase = resolvePurchase(world, region, params, ['PREPAID', 'POSTPAID_BY_HOUR', 'SPOTPAID', 'CDHPAID', 'CDCPAID']);
  checkUserData(params.UserData);
  // ChcIds: a cloud host on each of these CHC hosts (hpc-chc/chc-cloud-hosts.ts).
  const chcHosts = resolveChcHosts(world, region, params.ChcIds, purchase.zone, purchase.count);
  if (params.EnableJumboFrame !== undefined) requireJumboFrames(purchase.offering.type.InstanceType, 'The instance type');
  const minCount = params.MinCount ?? purchase.count;
  if (minCount > purchase.count) {
    throw new CloudError('InvalidParameterValue.Range', `\`MinCount\` ${minCount} is more than \`InstanceCount\` ${purchase.count}.`);
  }
  const group = resolvePurchaseGroup(world, region, params);
  const privateIps = checkPrivateIps(ctx, params, purchase);
  // MinCount applies to the billing modes that deliver in part: subscription, pay-as-you-go and spot.
  const bought = requireQuota(world, region, purchase, ['PREPAID', 'POSTPAID_BY_HOUR', 'SPOTPAID'].includes(purchase.chargeType) ? minCount : purchase.count);
  requireGroupRoom(world, region, group, bought);
  requireInterfaceRoom(world, region, purchase.interfaces, bought);
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; nothing was created.');

  const now = world.clock.now();
  const ids = purchase.names.slice(0, bought).map((name, index) => {
    if (privateIps) reserveAddress(purchase.subnet, privateIps[index]!);
    const record = buildInstance(world, region, {
      name,
      zone: purchase.zone,
      projectId: purchase.projectId,
      instanceType: purchase.offering.type.InstanceType,
      // A dedicated host's custom configuration (CDH_1C1G) is none of the zone's types.
      ...(purchase.hosts ? { type: purchase.offering.type } : {}),
      imageId: purchase.image.ImageId,
      state: 'PENDING',
      chargeType: purchase.chargeType,
      createdAt: now,
      periodMonths: purchase.periodMonths,
      renewFlag: purchase.renewFlag,
      systemDisk: purchase.systemDisk,
      dataDisks: purchase.dataDisks,
      bandwidthOut: purchase.internet.bandwidth,
      internetChargeType: purchase.internet.chargeType,
      publicIpAssigned: purchase.internet.publicIpAssigned,
      subnet: purchase.subnet,
      privateIp: privateIps?.[index],
      securityGroupIds: purchase.securityGroupIds,
      tags: purchase.tags.filter((tag) => tag.Key !== FAIL_NEXT_OPERATION_TAG),
      keyIds: purchase.login.keyIds,
      keepImageLogin: purchase.login.keepImageLogin,
      hostName: purchase.hostNames?.[index],
      // The purchase rules take both CoreCount and ThreadPerCore or neither.
      cpuTopology:
        params.CpuTopology?.CoreCount !== undefined && params.CpuTopology.ThreadPerCore !== undefined
          ? { CoreCount: params.CpuTopology.CoreCount, ThreadPerCore: params.CpuTopology.ThreadPerCore }
          : undefined,
      metadata: params.Metadata,
      enableJumboFrame: params.EnableJumboFrame,
      disableApiTermination: params.DisableApiTermination,
      latestOperation: { name: 'RunInstances', state: 'OPERATING', requestId: ctx.requestId },
    });
    // Bought now: it has not run yet, whatever the seed would say of an instance like it.
    startHistory(record);
    if (purchase.hpcCluster) joinHpcCluster(purchase.hpcCluster, record.instance);
    if (chcHosts) placeOnChcHost(chcHosts[index]!, record.instance);
    placeInstance(record, group, purchase.hosts, index);
    // NetworkInterfaces: the primary interface's other addresses, and the secondary interfaces bound to it at once.
    if (purchase.interfaces) attachPurchasedInterfaces(world, region, record, purchase.interfaces, now);
    record.userData = params.UserData;
    const failTag = purchase.tags.find((tag) => tag.Key === FAIL_NEXT_OPERATION_TAG);
    const instance = record.instance;
    changeInstance(world, region, record, {
      transition: CVM_TRANSITIONS.launch,
      failedState: 'LAUNCH_FAILED',
      failure: failTag ? failTag.Value || CVM_TRANSITIONS.launch.failureMessage : undefined,
      // Each instance takes a little more or less than the others.
      stretch: 0.8 + world.random() * 0.4,
      legs: [
        {
          to: 'RUNNING',
          onArrive: () => {
            // A public IP is handed out once the instance is up, as the cloud's are.
            if (instance.InternetAccessible.PublicIpAssigned && !instance.PublicIpAddresses?.length) instance.PublicIpAddresses = [world.allocatePublicIp()];
          },
        },
      ],
    });
    // Its keys are in its LoginSettings, where DescribeKeyPairs reads AssociatedInstanceIds from (key-pairs/).
    world.addInstance(region, record);
    return record.instance.InstanceId;
  });
  if (token !== undefined) region.clientTokens.set(token, ids);
  return { InstanceIdSet: ids };
});
