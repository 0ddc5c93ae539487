import type { SecurityGroup } from '@cvm/shared';
import type { SecurityGroupRules, StoredPolicy } from '../network/security-group-rules.ts';

// The seeded groups' rules, as a new account's would read: the default group lets in SSH, Remote Desktop and ping and
// lets everything out (the console's "Open ports 22, 80, 443, 3389 and ICMP protocol" template, tencentcloud.com/
// document/product/213/34272, less the web ports, which are the web group's); the web group lets in HTTP and HTTPS over IPv4 and IPv6; the office group lets SSH in from one documentation
// block (203.0.113.0/24) and drops it from anywhere else, so a DROP below an ACCEPT is there to see. No random draws:
// the world's IDs stay what they were before groups had rules.

const SEEDED_AT = '2024-03-01 10:00:00';

type Rule = Pick<StoredPolicy, 'Protocol' | 'Port' | 'Action' | 'PolicyDescription'> & Partial<Pick<StoredPolicy, 'CidrBlock' | 'Ipv6CidrBlock' | 'SecurityGroupId'>>;

const rule = (fields: Rule): StoredPolicy => ({ CidrBlock: '', Ipv6CidrBlock: '', SecurityGroupId: '', ModifyTime: SEEDED_AT, ...fields });

const OUT_IPV4 = rule({ Protocol: 'ALL', Port: 'ALL', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT', PolicyDescription: 'All outbound traffic' });
const OUT_IPV6 = rule({ Protocol: 'ALL', Port: 'ALL', Ipv6CidrBlock: '::/0', Action: 'ACCEPT', PolicyDescription: 'All outbound traffic (IPv6)' });

function rulesFor(group: SecurityGroup): Pick<SecurityGroupRules, 'Ingress' | 'Egress'> {
  switch (group.SecurityGroupName) {
    case 'default':
      return {
        Ingress: [
          rule({ Protocol: 'TCP', Port: '22', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT', PolicyDescription: 'SSH (Linux login)' }),
          rule({ Protocol: 'TCP', Port: '3389', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT', PolicyDescription: 'Remote Desktop (Windows login)' }),
          rule({ Protocol: 'ICMP', Port: 'ALL', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT', PolicyDescription: 'Ping' }),
          rule({ Protocol: 'ALL', Port: 'ALL', SecurityGroupId: group.SecurityGroupId, Action: 'ACCEPT', PolicyDescription: "Between this group's instances" }),
        ],
        Egress: [OUT_IPV4, OUT_IPV6],
      };
    case 'web-public-80-443':
      return {
        Ingress: [
          rule({ Protocol: 'TCP', Port: '80,443', CidrBlock: '0.0.0.0/0', Action: 'ACCEPT', PolicyDescription: 'HTTP and HTTPS' }),
          rule({ Protocol: 'TCP', Port: '80,443', Ipv6CidrBlock: '::/0', Action: 'ACCEPT', PolicyDescription: 'HTTP and HTTPS (IPv6)' }),
        ],
        Egress: [OUT_IPV4, OUT_IPV6],
      };
    case 'ssh-office-only':
      return {
        Ingress: [
          rule({ Protocol: 'TCP', Port: '22', CidrBlock: '203.0.113.0/24', Action: 'ACCEPT', PolicyDescription: 'SSH from the office network' }),
          rule({ Protocol: 'TCP', Port: '22', CidrBlock: '0.0.0.0/0', Action: 'DROP', PolicyDescription: 'SSH from anywhere else' }),
        ],
        Egress: [OUT_IPV4],
      };
    default:
      // A group made without rules denies everything ("新建的安全组的入站和出站规则默认都是全部拒绝").
      return { Ingress: [], Egress: [] };
  }
}

/** Each seeded group's rules, at version 1 (the one change that wrote them). Rules are copied: groups share none. */
export function seedSecurityGroupRules(groups: readonly SecurityGroup[]): Map<string, SecurityGroupRules> {
  return new Map(
    groups.map((group) => {
      const { Ingress, Egress } = rulesFor(group);
      return [group.SecurityGroupId, { version: 1, Ingress: Ingress.map((r) => ({ ...r })), Egress: Egress.map((r) => ({ ...r })) }];
    }),
  );
}
