import type { RegionWorld } from './world.ts';

// Instances destroyed lately, per region: the cloud still knows an instance it has just destroyed, and answers the
// actions that list it with UnsupportedOperation.InstanceStateTerminated ("不支持已销毁的实例", e.g. StartInstances,
// reference 14308) or InvalidInstanceState, where an unknown ID is InvalidInstanceId.NotFound. Kept for an hour of
// emulator time and at most the last 1000 of a region, so a long-running emulator does not keep every ID it destroyed.

const KEPT_MS = 3600_000;
const KEPT_PER_REGION = 1000;

const destroyed = new WeakMap<RegionWorld, Map<string, number>>();

/** Remembers that the region destroyed this instance at `at` (emulator time). */
export function noteDestroyed(region: RegionWorld, instanceId: string, at: number): void {
  const ids = destroyed.get(region) ?? new Map<string, number>();
  destroyed.set(region, ids);
  ids.delete(instanceId);
  ids.set(instanceId, at);
  // Oldest first, in the order they were destroyed.
  for (const oldest of ids.keys()) {
    if (ids.size <= KEPT_PER_REGION) break;
    ids.delete(oldest);
  }
}

/** Whether the region destroyed this instance within the last hour (and among its last 1000). */
export function destroyedLately(region: RegionWorld, instanceId: string, now: number): boolean {
  const at = destroyed.get(region)?.get(instanceId);
  return at !== undefined && now - at <= KEPT_MS;
}
