import type { Image } from '@cvm/shared';
import type { Clock } from './clock.ts';
import type { Random } from './random.ts';
import { CloudError } from '../http/cloud-error.ts';
import { nextFreeAddress, reserveAddress, type Subnet } from '../network/subnet-addresses.ts';
import type { RegionNetwork } from '../network/region-network.ts';
import { seedNetwork } from '../seed/network.ts';
import { DEFAULT_ZONE_QUOTA, TIGHT_QUOTAS, type ZoneQuota } from '../seed/quotas.ts';
import type { InstanceRecord } from './instance-record.ts';
import type { ActionTimerRecord } from './action-timer-record.ts';
import type { LaunchTemplateRecord } from './launch-template-record.ts';
import { InstanceMap, type InstanceIndex } from './instance-index.ts';
import { Timeline } from './change-over-time/index.ts';
import type { SeedRegion } from '../seed/regions.ts';
import { SEED_FAMILIES, familyTypes, isFamilyInZone, type SeedInstanceType } from '../seed/instance-types.ts';
import { EMULATED_ACCOUNT, type EmulatedAccount } from '../seed/account.ts';
import { SEED_ROLES, type EmulatedRole } from '../seed/roles.ts';
import { TemporaryCredentials } from './temporary-credentials.ts';

export interface RegionWorld {
  seed: SeedRegion;
  network: RegionNetwork;
  /** Zone → how many instances the account may own there, per billing kind (DescribeAccountQuota). */
  quotas: Map<string, ZoneQuota>;
  /** RunInstances ClientToken → the instance IDs that call created, so repeating it creates nothing. */
  clientTokens: Map<string, string[]>;
  /** Zone → instance types sold there. */
  zoneTypes: Map<string, SeedInstanceType[]>;
  /** By ID; keeps the region's index (`instances.index`: newest-first order, filter lists) as instances come and go. */
  instances: InstanceMap;
  /** ImportInstancesActionTimer's timers by ActionTimerId, in the order they were set; kept until deleted. */
  actionTimers: Map<string, ActionTimerRecord>;
  /** Launch templates by ID, in the order they were made (services/cvm/launch-templates/). */
  launchTemplates: Map<string, LaunchTemplateRecord>;
}

/** Everything the emulated account owns, per region. One instance of this is one emulated Tencent Cloud account. */
export class World {
  readonly regions = new Map<string, RegionWorld>();
  /** Whose account this is: its UIN and AppId (seed/account.ts). */
  readonly account: EmulatedAccount = EMULATED_ACCOUNT;
  /** The account's CAM roles (STS AssumeRole), and the temporary credentials issued for them. */
  readonly roles: readonly EmulatedRole[] = SEED_ROLES;
  readonly temporaryCredentials = new TemporaryCredentials();
  /** When the world was made: what seeded instances' histories are derived as of (state/instance-history.ts). */
  readonly seededAt: number;

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
    this.seededAt = clock.now();
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
      instances: new InstanceMap(),
      actionTimers: new Map(),
      launchTemplates: new Map(),
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
  }

  /**
   * The current records of these instances (transitions settled first); undefined where an ID is unknown. They are
   * marked touched (state/instance-index.ts): the caller may change them.
   */
  findInstances(region: RegionWorld, ids: readonly string[]): (InstanceRecord | undefined)[] {
    this.changes.settle();
    return ids.map((id) => region.instances.get(id));
  }

  /** The region's index with due transitions applied (a terminate that lands removes its record from it). */
  instanceIndex(region: RegionWorld): InstanceIndex {
    this.changes.settle();
    return region.instances.index;
  }

  /**
   * All instances of a region, newest first, with due transitions applied. The array is shared and read-only, and
   * rebuilt (without sorting) after instances come or go: for readers of everything; pages and filters use the index.
   */
  listInstances(region: RegionWorld): readonly InstanceRecord[] {
    return this.instanceIndex(region).allArray();
  }

  /** A request begins: what the last one touched is filed again under its current values (state/instance-index.ts). */
  beginRequest(): void {
    for (const region of this.regions.values()) region.instances.index.beginRequest();
  }
}
