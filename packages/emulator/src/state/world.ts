import type { Image } from '@cvm/shared';
import type { Clock } from './clock.ts';
import type { Random } from './random.ts';
import { CloudError } from '../http/cloud-error.ts';
import { nextFreeAddress, reserveAddress, type Subnet } from '../network/subnet-addresses.ts';
import type { RegionNetwork } from '../network/region-network.ts';
import { seedNetwork } from '../seed/network.ts';
import { DEFAULT_ZONE_QUOTA, TIGHT_QUOTAS, type ZoneQuota } from '../seed/quotas.ts';
import type { InstanceRecord } from './instance-record.ts';
import { Timeline } from './change-over-time/index.ts';
import type { SeedRegion } from '../seed/regions.ts';
import { SEED_FAMILIES, familyTypes, isFamilyInZone, type SeedInstanceType } from '../seed/instance-types.ts';

export interface RegionWorld {
  seed: SeedRegion;
  network: RegionNetwork;
  /** Zone → how many instances the account may own there, per billing kind (DescribeAccountQuota). */
  quotas: Map<string, ZoneQuota>;
  /** RunInstances ClientToken → the instance IDs that call created, so repeating it creates nothing. */
  clientTokens: Map<string, string[]>;
  /** Zone → instance types sold there. */
  zoneTypes: Map<string, SeedInstanceType[]>;
  instances: Map<string, InstanceRecord>;
  /** Cached newest-first order; cleared whenever instances are added or removed. */
  sorted?: InstanceRecord[];
}

/** Everything the emulated account owns, per region. One instance of this is one emulated Tencent Cloud account. */
export class World {
  readonly regions = new Map<string, RegionWorld>();

  constructor(
    readonly clock: Clock,
    readonly random: Random,
    readonly images: Image[],
    seedRegions: SeedRegion[],
    /** Multiplies how long state changes take; 0 makes them land at the next read. */
    readonly transitionScale = 1,
    /** Everything under way, landed lazily against the clock; shared with the Aliyun account of the same emulator. */
    readonly changes = new Timeline(clock, { scale: transitionScale }),
  ) {
    seedRegions.forEach((seed, index) => this.regions.set(seed.region, this.buildRegion(seed, index)));
  }

  private buildRegion(seed: SeedRegion, index: number): RegionWorld {
    const zoneTypes = new Map<string, SeedInstanceType[]>();
    for (const zone of seed.zones) {
      zoneTypes.set(zone.zone, SEED_FAMILIES.filter((family) => isFamilyInZone(family, zone.zone)).flatMap(familyTypes));
    }
    return {
      seed,
      network: seedNetwork(seed, index, this.random),
      quotas: new Map(seed.zones.map((zone) => [zone.zone, { ...DEFAULT_ZONE_QUOTA, ...TIGHT_QUOTAS[zone.zone] }])),
      clientTokens: new Map(),
      zoneTypes,
      instances: new Map(),
    };
  }

  region(name: string): RegionWorld | undefined {
    return this.regions.get(name);
  }

  /** Hands out the subnet's lowest free private IP; throws the cloud's code when the subnet is full. */
  allocatePrivateIp(subnet: Subnet): string {
    const ip = nextFreeAddress(subnet);
    if (!ip) throw new CloudError('FailedOperation.NoAvailableIpAddressCountInSubnet', `The subnet \`${subnet.info.SubnetId}\` has no free IP address left.`);
    reserveAddress(subnet, ip);
    return ip;
  }

  allocatePublicIp(): string {
    const firstOctets = [43, 49, 101, 106, 119, 124, 129, 150];
    const octet = () => Math.floor(this.random() * 254) + 1;
    return `${firstOctets[Math.floor(this.random() * firstOctets.length)]}.${octet()}.${octet()}.${octet()}`;
  }

  addInstance(region: RegionWorld, record: InstanceRecord): void {
    region.instances.set(record.instance.InstanceId, record);
    region.sorted = undefined;
  }

  /** The current records of these instances (transitions settled first); undefined where an ID is unknown. */
  findInstances(region: RegionWorld, ids: readonly string[]): (InstanceRecord | undefined)[] {
    this.listInstances(region);
    return ids.map((id) => region.instances.get(id));
  }

  /**
   * All instances of a region, newest first, with due transitions applied. The array is shared and read-only: it is
   * what makes a page of 20 out of 10 000 cost a slice, not a copy.
   */
  listInstances(region: RegionWorld): readonly InstanceRecord[] {
    // A terminate that lands removes its record and clears the cached order (services/cvm/operation.ts).
    this.changes.settle();
    region.sorted ??= [...region.instances.values()].sort((a, b) => b.createdAt - a.createdAt || (a.instance.InstanceId < b.instance.InstanceId ? -1 : 1));
    return region.sorted;
  }
}
