import { MAX_BANDWIDTH_MBPS, type InternetChargeType } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { defaultSubnet, defaultVpc } from '../../../network/region-network.ts';
import type { Subnet } from '../../../network/subnet-addresses.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { SECURITY_GROUP_ID, SUBNET_ID, VPC_ID } from '../id-formats.ts';
import type { PurchaseParams } from './purchase-params.ts';

// Where a purchase's instances connect: VPC and subnet (VirtualPrivateCloud; DEFAULT/DEFAULT or nothing means the
// default VPC's subnet in the zone), security groups, and the public network (InternetAccessible).

export function resolveSubnet(region: RegionWorld, params: PurchaseParams, zone: string): Subnet {
  const requested = params.VirtualPrivateCloud;
  const network = region.network;
  if (!requested || (requested.VpcId === 'DEFAULT' && requested.SubnetId === 'DEFAULT')) {
    const subnet = defaultSubnet(network, zone);
    if (!subnet) throw new CloudError('InvalidParameterValue.SubnetNotExist', `The default VPC \`${defaultVpc(network).VpcId}\` has no subnet in the zone \`${zone}\`.`);
    return subnet;
  }
  if (!VPC_ID.test(requested.VpcId)) throw new CloudError('InvalidParameterValue.VpcIdMalformed', `\`VirtualPrivateCloud.VpcId\` \`${requested.VpcId}\` is malformed.`);
  if (!network.vpcs.some((vpc) => vpc.VpcId === requested.VpcId)) {
    throw new CloudError('InvalidParameterValue.VpcIdNotExist', `The VPC \`${requested.VpcId}\` does not exist in ${region.seed.region}.`);
  }
  if (!SUBNET_ID.test(requested.SubnetId))
    throw new CloudError('InvalidParameterValue.SubnetIdMalformed', `\`VirtualPrivateCloud.SubnetId\` \`${requested.SubnetId}\` is malformed.`);
  const subnet = network.subnets.find((s) => s.info.SubnetId === requested.SubnetId);
  if (!subnet) throw new CloudError('InvalidParameterValue.SubnetNotExist', `The subnet \`${requested.SubnetId}\` does not exist in ${region.seed.region}.`);
  if (subnet.info.VpcId !== requested.VpcId) {
    throw new CloudError(
      'InvalidParameterValue.VpcIdSubnetIdNotMatch',
      `The subnet \`${requested.SubnetId}\` belongs to the VPC \`${subnet.info.VpcId}\`, not \`${requested.VpcId}\`.`,
    );
  }
  if (subnet.info.Zone !== zone) {
    throw new CloudError('InvalidParameterValue.SubnetIdZoneIdNotMatch', `The subnet \`${requested.SubnetId}\` is in the zone \`${subnet.info.Zone}\`, not \`${zone}\`.`);
  }
  return subnet;
}

export function resolveSecurityGroups(region: RegionWorld, params: PurchaseParams): string[] {
  const requested = params.SecurityGroupIds;
  if (!requested?.length) return [region.network.securityGroups[0]!.SecurityGroupId];
  if (new Set(requested).size !== requested.length) throw new CloudError('InvalidParameterValue.Duplicate', '`SecurityGroupIds` names the same security group twice.');
  for (const id of requested) {
    if (!SECURITY_GROUP_ID.test(id)) throw new CloudError('InvalidParameterValue', `The security group ID \`${id}\` in \`SecurityGroupIds\` is malformed.`);
    if (!region.network.securityGroups.some((sg) => sg.SecurityGroupId === id)) {
      throw new CloudError('InvalidSecurityGroupId.NotFound', `The security group \`${id}\` does not exist in ${region.seed.region}.`);
    }
  }
  return requested;
}

export interface PublicNetwork {
  chargeType: InternetChargeType;
  bandwidth: number;
  publicIpAssigned: boolean;
}

export function resolveInternet(params: PurchaseParams, prepaid: boolean): PublicNetwork {
  const requested = params.InternetAccessible ?? {};
  const chargeType = requested.InternetChargeType ?? (prepaid ? 'BANDWIDTH_PREPAID' : 'TRAFFIC_POSTPAID_BY_HOUR');
  const bandwidth = requested.InternetMaxBandwidthOut ?? 0;
  if (chargeType === 'BANDWIDTH_PREPAID' && !prepaid) {
    throw new CloudError(
      'InvalidParameterCombination',
      '`InternetAccessible.InternetChargeType` BANDWIDTH_PREPAID needs a PREPAID instance; pay-as-you-go instances use TRAFFIC_POSTPAID_BY_HOUR or BANDWIDTH_POSTPAID_BY_HOUR.',
    );
  }
  if (chargeType === 'BANDWIDTH_PACKAGE') {
    const id = requested.BandwidthPackageId;
    if (!id) throw new CloudError('MissingParameter', 'The request is missing a required parameter `InternetAccessible.BandwidthPackageId` for BANDWIDTH_PACKAGE.');
    if (!/^bwp-[a-z0-9]{8}$/.test(id))
      throw new CloudError('InvalidParameterValue.BandwidthPackageIdMalformed', `\`InternetAccessible.BandwidthPackageId\` \`${id}\` is malformed.`);
    throw new CloudError('InvalidParameterValue.BandwidthPackageIdNotFound', `The bandwidth package \`${id}\` does not exist.`);
  }
  if (requested.BandwidthPackageId !== undefined) {
    throw new CloudError('InvalidParameterCombination', '`InternetAccessible.BandwidthPackageId` applies only to BANDWIDTH_PACKAGE.');
  }
  const max = MAX_BANDWIDTH_MBPS[chargeType];
  if (bandwidth > max) {
    throw new CloudError('InvalidParameterValue.Range', `\`InternetAccessible.InternetMaxBandwidthOut\` ${bandwidth} Mbps is out of range: ${chargeType} allows 0–${max} Mbps.`);
  }
  if (requested.PublicIpAssigned === true && bandwidth === 0) {
    throw new CloudError('InvalidParameterCombination', '`InternetAccessible.PublicIpAssigned` needs `InternetMaxBandwidthOut` above 0.');
  }
  if (params.VirtualPrivateCloud?.AsVpcGateway && (bandwidth === 0 || requested.PublicIpAssigned === false)) {
    throw new CloudError('InvalidParameterCombination', '`VirtualPrivateCloud.AsVpcGateway` needs a public IP (bandwidth above 0).');
  }
  return { chargeType, bandwidth, publicIpAssigned: bandwidth > 0 && requested.PublicIpAssigned !== false };
}
