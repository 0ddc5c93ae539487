import type { NetworkInterface } from '@cvm/shared';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { NETWORK_INTERFACE_ID } from '../../cvm/id-formats.ts';

// Every VPC instance's primary network interface (seed 004 line 101: "One CVM can be bound with multiple ENIs, but only
// one can be the primary ENI"; the VPC's ENI concepts: "An ENI that is automatically created when a CVM is created in a
// VPC is the primary ENI ... binding and unbinding are supported for secondary ENIs instead of primary ENIs").
//
// Derived from the instance, not stored: a region may hold a million instances (`--instances`), and a record each would
// cost more than the instances themselves. Everything about it is a function of the instance as it is now — its
// private IPs (the first is the interface's primary address), public IP, security groups, subnet, VPC, zone, creation
// time — so ModifyInstancesAttribute, ModifyInstancesVpcAttribute and Associate/DisassociateSecurityGroups show on it
// the moment they land on the instance, and it is gone when the instance is. Its ID and MAC are computed from the
// instance ID by a bijection, so either leads back to the instance without a table: `eni-` and eight characters, a
// scrambling of the instance ID's eight (affine over base 36, digits reversed, affine again); the MAC carries the
// scrambled number's 42 bits in a locally administered unicast address (52/56/5A/5E:…), unique per interface.
//
// An instance has one while it holds a private IP: from RunInstances on (PENDING included) until it is destroyed. A
// seeded instance that never launched (LAUNCH_FAILED without an address) has none.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const SPACE = 36n ** 8n;
/** Coprime with 36, so multiplying by it modulo 36⁸ is a bijection. */
const MULTIPLIER = 1_000_003n;
const OFFSET = 1_234_567_891n;

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
const MULTIPLIER_INVERSE = inverse(MULTIPLIER, SPACE);

const decode = (suffix: string): bigint => [...suffix].reduce((n, c) => n * 36n + BigInt(DIGITS.indexOf(c)), 0n);
function encode(n: bigint): string {
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = DIGITS[Number(n % 36n)]! + out;
    n /= 36n;
  }
  return out;
}
const reversed = (n: bigint) => decode([...encode(n)].reverse().join(''));
const mix = (n: bigint) => (n * MULTIPLIER + OFFSET) % SPACE;
const unmix = (n: bigint) => ((((n - OFFSET) % SPACE) + SPACE) * MULTIPLIER_INVERSE) % SPACE;

/** The primary interface's ID of an instance: `ins-xxxxxxxx` → `eni-yyyyyyyy`, the same on every start. */
export function primaryInterfaceId(instanceId: string): string {
  return `eni-${encode(mix(reversed(mix(decode(instanceId.slice(4))))))}`;
}

/** The instance whose primary interface this ID would be (it may not exist); undefined for a malformed ID. */
export function instanceOfPrimaryInterfaceId(interfaceId: string): string | undefined {
  if (!NETWORK_INTERFACE_ID.test(interfaceId)) return undefined;
  return `ins-${encode(unmix(reversed(unmix(decode(interfaceId.slice(4))))))}`;
}

/** The primary interface's MAC: the ID's number (< 2⁴²) in a locally administered unicast address. */
export function primaryInterfaceMac(interfaceId: string): string {
  const n = decode(interfaceId.slice(4));
  const bytes = [0x52 | (Number(n >> 40n) << 2), ...[32n, 24n, 16n, 8n, 0n].map((shift) => Number((n >> shift) & 0xffn))];
  return bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** The instance whose primary interface has this MAC (any case), or undefined when no primary interface could have it. */
export function instanceOfPrimaryMac(mac: string): string | undefined {
  const bytes = mac.split(':').map((b) => (/^[0-9a-fA-F]{2}$/.test(b) ? Number.parseInt(b, 16) : Number.NaN));
  if (bytes.length !== 6 || bytes.some(Number.isNaN) || (bytes[0]! & 0xf3) !== 0x52) return undefined;
  const n = bytes.slice(1).reduce((acc, b) => (acc << 8n) | BigInt(b), BigInt((bytes[0]! >> 2) & 0x3));
  return n < SPACE ? instanceOfPrimaryInterfaceId(`eni-${encode(n)}`) : undefined;
}

/** The name the cloud gives an instance's primary interface. */
export const PRIMARY_INTERFACE_NAME = '主网卡';

/** EniType as DescribeNetworkInterfaces' `eni-type` filter spells it: 0 secondary, 1 primary, 2 trunk. */
export const PRIMARY_ENI_TYPE = 1;

export function hasPrimaryInterface(record: InstanceRecord): boolean {
  return record.instance.PrivateIpAddresses.length > 0;
}

/** What every primary interface has alike: the filters on these are decided once for all of them. */
export const PRIMARY_INTERFACE_CONSTANTS = {
  NetworkInterfaceName: PRIMARY_INTERFACE_NAME,
  NetworkInterfaceDescription: '',
  Primary: true,
  EniType: PRIMARY_ENI_TYPE,
  TagSet: [],
  QosLevel: 'DEFAULT',
  Business: 'cvm',
  CdcId: '',
  AttachType: 0,
} as const satisfies Partial<NetworkInterface>;

/** The instance's primary interface as DescribeNetworkInterfaces answers it (a fresh object: changing it changes nothing). */
export function primaryInterfaceOf(world: World, record: InstanceRecord): NetworkInterface {
  const { instance } = record;
  const id = primaryInterfaceId(instance.InstanceId);
  const publicIp = instance.PublicIpAddresses?.[0] ?? '';
  return {
    ...PRIMARY_INTERFACE_CONSTANTS,
    NetworkInterfaceId: id,
    SubnetId: instance.VirtualPrivateCloud.SubnetId,
    VpcId: instance.VirtualPrivateCloud.VpcId,
    GroupSet: [...instance.SecurityGroupIds],
    MacAddress: primaryInterfaceMac(id),
    State: 'AVAILABLE',
    PrivateIpAddressSet: instance.PrivateIpAddresses.map((ip, i) => ({
      PrivateIpAddress: ip,
      Primary: i === 0,
      PublicIpAddress: i === 0 ? publicIp : '',
      AddressId: '',
      Description: '',
      IsWanIpBlocked: false,
      State: 'AVAILABLE',
    })),
    Attachment: { InstanceId: instance.InstanceId, DeviceIndex: 0, InstanceAccountId: world.account.uin, AttachTime: instance.CreatedTime },
    Zone: instance.Placement.Zone,
    CreatedTime: instance.CreatedTime,
    Ipv6AddressSet: (instance.IPv6Addresses ?? []).map((address, i) => ({
      Address: address,
      Primary: i === 0,
      AddressId: '',
      Description: '',
      IsWanIpBlocked: false,
      State: 'AVAILABLE',
    })),
    TagSet: [],
    ResourceId: '',
  };
}

/** The instance record whose primary interface this ID names, when that instance exists and has one. */
export function primaryInterfaceOwner(world: World, region: RegionWorld, interfaceId: string): InstanceRecord | undefined {
  const instanceId = instanceOfPrimaryInterfaceId(interfaceId);
  if (!instanceId) return undefined;
  world.instanceIndex(region); // due changes landed, destroyed instances gone
  const record = region.instances.peek(instanceId);
  return record && hasPrimaryInterface(record) ? record : undefined;
}
