import { cvm } from '@cvm/shared';
import { handler } from '../action-handler.ts';

// DescribeRegions (7993) and DescribeZones (8232). Names follow X-TC-Language: zh-CN gives Chinese names.

export const describeRegions = handler(cvm.DescribeRegions, (ctx) => {
  const regions = [...ctx.world.regions.values()].map(({ seed }) => ({
    Region: seed.region,
    RegionName: ctx.language === 'zh-CN' ? seed.nameZh : seed.nameEn,
    RegionState: 'AVAILABLE' as const,
  }));
  return { TotalCount: regions.length, RegionSet: regions };
});

export const describeZones = handler(cvm.DescribeZones, (ctx) => {
  const zones = ctx.region.seed.zones.map((zone) => ({
    Zone: zone.zone,
    ZoneName: ctx.language === 'zh-CN' ? zone.nameZh : zone.nameEn,
    ZoneId: zone.zoneId,
    ZoneState: zone.available ? ('AVAILABLE' as const) : ('UNAVAILABLE' as const),
  }));
  return { TotalCount: zones.length, ZoneSet: zones };
});
