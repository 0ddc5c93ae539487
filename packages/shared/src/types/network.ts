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
