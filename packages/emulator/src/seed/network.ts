import type { KeyPair, SecurityGroup, Vpc } from '@cvm/shared';
import { resourceId, type Random } from '../state/random.ts';
import { newSubnet, type Subnet } from '../network/subnet-addresses.ts';
import type { RegionNetwork } from '../network/region-network.ts';
import type { SeedRegion } from './regions.ts';
import { seedSecurityGroupRules } from './security-group-rules.ts';

// Each region of the demo account has the default VPC (a subnet in every zone, as the cloud creates it), a second
// VPC "prod-vpc" with subnets in only two zones, three security groups with their rules (security-group-rules.ts) and
// two key pairs.

const CREATED = '2024-03-01 10:00:00';

function vpc(random: Random, name: string, cidr: string, isDefault: boolean): Vpc {
  return {
    VpcId: resourceId('vpc', random),
    VpcName: name,
    CidrBlock: cidr,
    IsDefault: isDefault,
    EnableMulticast: false,
    CreatedTime: CREATED,
    DnsServerSet: ['183.60.83.19', '183.60.82.98'],
    DomainName: '',
    DhcpOptionsId: '',
    EnableDhcp: true,
    Ipv6CidrBlock: '',
    TagSet: [],
    AssistantCidrSet: [],
  };
}

function securityGroup(random: Random, name: string, description: string, isDefault: boolean): SecurityGroup {
  return {
    SecurityGroupId: resourceId('sg', random),
    SecurityGroupName: name,
    SecurityGroupDesc: description,
    ProjectId: '0',
    IsDefault: isDefault,
    CreatedTime: CREATED,
    UpdateTime: CREATED,
    TagSet: [],
  };
}

function keyPair(random: Random, name: string, description: string): KeyPair {
  const body = Array.from({ length: 48 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[Math.floor(random() * 64)]).join('');
  const keyId = resourceId('skey', random);
  return {
    KeyId: keyId,
    KeyName: name,
    ProjectId: 0,
    Description: description,
    PublicKey: `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${body} ${keyId.replace('-', '_')}`,
    AssociatedInstanceIds: [],
    CreatedTime: '2024-03-01T10:00:00Z',
    Tags: [],
  };
}

/**
 * Room for a seeded account that asks for more instances than the default subnets hold (`--instances`): when a
 * zone's subnets are full, a subnet `bulk-<zone>-<n>` (/18, 16 379 usable addresses) is cut from a VPC `bulk-vpc-<n>`
 * (10.64.0.0/16 upwards, four such subnets each), as a real account of that size would have more VPCs. Nothing is
 * created until the default subnets run out, so a world that fits in them is the same as without this.
 */
export class BulkNetwork {
  private readonly current = new Map<string, Subnet>();
  private vpc?: Vpc;
  private vpcSubnets = 0;

  constructor(
    private readonly network: RegionNetwork,
    private readonly random: Random,
    /** The subnet a zone's instances go to until it is full. */
    private readonly first: (zone: string) => Subnet,
  ) {}

  /** A subnet in the zone with a free address. */
  subnetFor(zone: string): Subnet {
    const subnet = this.current.get(zone) ?? this.first(zone);
    if (subnet.info.AvailableIpAddressCount > 0) {
      this.current.set(zone, subnet);
      return subnet;
    }
    const next = this.newSubnet(zone);
    this.current.set(zone, next);
    return next;
  }

  private newSubnet(zone: string): Subnet {
    if (!this.vpc || this.vpcSubnets === 4) {
      const n = this.network.vpcs.filter((v) => v.VpcName.startsWith('bulk-vpc-')).length;
      if (n >= 192) throw new Error('The bulk VPCs (10.64.0.0/16 to 10.255.0.0/16) are full.');
      this.vpc = vpc(this.random, `bulk-vpc-${String(n + 1).padStart(2, '0')}`, `10.${64 + n}.0.0/16`, false);
      this.network.vpcs.push(this.vpc);
      this.vpcSubnets = 0;
    }
    const second = this.vpc.CidrBlock.split('.')[1];
    const index = this.network.subnets.filter((s) => s.info.Zone === zone && s.info.SubnetName.startsWith('bulk-')).length;
    const subnet = newSubnet({
      VpcId: this.vpc.VpcId,
      SubnetId: resourceId('subnet', this.random),
      SubnetName: `bulk-${zone}-${index + 1}`,
      CidrBlock: `10.${second}.${this.vpcSubnets * 64}.0/18`,
      IsDefault: false,
      EnableBroadcast: false,
      Zone: zone,
      RouteTableId: 'rtb-bulk0000',
      CreatedTime: CREATED,
      Ipv6CidrBlock: '',
      NetworkAclId: '',
      IsRemoteVpcSnat: false,
      TagSet: [],
    });
    this.vpcSubnets++;
    this.network.subnets.push(subnet);
    return subnet;
  }
}

export function seedNetwork(seed: SeedRegion, regionIndex: number, random: Random): RegionNetwork {
  const main = vpc(random, 'Default-VPC', `10.${regionIndex}.0.0/16`, true);
  const prod = vpc(random, 'prod-vpc', `172.${16 + regionIndex}.0.0/16`, false);
  const subnets: Subnet[] = seed.zones.map((zone, zoneIndex) =>
    newSubnet({
      VpcId: main.VpcId,
      SubnetId: resourceId('subnet', random),
      SubnetName: `Default-Subnet-${zone.zone}`,
      CidrBlock: `10.${regionIndex}.${zoneIndex * 16}.0/20`,
      IsDefault: true,
      EnableBroadcast: false,
      Zone: zone.zone,
      RouteTableId: 'rtb-default0',
      CreatedTime: CREATED,
      Ipv6CidrBlock: '',
      NetworkAclId: '',
      IsRemoteVpcSnat: false,
      TagSet: [],
    }),
  );
  seed.zones
    .filter((zone) => zone.available)
    .slice(0, 2)
    .forEach((zone, index) => {
      subnets.push(
        newSubnet({
          VpcId: prod.VpcId,
          SubnetId: resourceId('subnet', random),
          SubnetName: `prod-${'ab'[index]}`,
          CidrBlock: `172.${16 + regionIndex}.${index}.0/24`,
          IsDefault: false,
          EnableBroadcast: false,
          Zone: zone.zone,
          RouteTableId: 'rtb-prod0000',
          CreatedTime: CREATED,
          Ipv6CidrBlock: '',
          NetworkAclId: '',
          IsRemoteVpcSnat: false,
          TagSet: [{ Key: 'env', Value: 'prod' }],
        }),
      );
    });
  const securityGroups = [
    securityGroup(random, 'default', 'System created security group', true),
    securityGroup(random, 'web-public-80-443', 'HTTP and HTTPS from anywhere', false),
    securityGroup(random, 'ssh-office-only', 'SSH from the office network', false),
  ];
  return {
    vpcs: [main, prod],
    subnets,
    securityGroups,
    securityGroupRules: seedSecurityGroupRules(securityGroups),
    keyPairs: [keyPair(random, 'ops_team', 'Operations on-call key'), keyPair(random, 'ci_deploy', 'Deployments from CI')],
    networkInterfaces: [],
    tasks: new Map(),
    taskTokens: new Map(),
  };
}
