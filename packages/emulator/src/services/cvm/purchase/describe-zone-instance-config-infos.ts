import { cvm, type InstanceTypeQuotaItem } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { quotePurchase } from '../../../pricing/purchase-quote.ts';
import { SEED_FAMILIES } from '../../../seed/instance-types.ts';
import { FAMILY_HARDWARE } from '../../../seed/stock.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, type FilterDefinition } from '../../filters.ts';
import { noExternals } from '../externals.ts';
import { INSTANCE_TYPE } from '../id-formats.ts';
import { zoneOfferings } from './zone-offerings.ts';

// DescribeZoneInstanceConfigInfos: every (zone, type, charge type) the region offers, with stock and the type's own
// price (compute only; one hour for pay-as-you-go and spot, one month and one year for subscriptions). Filters zone,
// instance-family, instance-type, instance-charge-type, sort-keys (`cpu:desc`, `mem:asc`, `price:asc`...).

const CHARGE_TYPES = ['POSTPAID_BY_HOUR', 'PREPAID', 'SPOTPAID'] as const;
const ALL_CHARGE_TYPES = ['PREPAID', 'POSTPAID_BY_HOUR', 'CDHPAID', 'SPOTPAID', 'CDCPAID'];

const SORT_FIELDS: Record<string, (item: InstanceTypeQuotaItem) => number> = {
  cpu: (item) => item.Cpu,
  mem: (item) => item.Memory,
  memory: (item) => item.Memory,
  gpu: (item) => item.Gpu,
  price: (item) => item.Price.UnitPriceDiscount || item.Price.DiscountPrice,
};

export const describeZoneInstanceConfigInfos = handler(cvm.DescribeZoneInstanceConfigInfos, (ctx, params) => {
  const region = ctx.region;
  const zones = region.seed.zones.map((z) => z.zone);
  let sortKeys: { field: string; descending: boolean }[] = [];
  const definitions: Record<string, FilterDefinition<InstanceTypeQuotaItem>> = {
    zone: {
      match: (item, values) => values.includes(item.Zone),
      validate: (value) => {
        if (!zones.includes(value)) throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${value}\` does not belong to the region \`${region.seed.region}\`.`);
      },
    },
    'instance-family': { match: (item, values) => values.includes(item.InstanceFamily) },
    'instance-type': {
      match: (item, values) => values.includes(item.InstanceType),
      validate: (value) => {
        if (!INSTANCE_TYPE.test(value)) throw new CloudError('InvalidInstanceType.Malformed', `The instance type \`${value}\` is malformed.`);
      },
    },
    'instance-charge-type': {
      match: (item, values) => values.includes(item.InstanceChargeType),
      validate: (value, name) => {
        if (!ALL_CHARGE_TYPES.includes(value))
          throw new CloudError('InvalidParameterValue', `The value \`${value}\` of filter \`${name}\` must be one of ${ALL_CHARGE_TYPES.join(', ')}.`);
      },
    },
    'sort-keys': {
      match: () => true,
      validate: (value, name) => {
        const [field, direction] = value.split(':');
        if (!field || !SORT_FIELDS[field] || (direction !== 'asc' && direction !== 'desc')) {
          throw new CloudError(
            'InvalidParameterValue',
            `The value \`${value}\` of filter \`${name}\` must be <field>:<asc|desc> with field one of ${Object.keys(SORT_FIELDS).join(', ')}.`,
          );
        }
        sortKeys.push({ field, descending: direction === 'desc' });
      },
    },
  };
  sortKeys = [];
  const matches = compileFilters(params.Filters, definitions);
  const items: InstanceTypeQuotaItem[] = [];
  for (const zone of zones) {
    for (const { type, stock } of zoneOfferings(region, zone)) {
      const family = SEED_FAMILIES.find((f) => f.family === type.InstanceFamily)!;
      const hardware = FAMILY_HARDWARE[type.InstanceFamily]!;
      for (const chargeType of CHARGE_TYPES) {
        const soldOut = stock === 'WithoutStock';
        const price = quotePurchase({
          region: region.seed.region,
          type,
          chargeType,
          periodMonths: 1,
          disks: [],
          internet: { chargeType: 'TRAFFIC_POSTPAID_BY_HOUR', bandwidth: 0 },
          count: 1,
        }).InstancePrice;
        items.push({
          Zone: zone,
          InstanceType: type.InstanceType,
          InstanceChargeType: chargeType,
          NetworkCard: hardware.nic,
          Externals: noExternals(),
          Cpu: type.CPU,
          Memory: type.Memory,
          InstanceFamily: type.InstanceFamily,
          TypeName: ctx.language === 'zh-CN' ? family.nameZh : family.nameEn,
          LocalDiskTypeList: [],
          Status: soldOut ? 'SOLD_OUT' : 'SELL',
          Price: chargeType === 'PREPAID' ? price : { ...price, ChargeUnit: 'HOUR' },
          SoldOutReason: soldOut ? 'ResourcesSoldOut.SpecifiedInstanceType' : '',
          InstanceBandwidth: Math.min(100, Math.round(type.CPU * hardware.bandwidthPerCpu * 10) / 10),
          InstancePps: Math.min(1200, type.CPU * hardware.ppsPerCpu),
          StorageBlockAmount: 0,
          CpuType: hardware.cpuType,
          Gpu: type.GPU,
          Fpga: type.FPGA,
          Remark: '',
          GpuCount: type.GpuCount,
          Frequency: hardware.frequency,
          StatusCategory: stock,
        });
      }
    }
  }
  const result = items.filter(matches);
  if (sortKeys.length) {
    result.sort((a, b) => {
      for (const { field, descending } of sortKeys) {
        const difference = SORT_FIELDS[field]!(a) - SORT_FIELDS[field]!(b);
        if (difference !== 0) return descending ? -difference : difference;
      }
      return 0;
    });
  }
  return { InstanceTypeQuotaSet: result };
});
