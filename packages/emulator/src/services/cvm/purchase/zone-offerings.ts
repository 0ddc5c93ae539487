import type { StockCategory } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { SEED_FAMILIES, familyTypes, type SeedInstanceType } from '../../../seed/instance-types.ts';
import { stockOf } from '../../../seed/stock.ts';
import { INSTANCE_TYPE } from '../id-formats.ts';

// What a zone sells: each type with its stock. Shared by DescribeZoneInstanceConfigInfos and the purchase checks, so
// the wizard's "sold out" marks and RunInstances' refusals always agree.

export interface ZoneOffering {
  type: SeedInstanceType;
  stock: StockCategory;
}

export function zoneOfferings(region: RegionWorld, zone: string): ZoneOffering[] {
  const seedZone = region.seed.zones.find((z) => z.zone === zone);
  if (!seedZone) return [];
  return (region.zoneTypes.get(zone) ?? []).map((type) => {
    const family = SEED_FAMILIES.find((f) => f.family === type.InstanceFamily)!;
    return { type, stock: stockOf(zone, seedZone.available, type, familyTypes(family)) };
  });
}

/** The zone of a purchase, checked: it must be in the region and open for sale. */
export function requireSellingZone(region: RegionWorld, zone: string): void {
  const seedZone = region.seed.zones.find((z) => z.zone === zone);
  if (!seedZone) {
    throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${zone}\` does not belong to the region \`${region.seed.region}\`.`);
  }
  if (!seedZone.available) {
    throw new CloudError('ResourceInsufficient.AvailabilityZoneSoldOut', `The zone \`${zone}\` is sold out and accepts no new instances; choose another zone.`);
  }
}

/** The offering for a requested type in a zone, or the cloud's refusal (malformed, unknown, not sold here, sold out). */
export function requireOffering(region: RegionWorld, zone: string, instanceType: string): ZoneOffering {
  if (!INSTANCE_TYPE.test(instanceType)) {
    throw new CloudError('InvalidInstanceType.Malformed', `The instance type \`${instanceType}\` is malformed: expected FAMILY.SIZE such as S5.MEDIUM4.`);
  }
  const offering = zoneOfferings(region, zone).find((o) => o.type.InstanceType === instanceType);
  if (!offering) {
    const existsAnywhere = SEED_FAMILIES.flatMap(familyTypes).some((t) => t.InstanceType === instanceType);
    if (!existsAnywhere) throw new CloudError('InvalidParameterValue.InstanceTypeNotFound', `The instance type \`${instanceType}\` does not exist.`);
    throw new CloudError('ResourceUnavailable.InstanceType', `The instance type \`${instanceType}\` is not sold in the zone \`${zone}\`.`);
  }
  if (offering.stock === 'WithoutStock') {
    throw new CloudError('ResourcesSoldOut.SpecifiedInstanceType', `The instance type \`${instanceType}\` is sold out in the zone \`${zone}\`; choose another type or zone.`);
  }
  return offering;
}

/** The type the cloud picks when a purchase names none: S5.MEDIUM4 where it sells, else the smallest type in stock. */
export function defaultOffering(region: RegionWorld, zone: string): ZoneOffering {
  const selling = zoneOfferings(region, zone).filter((o) => o.stock !== 'WithoutStock');
  const preferred = selling.find((o) => o.type.InstanceType === 'S5.MEDIUM4') ?? [...selling].sort((a, b) => a.type.CPU - b.type.CPU || a.type.Memory - b.type.Memory)[0];
  if (!preferred) throw new CloudError('ResourceInsufficient.AvailabilityZoneSoldOut', `The zone \`${zone}\` has no instance type in stock.`);
  return preferred;
}
