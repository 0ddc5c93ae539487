import type { KeyPair, NetworkInterface, SecurityGroup, Vpc } from '@cvm/shared';
import type { VpcTask } from './vpc-tasks.ts';
import type { Subnet } from './subnet-addresses.ts';
import type { SecurityGroupRules } from './security-group-rules.ts';

/** The networks, security groups and key pairs of one region of the account. */
export interface RegionNetwork {
  /** The default VPC comes first. */
  vpcs: Vpc[];
  subnets: Subnet[];
  /** The default security group comes first. */
  securityGroups: SecurityGroup[];
  /** Each security group's rules and their version, by SecurityGroupId. */
  securityGroupRules: Map<string, SecurityGroupRules>;
  keyPairs: KeyPair[];
  /** The elastic interfaces; each instance's primary one is derived from the instance (services/vpc/eni/primary-interface.ts). */
  networkInterfaces: NetworkInterface[];
  /** Elastic interfaces bought with an instance to be deleted with it (RunInstances' NetworkInterfaces.DeleteWithInstance). */
  deleteWithInstance?: Set<string>;
  /** Asynchronous VPC calls by the RequestId that started them (DescribeVpcTaskResult's TaskId). */
  tasks: Map<string, VpcTask>;
  /** ClientTokens of asynchronous calls, with the task each one started. */
  taskTokens: Map<string, { task: VpcTask; fingerprint: string }>;
}

export function defaultVpc(network: RegionNetwork): Vpc {
  return network.vpcs.find((vpc) => vpc.IsDefault) ?? network.vpcs[0]!;
}

/** The default VPC's subnet in a zone: where an instance goes when the request names no network. */
export function defaultSubnet(network: RegionNetwork, zone: string): Subnet | undefined {
  const vpcId = defaultVpc(network).VpcId;
  return (
    network.subnets.find((s) => s.info.VpcId === vpcId && s.info.Zone === zone && s.info.IsDefault) ?? network.subnets.find((s) => s.info.VpcId === vpcId && s.info.Zone === zone)
  );
}
