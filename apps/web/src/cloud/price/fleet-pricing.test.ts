import { describe, expect, it } from 'vitest';
import { emptyItemPrice, type Instance, type Price } from '@cvm/shared';
import { burnRateOf } from '../../features/overview/burn-rate.ts';
import { computeKey, costsOf, planQuotes, type FleetMember, type QuoteParams, type QuoteResult } from './fleet-pricing.ts';

// The fleet is priced with as few quotes as its distinct configurations, and still adds up to what quoting every
// instance on its own gives. A made-up price list stands in for the cloud: compute by type, disks by GB, bandwidth
// by Mbps, each in its own item as InquiryPriceRunInstances answers.

const COMPUTE: Record<string, number> = { 'S5.LARGE8': 0.5, 'S5.MEDIUM4': 0.25, 'SA2.LARGE16': 0.4 };
const hourly = (value: number) => ({ ...emptyItemPrice('HOUR'), UnitPrice: value, UnitPriceDiscount: value });
const monthly = (value: number) => ({ ...emptyItemPrice(''), OriginalPrice: value, DiscountPrice: value });

function fakeQuote(params: QuoteParams): Price {
  const compute = COMPUTE[params.InstanceType!]!;
  const disks = [params.SystemDisk!, ...(params.DataDisks ?? [])].reduce((sum, disk) => sum + disk.DiskSize! * (disk.DiskType === 'CLOUD_SSD' ? 0.001 : 0.0005), 0);
  const { InternetChargeType, InternetMaxBandwidthOut = 0 } = params.InternetAccessible ?? {};
  const prepaid = params.InstanceChargeType === 'PREPAID';
  const bandwidth =
    InternetChargeType === 'BANDWIDTH_POSTPAID_BY_HOUR'
      ? hourly(InternetMaxBandwidthOut * 0.06)
      : InternetChargeType === 'BANDWIDTH_PREPAID'
        ? monthly(InternetMaxBandwidthOut * 20)
        : InternetChargeType === 'TRAFFIC_POSTPAID_BY_HOUR' && InternetMaxBandwidthOut > 0
          ? { ...emptyItemPrice('GB'), UnitPrice: 0.8, UnitPriceDiscount: 0.8 }
          : emptyItemPrice('HOUR');
  return { InstancePrice: prepaid ? monthly((compute + disks) * 400) : hourly(compute + disks), BandwidthPrice: bandwidth };
}

let serial = 0;
function instance(fields: Partial<Omit<Instance, 'InternetAccessible'>> & { bandwidth?: [string, number] }): Instance {
  const { bandwidth = ['TRAFFIC_POSTPAID_BY_HOUR', 0], ...rest } = fields;
  return {
    InstanceId: `ins-${++serial}`,
    InstanceState: 'RUNNING',
    InstanceType: 'S5.LARGE8',
    InstanceChargeType: 'POSTPAID_BY_HOUR',
    Placement: { Zone: 'ap-guangzhou-3', ProjectId: 0 },
    ImageId: 'img-eb30mz89',
    OsName: 'TencentOS Server 3.1',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50, DiskId: 'disk-1' },
    DataDisks: [],
    StopChargingMode: 'NOT_APPLICABLE',
    InternetAccessible: { InternetChargeType: bandwidth[0] as never, InternetMaxBandwidthOut: bandwidth[1] },
    ...rest,
  } as Instance;
}

/** Quoting one instance by itself, all of it: what the test holds the fleet's figures to. */
function aloneHourly(member: FleetMember): number {
  const i = member.instance;
  const price = fakeQuote({
    InstanceType: i.InstanceType,
    InstanceChargeType: i.InstanceChargeType,
    SystemDisk: i.SystemDisk,
    DataDisks: i.DataDisks,
    InternetAccessible: { InternetChargeType: i.InternetAccessible.InternetChargeType!, InternetMaxBandwidthOut: i.InternetAccessible.InternetMaxBandwidthOut },
  } as QuoteParams);
  const item = (p: Price['InstancePrice']) => (p.ChargeUnit === 'HOUR' ? p.UnitPriceDiscount : p.ChargeUnit === 'GB' ? 0 : p.DiscountPrice / 720);
  return item(price.InstancePrice) + item(price.BandwidthPrice);
}

const answer = (plan: ReturnType<typeof planQuotes>) => new Map<string, QuoteResult>(plan.map((quote) => [quote.configuration, { price: fakeQuote(quote.params) }]));

