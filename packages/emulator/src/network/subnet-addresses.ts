import type { VpcSubnet } from '@cvm/shared';

// Private address bookkeeping for one subnet. The cloud keeps the network address, the gateway (.1) and the last
// addresses of a subnet for itself; instances get the others, lowest first, and a caller may ask for a specific one.

export interface Subnet {
  info: VpcSubnet;
  /** Addresses handed out (or asked for) so far. */
  used: Set<string>;
  /** Next host offset to try when handing one out. */
  nextOffset: number;
}

const toInt = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

const ranges = new Map<string, { first: number; last: number; size: number }>();

/** First and last usable addresses of a CIDR block (worked out once per block: seeding asks a million times). */
function usableRange(cidr: string): { first: number; last: number; size: number } {
  let range = ranges.get(cidr);
  if (!range) {
    const [base, bits] = cidr.split('/') as [string, string];
    const size = 2 ** (32 - Number(bits));
    const start = toInt(base);
    range = { first: start + 2, last: start + size - 4, size };
    ranges.set(cidr, range);
  }
  return range;
}

export function newSubnet(info: Omit<VpcSubnet, 'AvailableIpAddressCount' | 'TotalIpAddressCount'>): Subnet {
  const { size } = usableRange(info.CidrBlock);
  return { info: { ...info, TotalIpAddressCount: size, AvailableIpAddressCount: size - 5 }, used: new Set(), nextOffset: 0 };
}

export function isInSubnet(subnet: Subnet, ip: string): boolean {
  const { first, last } = usableRange(subnet.info.CidrBlock);
  const n = toInt(ip);
  return n >= first && n <= last;
}

export function reserveAddress(subnet: Subnet, ip: string): void {
  subnet.used.add(ip);
  subnet.info.AvailableIpAddressCount = Math.max(0, subnet.info.AvailableIpAddressCount - 1);
}

/** The lowest free address; undefined when the subnet is full. */
export function nextFreeAddress(subnet: Subnet): string | undefined {
  const { first, last } = usableRange(subnet.info.CidrBlock);
  for (let n = first + subnet.nextOffset; n <= last; n++) {
    const ip = toIp(n);
    if (subnet.used.has(ip)) continue;
    subnet.nextOffset = n - first + 1;
    return ip;
  }
  return undefined;
}
