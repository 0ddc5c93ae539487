import type { Image } from '@cvm/shared';
import type { Clock } from './clock.ts';
import type { Random } from './random.ts';
import { resourceId } from './random.ts';
import { settle, type InstanceRecord, type PendingTransition } from './instance-record.ts';
import type { SeedRegion } from '../seed/regions.ts';
import { SEED_FAMILIES, familyTypes, isFamilyInZone, type SeedInstanceType } from '../seed/instance-types.ts';

export interface Subnet {
  SubnetId: string;
  Zone: string;
  CidrBlock: string;
  /** Third octet base and the next host number, for handing out private IPs. */
  octetBase: number;
  nextHost: number;
}

export interface RegionWorld {
  seed: SeedRegion;
  vpcId: string;
  securityGroupId: string;
  subnets: Map<string, Subnet>;
  /** Zone → instance types sold there. */
  zoneTypes: Map<string, SeedInstanceType[]>;
  instances: Map<string, InstanceRecord>;
  /** Records with a pending transition: the only ones a read has to settle. */
  transitioning: Set<InstanceRecord>;
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
  ) {
    seedRegions.forEach((seed, index) => this.regions.set(seed.region, this.buildRegion(seed, index)));
  }

  private buildRegion(seed: SeedRegion, index: number): RegionWorld {
    const subnets = new Map<string, Subnet>();
    seed.zones.forEach((zone, zoneIndex) => {
      const octetBase = zoneIndex * 16;
      subnets.set(zone.zone, {
        SubnetId: resourceId('subnet', this.random),
        Zone: zone.zone,
        CidrBlock: `10.${index}.${octetBase}.0/20`,
        octetBase,
        nextHost: 4,
      });
    });
    const zoneTypes = new Map<string, SeedInstanceType[]>();
    for (const zone of seed.zones) {
      zoneTypes.set(
        zone.zone,
        SEED_FAMILIES.filter((family) => isFamilyInZone(family, zone.zone)).flatMap(familyTypes),
      );
    }
    return {
      seed,
      vpcId: resourceId('vpc', this.random),
      securityGroupId: resourceId('sg', this.random),
      subnets,
      zoneTypes,
      instances: new Map(),
      transitioning: new Set(),
    };
  }

  region(name: string): RegionWorld | undefined {
    return this.regions.get(name);
  }

  /** Hands out the next private IP of a subnet: 10.<region>.<zone block>.<host>. */
  allocatePrivateIp(subnet: Subnet): string {
    const host = subnet.nextHost++;
    return `${subnet.CidrBlock.split('.').slice(0, 2).join('.')}.${subnet.octetBase + Math.floor(host / 254)}.${(host % 254) + 1}`;
  }

  allocatePublicIp(): string {
    const firstOctets = [43, 49, 101, 106, 119, 124, 129, 150];
    const octet = () => Math.floor(this.random() * 254) + 1;
    return `${firstOctets[Math.floor(this.random() * firstOctets.length)]}.${octet()}.${octet()}.${octet()}`;
  }

  addInstance(region: RegionWorld, record: InstanceRecord): void {
    region.instances.set(record.instance.InstanceId, record);
    if (record.transition) region.transitioning.add(record);
    region.sorted = undefined;
  }

  /** Starts a transition that lands after `seconds` of emulator time (scaled by transitionScale). */
  scheduleTransition(region: RegionWorld, record: InstanceRecord, seconds: number, transition: Omit<PendingTransition, 'at'>): void {
    record.transition = { ...transition, at: this.clock.now() + seconds * 1000 * this.transitionScale };
    region.transitioning.add(record);
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
    for (const record of region.transitioning) {
      settle(record, this.clock);
      if (record.transition) continue;
      region.transitioning.delete(record);
      if (record.destroyed) {
        region.instances.delete(record.instance.InstanceId);
        region.sorted = undefined;
      }
    }
    region.sorted ??= [...region.instances.values()].sort(
      (a, b) => b.createdAt - a.createdAt || (a.instance.InstanceId < b.instance.InstanceId ? -1 : 1),
    );
    return region.sorted;
  }
}
