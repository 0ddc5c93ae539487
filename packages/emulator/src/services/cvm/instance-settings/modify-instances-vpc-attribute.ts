import { cvm, type InstanceState, type ParamsOutput } from '@cvm/shared';
import type { Leg } from '../../../state/change-over-time/index.ts';
import { CloudError } from '../../../http/cloud-error.ts';
import { isInSubnet, nextFreeAddress, reserveAddress, type Subnet } from '../../../network/subnet-addresses.ts';
import { defaultHostName } from '../../../state/instance-answer.ts';
import type { InstanceRecord, InstanceTarget } from '../../../state/instance-record.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { IPV4, SUBNET_ID, VPC_ID } from '../id-formats.ts';
import { batchTargets, requireActionState } from '../instance-state-errors.ts';
import { requireIdle, runOperation } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';

// ModifyInstancesVpcAttribute (reference 31350): a new private IP, or a move to another subnet or VPC (the subnet in
// the instance's zone). "此操作默认会关闭实例，完成后再启动": a RUNNING instance is shut down — HARD unless ForceStop is
// false — changed and started again; a STOPPED one stays STOPPED. PrivateIpAddresses, when given, name one address per
// instance in InstanceIds' order, each free and inside the subnet's CIDR (VpcAddrNotInSubNet, VpcIpIsUsed); otherwise
// the subnet hands one out. The address is checked when asked and taken when the change lands (a failed change takes
// none); the old one is given back then. DescribeInstances shows VirtualPrivateCloud and PrivateIpAddresses.

type VpcParams = ParamsOutput<typeof cvm.ModifyInstancesVpcAttribute>;

/** The subnet asked for, as this action's own codes refuse it (the action lists no NotExist codes: InvalidParameterValue). */
function targetSubnet(region: RegionWorld, vpc: VpcParams['VirtualPrivateCloud']): Subnet {
  if (!VPC_ID.test(vpc.VpcId)) throw new CloudError('InvalidParameterValue.VpcIdMalformed', `\`VirtualPrivateCloud.VpcId\` \`${vpc.VpcId}\` is malformed.`);
  if (!SUBNET_ID.test(vpc.SubnetId)) throw new CloudError('InvalidParameterValue.SubnetIdMalformed', `\`VirtualPrivateCloud.SubnetId\` \`${vpc.SubnetId}\` is malformed.`);
  if (!region.network.vpcs.some((v) => v.VpcId === vpc.VpcId)) throw new CloudError('InvalidParameterValue', `The VPC \`${vpc.VpcId}\` does not exist in ${region.seed.region}.`);
  const subnet = region.network.subnets.find((s) => s.info.SubnetId === vpc.SubnetId);
  if (!subnet) throw new CloudError('InvalidParameterValue', `The subnet \`${vpc.SubnetId}\` does not exist in ${region.seed.region}.`);
  if (subnet.info.VpcId !== vpc.VpcId) throw new CloudError('InvalidParameterValue', `The subnet \`${vpc.SubnetId}\` belongs to \`${subnet.info.VpcId}\`, not \`${vpc.VpcId}\`.`);
  return subnet;
}

/** The addresses asked for, one per instance, or undefined: the subnet picks. */
function requestedAddresses(vpc: VpcParams['VirtualPrivateCloud'], count: number): string[] | undefined {
  const ips = vpc.PrivateIpAddresses;
  if (!ips?.length) return undefined;
  if (ips.length !== count) {
    throw new CloudError(
      'InvalidParameterValue',
      `\`VirtualPrivateCloud.PrivateIpAddresses\` has ${ips.length} addresses for ${count} instances; give one per instance, in order.`,
    );
  }
  if (new Set(ips).size !== ips.length) throw new CloudError('InvalidParameterValue', '`VirtualPrivateCloud.PrivateIpAddresses` names the same address twice.');
  for (const ip of ips) {
    if (!IPV4.test(ip)) throw new CloudError('InvalidParameterValue.IPAddressMalformed', `\`${ip}\` in \`VirtualPrivateCloud.PrivateIpAddresses\` is not an IPv4 address.`);
  }
  return ips;
}

const subnetOf = (region: RegionWorld, subnetId: string) => region.network.subnets.find((s) => s.info.SubnetId === subnetId);
/** Whether the instance holds this very address in this very subnet already (asking for it again is no conflict). */
const holds = (record: InstanceRecord, subnet: Subnet, ip: string) =>
  record.instance.VirtualPrivateCloud.SubnetId === subnet.info.SubnetId && record.instance.PrivateIpAddresses.includes(ip);

