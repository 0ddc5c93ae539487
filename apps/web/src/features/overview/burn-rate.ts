import { familyOf, perMonthOf, type FleetMember, type InstanceCost } from '../../cloud/price/fleet-pricing.ts';

// The fleet's burn rate: what the instances being billed cost per hour and per month, in total and by region,
// instance family and billing mode, with what stop-charging saves on the stopped ones. Pure: the figures of each
// instance come from the cloud's quotes (cloud/price/), this adds them up.

export interface CostGroup {
  key: string;
  instances: number;
  perHour: number;
}

export interface BurnRate {
  perHour: number;
  perMonth: number;
  /** Instances with a price (billed now, disks only included). */
  instances: number;
  byRegion: CostGroup[];
  byFamily: CostGroup[];
  byBilling: CostGroup[];
  /** Stopped with stop-charging: how many, and what they would cost more per hour if they ran. */
  stopCharging: { instances: number; savedPerHour: number };
  /** Stopped pay-as-you-go instances still charged: how many, and what stop-charging would save them per hour. */
  keptCharging: { instances: number; couldSavePerHour: number };
  /** Priced instances whose public traffic is billed per GB: that part is not in the figures. */
  trafficBilled: number;
  /** Billed instances no quote priced, by reason (the cloud's refusal code, or the billing mode no quote prices). */
  unpriced: { reason: string; instances: number }[];
}

function add(groups: Map<string, CostGroup>, key: string, perHour: number): void {
  const group = groups.get(key);
  if (group) {
    group.instances++;
    group.perHour += perHour;
  } else groups.set(key, { key, instances: 1, perHour });
}

const largestFirst = (groups: Map<string, CostGroup>) => [...groups.values()].sort((a, b) => b.perHour - a.perHour || a.key.localeCompare(b.key));

export function burnRateOf(fleet: readonly FleetMember[], costs: ReadonlyMap<string, InstanceCost>): BurnRate {
  const byRegion = new Map<string, CostGroup>();
  const byFamily = new Map<string, CostGroup>();
  const byBilling = new Map<string, CostGroup>();
  const unpriced = new Map<string, number>();
  let perHour = 0;
  let instances = 0;
  let trafficBilled = 0;
  const stopCharging = { instances: 0, savedPerHour: 0 };
  const keptCharging = { instances: 0, couldSavePerHour: 0 };
  for (const { region, instance } of fleet) {
    const cost = costs.get(instance.InstanceId);
    if (!cost || cost.kind === 'free') continue;
    if (cost.kind === 'unpriced') {
      unpriced.set(cost.reason, (unpriced.get(cost.reason) ?? 0) + 1);
      continue;
    }
    instances++;
    perHour += cost.perHour;
    add(byRegion, region, cost.perHour);
    add(byFamily, familyOf(instance), cost.perHour);
    add(byBilling, instance.InstanceChargeType, cost.perHour);
    if (cost.trafficBilled) trafficBilled++;
    if (cost.savedPerHour > 0) {
      stopCharging.instances++;
      stopCharging.savedPerHour += cost.savedPerHour;
    }
    if (cost.couldSavePerHour > 0) {
      keptCharging.instances++;
      keptCharging.couldSavePerHour += cost.couldSavePerHour;
    }
  }
  return {
    perHour,
    perMonth: perMonthOf(perHour),
    instances,
    byRegion: largestFirst(byRegion),
    byFamily: largestFirst(byFamily),
    byBilling: largestFirst(byBilling),
    stopCharging,
    keptCharging,
    trafficBilled,
    unpriced: [...unpriced].map(([reason, count]) => ({ reason, instances: count })).sort((a, b) => b.instances - a.instances),
  };
}
