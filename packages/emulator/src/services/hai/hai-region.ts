import type { HaiBundleType, HaiInstance, HaiInstanceState } from '@cvm/shared';
import type { Change } from '../../state/change-over-time/index.ts';
import type { World } from '../../state/world.ts';
import { seededRandom, type Random } from '../../state/random.ts';
import { seedHaiInstances } from './demo-instances.ts';

// HAI's part of the emulated account, per region: its instances and the ClientTokens of its purchases. Kept beside
// the world rather than inside it (one map per World), built on first use, so HAI adds nothing to CVM's state.

/** What an HAI instance's change can reach: a state, or DESTROYED for one that is gone once it lands. */
export type HaiTarget = HaiInstanceState | 'DESTROYED';

export interface HaiRecord {
  instance: HaiInstance;
  /** Creation time in ms, for the newest-first order. */
  createdAt: number;
  /** The bundle bought: starting again needs it in stock. */
  bundleType: HaiBundleType;
  /** The change under way on the world's timeline, cleared when it ends. */
  change?: Change<HaiTarget>;
}

export interface HaiRegion {
  region: string;
  instances: Map<string, HaiRecord>;
  /** RunInstances ClientToken → the instance IDs that call created. */
  clientTokens: Map<string, string[]>;
  /** The security group HAI manages for the account's instances in this region. */
  securityGroupId: string;
  /** Third octet base of HAI's own network, and the next host number handed out. */
  network: { prefix: string; nextHost: number };
  nextTaskId: number;
}

const regionsOf = new WeakMap<World, Map<string, HaiRegion>>();

/** A fixed generator per region, so the demo instances' IDs do not depend on which region is read first. */
function regionRandom(region: string): Random {
  let hash = 2023_08_12;
  for (const char of region) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0;
  return seededRandom(hash);
}

export function haiRegion(world: World, region: string): HaiRegion {
  let regions = regionsOf.get(world);
  if (!regions) regionsOf.set(world, (regions = new Map()));
  let hai = regions.get(region);
  if (!hai) {
    const random = regionRandom(region);
    const index = [...world.regions.keys()].indexOf(region);
    hai = {
      region,
      instances: new Map(),
      clientTokens: new Map(),
      securityGroupId: `sg-hai${Math.floor(random() * 36 ** 5)
        .toString(36)
        .padStart(5, '0')}`,
      network: { prefix: `10.${200 + Math.max(0, index)}`, nextHost: 2 },
      nextTaskId: 232_558_400 + Math.floor(random() * 1000),
    };
    regions.set(region, hai);
    seedHaiInstances(world, hai, random);
  }
  return hai;
}

/** Every instance of the region, settled, newest first. */
export function listHaiInstances(world: World, hai: HaiRegion): HaiRecord[] {
  world.changes.settle();
  return [...hai.instances.values()].sort((a, b) => b.createdAt - a.createdAt || (a.instance.InstanceId < b.instance.InstanceId ? -1 : 1));
}

export function nextTaskId(hai: HaiRegion): number {
  return hai.nextTaskId++;
}