describe('pricing a fleet from quotes', () => {
  const gz = (fields: Parameters<typeof instance>[0]): FleetMember => ({ region: 'ap-guangzhou', instance: instance(fields) });
  const fleet: FleetMember[] = [
    gz({}),
    gz({}),
    gz({ bandwidth: ['BANDWIDTH_POSTPAID_BY_HOUR', 10] }),
    gz({ bandwidth: ['BANDWIDTH_POSTPAID_BY_HOUR', 20] }),
    gz({ bandwidth: ['TRAFFIC_POSTPAID_BY_HOUR', 5] }),
    gz({ InstanceType: 'S5.MEDIUM4', DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 200 } as Instance['DataDisks'][number]] }),
    gz({ InstanceType: 'S5.MEDIUM4', bandwidth: ['BANDWIDTH_POSTPAID_BY_HOUR', 10] }),
    gz({ InstanceType: 'SA2.LARGE16', InstanceChargeType: 'PREPAID', bandwidth: ['BANDWIDTH_PREPAID', 5] }),
    gz({ InstanceType: 'SA2.LARGE16', InstanceChargeType: 'PREPAID', InstanceState: 'STOPPED' }),
    { region: 'ap-shanghai', instance: instance({ Placement: { Zone: 'ap-shanghai-2', ProjectId: 0 }, bandwidth: ['BANDWIDTH_POSTPAID_BY_HOUR', 30] }) },
  ];
  const free = [gz({ InstanceState: 'SHUTDOWN', InstanceChargeType: 'PREPAID' }), gz({ InstanceState: 'LAUNCH_FAILED' })];
  const onHost = gz({ InstanceChargeType: 'CDHPAID' });

  it('asks one quote per configuration, the bandwidth settings riding along, and adds up to quoting each alone', () => {
    const everything = [...fleet, ...free, onHost];
    const plan = planQuotes(everything);
    // S5.LARGE8 in gz-3, S5.MEDIUM4 with an SSD, S5.MEDIUM4 plain (bringing 10 Mbps), SA2 prepaid (5 Mbps prepaid),
    // S5.LARGE8 in Shanghai (30 Mbps); 20 Mbps came with no configuration's first instance and rides on S5.LARGE8's.
    expect(plan).toHaveLength(5);
    expect(new Set(plan.map((quote) => quote.bandwidth).filter(Boolean)).size).toBe(4);
    const costs = costsOf(everything, plan, { quotes: answer(plan), compute: new Map() });
    for (const member of fleet) {
      const cost = costs.get(member.instance.InstanceId);
      expect(cost?.kind, member.instance.InstanceId).toBe('priced');
      expect(cost?.kind === 'priced' && cost.perHour).toBeCloseTo(aloneHourly(member), 10);
    }
    for (const member of free) expect(costs.get(member.instance.InstanceId)).toEqual({ kind: 'free' });
    expect(costs.get(onHost.instance.InstanceId)).toEqual({ kind: 'unpriced', reason: 'CDHPAID' });

    const burn = burnRateOf(everything, costs);
    const expected = fleet.reduce((sum, member) => sum + aloneHourly(member), 0);
    expect(burn.perHour).toBeCloseTo(expected, 10);
    expect(burn.perMonth).toBeCloseTo(expected * 720, 8);
    expect(burn.instances).toBe(fleet.length);
    expect(burn.trafficBilled).toBe(1);
    expect(burn.unpriced).toEqual([{ reason: 'CDHPAID', instances: 1 }]);
    expect(burn.byRegion.map((group) => [group.key, group.instances])).toEqual([
      ['ap-guangzhou', 9],
      ['ap-shanghai', 1],
    ]);
    expect(burn.byBilling.reduce((sum, group) => sum + group.perHour, 0)).toBeCloseTo(expected, 10);
    expect(burn.byFamily.map((group) => group.key).sort()).toEqual(['S5', 'SA2']);
  });

  it('charges an instance stopped with stop-charging its disks only, and counts the compute and bandwidth it saves', () => {
    const stopped = gz({
      InstanceState: 'STOPPED',
      StopChargingMode: 'STOP_CHARGING',
      DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100 } as Instance['DataDisks'][number]],
      bandwidth: ['BANDWIDTH_POSTPAID_BY_HOUR', 10],
    });
    const kept = gz({ InstanceState: 'STOPPED', StopChargingMode: 'KEEP_CHARGING' });
    const plan = planQuotes([stopped, kept]);
    const compute = new Map([[computeKey('ap-guangzhou-3', 'S5.LARGE8', 'POSTPAID_BY_HOUR'), COMPUTE['S5.LARGE8']!]]);
    const costs = costsOf([stopped, kept], plan, { quotes: answer(plan), compute });
    const disks = 50 * 0.0005 + 100 * 0.001;
    expect(costs.get(stopped.instance.InstanceId)).toEqual({
      kind: 'priced',
      perHour: expect.closeTo(disks, 10),
      savedPerHour: expect.closeTo(0.5 + 0.6, 10),
      couldSavePerHour: 0,
      trafficBilled: false,
    });
    // Kept charging: billed in full, and stop-charging would save its compute.
    expect(costs.get(kept.instance.InstanceId)).toMatchObject({ kind: 'priced', perHour: expect.closeTo(0.5 + 50 * 0.0005, 10), savedPerHour: 0, couldSavePerHour: 0.5 });
    const burn = burnRateOf([stopped, kept], costs);
    expect(burn.stopCharging).toEqual({ instances: 1, savedPerHour: expect.closeTo(1.1, 10) });
    expect(burn.keptCharging).toEqual({ instances: 1, couldSavePerHour: 0.5 });
    // Without the type's compute price the split is unknown: said, not guessed.
    expect(costsOf([stopped], plan, { quotes: answer(plan), compute: new Map() }).get(stopped.instance.InstanceId)).toEqual({ kind: 'unpriced', reason: 'ComputePriceUnknown' });
  });

  it('names the refusal of a configuration the cloud would not quote', () => {
    const member = gz({ InstanceType: 'S5.MEDIUM4' });
    const plan = planQuotes([member]);
    const costs = costsOf([member], plan, { quotes: new Map([[plan[0]!.configuration, { code: 'ResourcesSoldOut.SpecifiedInstanceType' }]]), compute: new Map() });
    expect(costs.get(member.instance.InstanceId)).toEqual({ kind: 'unpriced', reason: 'ResourcesSoldOut.SpecifiedInstanceType' });
  });
});
