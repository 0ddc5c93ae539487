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
  PrivateIpAddressSet: { PrivateIpAddress: string; Primary: boolean; PublicIpAddress: string; AddressId: string; Description: string; IsWanIpBlocked: boolean; State: string }[];
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
}

/** DescribeVpcTaskResult: an asynchronous VPC call's progress, by the RequestId that started it. */
export interface VpcTaskResult {
  Status: 'SUCCESS' | 'FAILED' | 'RUNNING';
  Output: string;
  Result: { ResourceId: string; Status: string }[] | null;
}