function checkInstance(ctx: RequestContext, record: InstanceRecord, subnet: Subnet, ip: string | undefined): void {
  const { instance } = record;
  if (instance.StopChargingMode === 'STOP_CHARGING') {
    throw new CloudError('UnsupportedOperation.StoppedModeStopCharging', `Instance \`${instance.InstanceId}\` is stopped without charging; start it first.`);
  }
  if (subnet.info.Zone !== instance.Placement.Zone) {
    throw new CloudError(
      'InvalidParameterValue',
      `The subnet \`${subnet.info.SubnetId}\` is in ${subnet.info.Zone}; instance \`${instance.InstanceId}\` is in ${instance.Placement.Zone}.`,
    );
  }
  // An elastic network interface stays in its subnet: no move while one is bound (the primary one moves with the instance).
  const bound = ctx.region.network.networkInterfaces.some((eni) => !eni.Primary && eni.Attachment?.InstanceId === instance.InstanceId);
  if (bound && subnet.info.VpcId !== instance.VirtualPrivateCloud.VpcId) {
    throw new CloudError(
      'UnsupportedOperation.ElasticNetworkInterface',
      `Instance \`${instance.InstanceId}\` has an elastic network interface bound; unbind it before changing VPC.`,
    );
  }
  if (bound && subnet.info.SubnetId !== instance.VirtualPrivateCloud.SubnetId) {
    throw new CloudError('EniNotAllowedChangeSubnet', `Instance \`${instance.InstanceId}\` has an elastic network interface bound, which cannot change subnet.`);
  }
  if (ip === undefined) return;
  if (!isInSubnet(subnet, ip)) {
    throw new CloudError('VpcAddrNotInSubNet', `\`${ip}\` is not a usable address of the subnet ${subnet.info.SubnetId} (${subnet.info.CidrBlock}).`);
  }
  if (subnet.used.has(ip) && !holds(record, subnet, ip)) throw new CloudError('VpcIpIsUsed', `\`${ip}\` is already in use in the subnet ${subnet.info.SubnetId}.`);
}

/**
 * Moves the instance to the subnet and address as the change lands: the address taken then (a failure message if it
 * was taken meanwhile, which fails the change), the old one given back.
 */
function move(ctx: RequestContext, record: InstanceRecord, subnet: Subnet, asked: string | undefined, asVpcGateway: boolean | undefined): () => string | undefined {
  return () => {
    const { instance } = record;
    const oldSubnet = subnetOf(ctx.region, instance.VirtualPrivateCloud.SubnetId);
    const oldIp = instance.PrivateIpAddresses[0];
    const keep = asked !== undefined && holds(record, subnet, asked);
    let ip = asked;
    if (!keep) {
      if (ip !== undefined && subnet.used.has(ip)) return `The address ${ip} was taken in ${subnet.info.SubnetId} before the change was made.`;
      ip ??= nextFreeAddress(subnet);
      if (ip === undefined) return `The subnet ${subnet.info.SubnetId} has no free IP address left.`;
      reserveAddress(subnet, ip);
      // Given back as an ENI deletion gives its addresses back (subnet-addresses.ts has no release of its own).
      if (oldSubnet && oldIp !== undefined && oldSubnet.used.delete(oldIp)) oldSubnet.info.AvailableIpAddressCount++;
    }
    instance.VirtualPrivateCloud = {
      ...instance.VirtualPrivateCloud,
      VpcId: subnet.info.VpcId,
      SubnetId: subnet.info.SubnetId,
      PrivateIpAddresses: [ip!],
      ...(asVpcGateway === undefined ? {} : { AsVpcGateway: asVpcGateway }),
    };
    // The primary interface's secondary addresses (RunInstances' NetworkInterfaces) stay in their subnet: kept when the
    // instance stays there too, given back when it moves.
    const secondary = instance.PrivateIpAddresses.slice(1).filter((other) => other !== ip);
    const staying = oldSubnet === subnet;
    // One of its own secondary addresses made primary: the old primary one is given back.
    if (keep && ip !== oldIp && oldIp !== undefined && oldSubnet?.used.delete(oldIp)) oldSubnet.info.AvailableIpAddressCount++;
    if (!staying) for (const other of secondary) if (oldSubnet?.used.delete(other)) oldSubnet.info.AvailableIpAddressCount++;
    instance.PrivateIpAddresses = staying ? [ip!, ...secondary] : [ip!];
    return undefined;
  };
}

export const modifyInstancesVpcAttribute = handler(cvm.ModifyInstancesVpcAttribute, (ctx, params) => {
  // An instance destroyed lately: InvalidInstanceState, the code this action lists (reference 31557).
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds, { destroyedCode: 'InvalidInstanceState' });
  const vpc = params.VirtualPrivateCloud;
  const subnet = targetSubnet(ctx.region, vpc);
  const ips = requestedAddresses(vpc, records.length);
  requireActionState(records, 'ModifyInstancesVpcAttribute');
  records.forEach((record, index) => checkInstance(ctx, record, subnet, ips?.[index]));
  requireIdle(records, { ctx, action: 'ModifyInstancesVpcAttribute', params });

  // ForceStop defaults to true (31396): a forced shutdown, a stop's HARD variant.
  const stop = params.ForceStop === false ? CVM_TRANSITIONS.stop : CVM_TRANSITIONS.hardStop;
  records.forEach((record, index) => {
    // The default host name follows the private IP (state/instance-answer.ts); ReserveHostName keeps the one it has.
    if (params.ReserveHostName) record.instance.HostName ??= defaultHostName(record.instance);
    const apply = move(ctx, record, subnet, ips?.[index], vpc.AsVpcGateway);
    const running = record.instance.InstanceState === 'RUNNING';
    const via: InstanceState = running ? 'STOPPING' : 'STOPPED';
    const legs: Leg<InstanceTarget>[] = running
      ? [
          { to: 'STOPPED', after: stop },
          { to: 'STARTING', onArrive: apply },
          { to: 'RUNNING', after: CVM_TRANSITIONS.start },
        ]
      : [{ to: 'STOPPED', onArrive: apply }];
    runOperation(ctx, record, CVM_TRANSITIONS.vpcChange, via, legs);
  });
  return {};
});
