import { vpc, type NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { isInSubnet, nextFreeAddress, reserveAddress } from '../../../network/subnet-addresses.ts';
import type { RegionNetwork } from '../../../network/region-network.ts';
import { handler } from '../../action-handler.ts';
import { IPV4, SECURITY_GROUP_ID, SUBNET_ID, VPC_ID } from '../../cvm/id-formats.ts';
import { ENI_QUOTA_PER_REGION } from './eni-limits.ts';
import { currentInterfaces } from './eni-lookup.ts';
import { interfaceAnswer } from './interface-answer.ts';
import { newElasticInterface } from './new-interface.ts';

// CreateNetworkInterface: an interface in a subnet of a VPC, with its security groups and a primary private address
// (given, or the subnet's next free one). Ready (AVAILABLE) at once. TrunkingFlag Enable makes a trunking interface
// (EniType 2); IsRdma an RDMA one, which no emulated family can take (AttachNetworkInterface refuses it). A ClientToken
// answers the first call's answer again; reused for another request it is UnsupportedOperation.IdempotentParameterMismatch.

/** Each region's CreateNetworkInterface ClientTokens: what the first call asked for, and what it answered. */
const createTokens = new WeakMap<RegionNetwork, Map<string, { fingerprint: string; answer: { NetworkInterface: NetworkInterface } }>>();

/** RDMA interfaces (IsRdma): bound only to instances with RDMA, which the emulator has none of. */
const rdmaInterfaces = new WeakSet<NetworkInterface>();

export const isRdmaInterface = (eni: NetworkInterface): boolean => rdmaInterfaces.has(eni);

export const createNetworkInterface = handler(vpc.CreateNetworkInterface, (ctx, params) => {
  const { world, region } = ctx;
  const network = region.network;
  const { ClientToken: token, ...asked } = params;
  if (token !== undefined && (token.length > 64 || !/^[\x20-\x7e]*$/.test(token))) {
    throw new CloudError('InvalidParameterValue.TooLong', '`ClientToken` must be at most 64 ASCII characters.');
  }
  const tokens = createTokens.get(network) ?? new Map();
  createTokens.set(network, tokens);
  const fingerprint = JSON.stringify(asked);
  const earlier = token === undefined ? undefined : tokens.get(token);
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      throw new CloudError('UnsupportedOperation.IdempotentParameterMismatch', `The ClientToken \`${token}\` was already used for a different request.`);
    }
    return structuredClone(earlier.answer);
  }
  const trunking = params.TrunkingFlag ?? 'Disable';
  if (trunking !== 'Enable' && trunking !== 'Disable') {
    throw new CloudError('InvalidParameterValue', `\`TrunkingFlag\` must be Enable or Disable, not \`${trunking}\`.`);
  }
  if (!VPC_ID.test(params.VpcId)) throw new CloudError('InvalidParameterValue.Malformed', `\`VpcId\` \`${params.VpcId}\` is malformed.`);
  if (!SUBNET_ID.test(params.SubnetId)) throw new CloudError('InvalidParameterValue.Malformed', `\`SubnetId\` \`${params.SubnetId}\` is malformed.`);
  if (!network.vpcs.some((v) => v.VpcId === params.VpcId)) throw new CloudError('ResourceNotFound', `The VPC \`${params.VpcId}\` does not exist in ${region.seed.region}.`);
  const subnet = network.subnets.find((s) => s.info.SubnetId === params.SubnetId);
  if (!subnet) throw new CloudError('ResourceNotFound', `The subnet \`${params.SubnetId}\` does not exist in ${region.seed.region}.`);
  if (subnet.info.VpcId !== params.VpcId) throw new CloudError('UnsupportedOperation.VpcMismatch', `The subnet \`${params.SubnetId}\` is not in the VPC \`${params.VpcId}\`.`);
  const name = params.NetworkInterfaceName;
  if (!name || name.length > 60) throw new CloudError('InvalidParameterValue.TooLong', '`NetworkInterfaceName` must be 1–60 characters.');
  for (const id of params.SecurityGroupIds ?? []) {
    if (!SECURITY_GROUP_ID.test(id)) throw new CloudError('InvalidParameterValue.Malformed', `The security group ID \`${id}\` is malformed.`);
    if (!network.securityGroups.some((g) => g.SecurityGroupId === id)) throw new CloudError('ResourceNotFound', `The security group \`${id}\` does not exist.`);
  }
  if (currentInterfaces(world, region).length >= ENI_QUOTA_PER_REGION) {
    throw new CloudError('LimitExceeded', `This region already has ${ENI_QUOTA_PER_REGION} network interfaces, the account's quota.`);
  }
  const primary = params.PrivateIpAddresses?.find((a) => a.Primary !== false);
  const requested = primary?.PrivateIpAddress;
  let address: string | undefined;
  if (requested !== undefined) {
    if (!IPV4.test(requested)) throw new CloudError('InvalidParameterValue.Malformed', `\`${requested}\` is not an IPv4 address.`);
    if (!isInSubnet(subnet, requested)) throw new CloudError('InvalidParameterValue.Range', `\`${requested}\` is not a usable address of the subnet ${subnet.info.CidrBlock}.`);
    if (subnet.used.has(requested)) throw new CloudError('UnsupportedOperation.ResourceIsInvalidState', `\`${requested}\` is already in use in the subnet.`);
    address = requested;
  } else {
    address = nextFreeAddress(subnet);
    if (!address) throw new CloudError('LimitExceeded', `The subnet \`${subnet.info.SubnetId}\` has no free address.`);
  }
  reserveAddress(subnet, address);
  const eni = newElasticInterface(world, {
    name,
    description: params.NetworkInterfaceDescription ?? '',
    subnet,
    securityGroupIds: params.SecurityGroupIds ?? [],
    addresses: [{ ip: address, description: primary?.Description }],
    attachment: null,
    tags: params.Tags,
    eniType: trunking === 'Enable' ? 2 : 0,
    qosLevel: params.QosLevel,
  });
  network.networkInterfaces.push(eni);
  if (params.IsRdma) rdmaInterfaces.add(eni);
  const answer = { NetworkInterface: interfaceAnswer(eni) };
  if (token !== undefined) tokens.set(token, { fingerprint, answer: structuredClone(answer) });
  return answer;
});
