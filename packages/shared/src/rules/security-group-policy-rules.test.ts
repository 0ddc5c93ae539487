import { isIP, isIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  isIpv4CidrBlock,
  isIpv6CidrBlock,
  normalIpv4CidrBlock,
  normalPort,
  portProblem,
  securityGroupPolicyAction,
  securityGroupPolicyProtocol,
} from './security-group-policy-rules.ts';

describe('security group rule syntax', () => {
  it('reads protocols and actions in any case, as answers spell them', () => {
    expect(securityGroupPolicyProtocol('tcp')).toBe('TCP');
    expect(securityGroupPolicyProtocol('ICMPv6')).toBe('ICMPV6');
    expect(securityGroupPolicyProtocol('All')).toBe('ALL');
    expect(securityGroupPolicyProtocol('SCTP')).toBeUndefined();
    expect(securityGroupPolicyAction('accept')).toBe('ACCEPT');
    expect(securityGroupPolicyAction('ALLOW')).toBeUndefined();
  });

  it('takes ALL, one port, ports separated by commas and a range, from 1 to 65535', () => {
    for (const port of ['ALL', 'all', '22', '80,443', '3306-3310', '1-65535', '8080-8080']) expect(portProblem(port), port).toBeUndefined();
    for (const port of ['', 'http', '80,', ',80', '80 ,443', '1-2-3', '080', '-1', '22-', '80,443-444']) expect(portProblem(port), port).toBe('malformed');
    for (const port of ['0', '65536', '99999', '3310-3306', '80,70000']) expect(portProblem(port), port).toBe('range');
    expect(normalPort('all')).toBe('ALL');
  });

  it('takes IPv4 addresses and blocks, and maps 0.0.0.0/n to 0.0.0.0/0', () => {
    for (const cidr of ['10.0.0.0/16', '0.0.0.0/0', '203.0.113.7', '255.255.255.255/32']) expect(isIpv4CidrBlock(cidr), cidr).toBe(true);
    for (const cidr of ['10.0.0/16', '10.0.0.256', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/16/1', '010.0.0.1', '::/0', '']) expect(isIpv4CidrBlock(cidr), cidr).toBe(false);
    expect(normalIpv4CidrBlock('0.0.0.0/8')).toBe('0.0.0.0/0');
    expect(normalIpv4CidrBlock('10.0.0.0/8')).toBe('10.0.0.0/8');
  });

  it('takes IPv6 addresses and blocks exactly where Node does', () => {
    const samples = ['::', '::/0', '::1', '2402:4e00::/32', '2402:4e00:1::1/128', 'fe80::1:2:3:4:5:6', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1', '1::2:3:4:5:6:7'];
    const bad = ['1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', 'g::1', '12345::', '10.0.0.1::', '::10.0.0.1:1', '1:2:3:4:5:6:7::8', '::/129', '10.0.0.0/8'];
    for (const cidr of [...samples, ...bad]) {
      const [address, prefix] = cidr.split('/');
      const expected = isIPv6(address!) && (prefix === undefined || Number(prefix) <= 128);
      expect(isIpv6CidrBlock(cidr), cidr).toBe(expected);
      expect(isIP(address!) === 6 || !isIpv6CidrBlock(cidr)).toBe(true);
    }
    expect(samples.every(isIpv6CidrBlock)).toBe(true);
    expect(bad.some(isIpv6CidrBlock)).toBe(false);
  });
});
