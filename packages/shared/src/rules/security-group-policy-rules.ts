// Security group rules' syntax (VPC CreateSecurityGroupPolicies and its neighbours), one copy for the emulator, which
// refuses by it with the cloud's codes, and the console, which says what is wrong before anything is sent. No Node
// modules: the browser loads this too.

/** Protocols a rule may name (CreateSecurityGroupPolicies: "TCP, UDP, ICMP, ICMPV6, GRE, ALL"), as answers spell them. */
export const SECURITY_GROUP_POLICY_PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ICMPV6', 'GRE', 'ALL'] as const;
export type SecurityGroupPolicyProtocol = (typeof SECURITY_GROUP_POLICY_PROTOCOLS)[number];

export const SECURITY_GROUP_POLICY_ACTIONS = ['ACCEPT', 'DROP'] as const;
export type SecurityGroupPolicyAction = (typeof SECURITY_GROUP_POLICY_ACTIONS)[number];

/**
 * Rules a group may hold in each direction. DescribeSecurityGroupLimits' example answers SecurityGroupPolicyLimit 100
 * ("安全组下的最大规则数", cloud.tencent.com/document/api/215/41428); PolicyStatistics counts each direction apart, and
 * so does this limit.
 */
export const SECURITY_GROUP_POLICIES_PER_DIRECTION = 100;

/** PolicyDescription's length; the API pages give none, this is the console's (and the emulator's) bound. */
export const SECURITY_GROUP_POLICY_DESCRIPTION_MAX = 100;

/** The protocol as answers spell it, whatever the case sent (the pages' examples send `tcp` and `All`). */
export function securityGroupPolicyProtocol(text: string): SecurityGroupPolicyProtocol | undefined {
  const upper = text.trim().toUpperCase();
  return SECURITY_GROUP_POLICY_PROTOCOLS.find((protocol) => protocol === upper);
}

export function securityGroupPolicyAction(text: string): SecurityGroupPolicyAction | undefined {
  const upper = text.trim().toUpperCase();
  return SECURITY_GROUP_POLICY_ACTIONS.find((action) => action === upper);
}

/** Only TCP and UDP rules take ports ("只有当 Protocol 字段是 TCP 或 UDP 时，Port 字段才被接受"); the others match all. */
export function protocolTakesPorts(protocol: SecurityGroupPolicyProtocol): boolean {
  return protocol === 'TCP' || protocol === 'UDP';
}

export type PortProblem = 'malformed' | 'range';

const PORT_NUMBER = /^(0|[1-9][0-9]{0,4})$/;

/**
 * What is wrong with a TCP or UDP rule's Port, or undefined: `ALL`, one port (`22`), ports separated by commas
 * (`80,443`) or a range (`3306-3310`, the first no greater than the last), each from 1 to 65535.
 */
export function portProblem(port: string): PortProblem | undefined {
  if (port.toUpperCase() === 'ALL') return undefined;
  const range = /^([^-]+)-([^-]+)$/.exec(port);
  const numbers = range ? [range[1]!, range[2]!] : port.split(',');
  if (numbers.some((n) => !PORT_NUMBER.test(n))) return 'malformed';
  const values = numbers.map(Number);
  if (values.some((n) => n < 1 || n > 65535)) return 'range';
  if (range && values[0]! > values[1]!) return 'range';
  return undefined;
}

/** A valid Port as answers write it: `ALL` in capitals, anything else as sent. */
export function normalPort(port: string): string {
  return port.toUpperCase() === 'ALL' ? 'ALL' : port;
}

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

function prefixWithin(prefix: string | undefined, max: number): boolean {
  return prefix === undefined || (/^(0|[1-9][0-9]{0,2})$/.test(prefix) && Number(prefix) <= max);
}

/** An IPv4 address (`10.0.0.1`) or block (`10.0.0.0/16`): CidrBlock. */
export function isIpv4CidrBlock(text: string): boolean {
  const [address, prefix, extra] = text.split('/');
  return extra === undefined && IPV4.test(address!) && prefixWithin(prefix, 32);
}

function isIpv6Address(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const groups = [...head, ...tail];
  // An embedded IPv4 address (`::ffff:10.0.0.1`) is two groups' worth, and only at the very end.
  const lastIsText = halves.length === 1 || tail.length > 0;
  let count = 0;
  for (const [i, group] of groups.entries()) {
    if (group.includes('.')) {
      if (i !== groups.length - 1 || !lastIsText || !IPV4.test(group)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  // `::` stands for at least one group of zeros.
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** An IPv6 address (`2402:4e00::1`) or block (`::/0`): Ipv6CidrBlock. */
export function isIpv6CidrBlock(text: string): boolean {
  const [address, prefix, extra] = text.split('/');
  return extra === undefined && isIpv6Address(address!) && prefixWithin(prefix, 128);
}

/** "0.0.0.0/n 都会映射为0.0.0.0/0": any block at 0.0.0.0 is everything, and is answered so. */
export function normalIpv4CidrBlock(text: string): string {
  return text.startsWith('0.0.0.0/') ? '0.0.0.0/0' : text;
}
