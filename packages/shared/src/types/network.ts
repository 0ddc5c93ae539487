// VPC service (vpc 2017-03-12) shapes the create wizard lists: networks, subnets and security groups. Spelled as the
// VPC API spells them (its tags are TagSet with Key/Value).

export interface VpcTag {
  Key: string;
  Value: string;
}

export interface Vpc {
  VpcId: string;
  VpcName: string;
  CidrBlock: string;
  IsDefault: boolean;
  EnableMulticast: boolean;
  CreatedTime: string;
  DnsServerSet: string[];
  DomainName: string;
  DhcpOptionsId: string;
  EnableDhcp: boolean;
  Ipv6CidrBlock: string;
  TagSet: VpcTag[];
  AssistantCidrSet: unknown[];
  /** How the VPC's routes are published to a CCN: false, by subnet (the default for a new VPC). */
  EnableRouteVpcPublish?: boolean;
  EnableRouteVpcPublishIpv6?: boolean;
  /** IPv6 CIDR blocks by carrier; none without IPv6. */
  Ipv6CidrBlockSet?: { IPv6CidrBlock: string; ISPType: string; AddressType: string }[];
}

export interface VpcSubnet {
  VpcId: string;
  SubnetId: string;
  SubnetName: string;
  CidrBlock: string;
  IsDefault: boolean;
  EnableBroadcast: boolean;
  Zone: string;
  RouteTableId: string;
  CreatedTime: string;
  AvailableIpAddressCount: number;
  TotalIpAddressCount: number;
  Ipv6CidrBlock: string;
  NetworkAclId: string;
  IsRemoteVpcSnat: boolean;
  TagSet: VpcTag[];
  /** The CDC (dedicated cluster) the subnet belongs to: '' and 0 for a subnet in a public cloud zone. */
  CdcId?: string;
  IsCdcSubnet?: number;
}

export interface SecurityGroup {
  SecurityGroupId: string;
  SecurityGroupName: string;
  SecurityGroupDesc: string;
  ProjectId: string;
  IsDefault: boolean;
  CreatedTime: string;
  UpdateTime: string;
  TagSet: VpcTag[];
}

/**
 * A security group rule (VPC SecurityGroupPolicy) as DescribeSecurityGroupPolicies answers it. PolicyIndex is the rule's
 * place in its direction's list, from 0, and moves as rules are added or removed above it. A rule matches by exactly one
 * source (CidrBlock, Ipv6CidrBlock, SecurityGroupId or AddressTemplate; the others are empty) and by Protocol + Port or
 * ServiceTemplate.
 */
export interface SecurityGroupPolicy {
  PolicyIndex: number;
  /** TCP, UDP, ICMP, ICMPV6, GRE or ALL. */
  Protocol: string;
  /** `ALL`, one port (`22`), several (`80,443`) or a range (`3306-3310`); `ALL` for protocols without ports. */
  Port: string;
  ServiceTemplate: { ServiceId: string; ServiceGroupId: string };
  CidrBlock: string;
  Ipv6CidrBlock: string;
  /** A security group whose instances' private addresses the rule matches (the group itself included). */
  SecurityGroupId: string;
  AddressTemplate: { AddressId: string; AddressGroupId: string };
  Action: 'ACCEPT' | 'DROP';
  PolicyDescription: string;
  /** `YYYY-MM-DD hh:mm:ss`, Beijing time, as the VPC API writes it. */
  ModifyTime: string;
  /** The rule's rank in its direction, from 1 (PolicyIndex + 1); it moves as rules are added or removed above it. */
  Priority?: number;
}

/** How many rules a group has, per direction and address family (DescribeSecurityGroupPolicies' PolicyStatistics). */
export interface SecurityGroupPolicyStatistics {
  IngressIPv4TotalCount: number;
  IngressIPv6TotalCount: number;
  EgressIPv4TotalCount: number;
  EgressIPv6TotalCount: number;
}

/**
 * A security group's rules: inbound (Ingress) and outbound (Egress), each in the order they apply (the first that matches
 * decides). Version goes up by one with every change; a change that names an older Version is refused
 * (UnsupportedOperation.VersionMismatch), so an edit made from a stale read cannot undo someone else's.
 */
export interface SecurityGroupPolicySet {
  Version: string;
  Egress: SecurityGroupPolicy[];
  Ingress: SecurityGroupPolicy[];
  PolicyStatistics: SecurityGroupPolicyStatistics;
}

/** A rule as a change sends it: the answer's fields, each optional (PolicyIndex places or names it; ModifyTime is ignored). */
export interface SecurityGroupPolicyInput {
  PolicyIndex?: number;
  Protocol?: string;
  Port?: string;
  ServiceTemplate?: { ServiceId?: string; ServiceGroupId?: string };
  CidrBlock?: string;
  Ipv6CidrBlock?: string;
  SecurityGroupId?: string;
  AddressTemplate?: { AddressId?: string; AddressGroupId?: string };
  Action?: string;
  PolicyDescription?: string;
  ModifyTime?: string;
  Priority?: number;
}

/** The rules a change sends: one direction or both, and the Version it was made from. */
export interface SecurityGroupPolicySetInput {
  Version?: string;
  Egress?: SecurityGroupPolicyInput[];
  Ingress?: SecurityGroupPolicyInput[];
}

/** What uses a security group (DescribeSecurityGroupAssociationStatistics); TotalCount leaves out SG. */
export interface SecurityGroupAssociationStatistics {
  SecurityGroupId: string;
  CVM: number;
  CDB: number;
  ENI: number;
  /** Other security groups whose rules name this one. */
  SG: number;
  CLB: number;
  InstanceStatistics: { InstanceType: string; InstanceCount: number }[];
  TotalCount: number;
}

/** An elastic network interface (VPC NetworkInterface). State: PENDING, AVAILABLE, ATTACHING, DETACHING, DELETING. */
export interface NetworkInterface {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  NetworkInterfaceDescription: string;
  SubnetId: string;
  VpcId: string;
  GroupSet: string[];
  Primary: boolean;
  MacAddress: string;
  State: 'PENDING' | 'AVAILABLE' | 'ATTACHING' | 'DETACHING' | 'DELETING';
  PrivateIpAddressSet: {
    PrivateIpAddress: string;
    Primary: boolean;
    PublicIpAddress: string;
    AddressId: string;
    Description: string;
    IsWanIpBlocked: boolean;
    State: string;
    /** The address's service level: PT, AU, AG or DEFAULT; the interface's. */
    QosLevel?: string;
  }[];
  Attachment: { InstanceId: string; DeviceIndex: number; InstanceAccountId: string; AttachTime: string } | null;
  Zone: string;
  CreatedTime: string;
  Ipv6AddressSet: unknown[];
  TagSet: VpcTag[];
  EniType: number;
  Business: string;
  CdcId: string;
  AttachType: number;
  ResourceId: string;
  QosLevel: string;
  /** State, but INUSE for an available interface bound to an instance (the SDK's newer field). */
  NetworkInterfaceState?: 'PENDING' | 'AVAILABLE' | 'ATTACHING' | 'DETACHING' | 'DELETING' | 'INUSE';
}

/** DescribeVpcTaskResult: an asynchronous VPC call's progress, by the RequestId that started it. */
export interface VpcTaskResult {
  Status: 'SUCCESS' | 'FAILED' | 'RUNNING';
  Output: string;
  Result: { ResourceId: string; Status: string }[] | null;
}
