import type { Instance, InstanceState } from '@cvm/shared';

// What the overview says about a fleet, from every instance of every region: how many are in each state per region,
// which prepaid ones expire soon, and which last operations failed. Pure: the page reads, this counts.

/** The states the overview counts apart; the rest (launching, starting, stopping, rebooting…) are "changing". */
export const COUNTED_STATES = ['RUNNING', 'STOPPED', 'SHUTDOWN', 'LAUNCH_FAILED'] as const satisfies readonly InstanceState[];
export type StateColumn = (typeof COUNTED_STATES)[number] | 'CHANGING';

export interface RegionCounts {
  region: string;
  byState: Record<StateColumn, number>;
  total: number;
}

export interface FleetInstance {
  region: string;
  instance: Instance;
}

export interface FleetSummary {
  regions: RegionCounts[];
  totals: Record<StateColumn, number> & { total: number };
  /** Prepaid instances whose subscription ends within 7 days, then within 30 (not counted twice), soonest first. */
  expiringIn7: FleetInstance[];
  expiringIn30: FleetInstance[];
  /** Instances whose last operation failed, newest first. */
  failed: FleetInstance[];
}

const DAY = 86_400_000;
const emptyCounts = (): Record<StateColumn, number> => ({ RUNNING: 0, STOPPED: 0, SHUTDOWN: 0, LAUNCH_FAILED: 0, CHANGING: 0 });
const columnOf = (state: InstanceState): StateColumn => ((COUNTED_STATES as readonly string[]).includes(state) ? (state as StateColumn) : 'CHANGING');

export function summarizeFleet(regions: readonly { region: string; instances: readonly Instance[] }[], now: number): FleetSummary {
  const totals = { ...emptyCounts(), total: 0 };
  const expiring: { entry: FleetInstance; at: number }[] = [];
  const failed: FleetInstance[] = [];
  const counts = regions.map(({ region, instances }) => {
    const byState = emptyCounts();
    for (const instance of instances) {
      const column = columnOf(instance.InstanceState);
      byState[column]++;
      totals[column]++;
      totals.total++;
      if (instance.InstanceChargeType === 'PREPAID' && instance.ExpiredTime && instance.InstanceState !== 'SHUTDOWN') {
        const at = Date.parse(instance.ExpiredTime);
        if (at - now <= 30 * DAY) expiring.push({ entry: { region, instance }, at });
      }
      if (instance.LatestOperationState === 'FAILED') failed.push({ region, instance });
    }
    return { region, byState, total: instances.length };
  });
  expiring.sort((a, b) => a.at - b.at);
  failed.sort((a, b) => Date.parse(b.instance.CreatedTime) - Date.parse(a.instance.CreatedTime));
  return {
    regions: counts,
    totals,
    expiringIn7: expiring.filter(({ at }) => at - now <= 7 * DAY).map(({ entry }) => entry),
    expiringIn30: expiring.filter(({ at }) => at - now > 7 * DAY).map(({ entry }) => entry),
    failed,
  };
}
