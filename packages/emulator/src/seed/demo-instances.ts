import type { InstanceState, Tag } from '@cvm/shared';
import { defaultSubnet } from '../network/region-network.ts';
import { BulkNetwork } from './network.ts';
import { buildInstance, type InstanceSpec } from '../state/build-instance.ts';
import { changeInstance } from '../services/cvm/operation.ts';
import { CVM_TRANSITIONS } from '../services/cvm/transitions.ts';
import type { World } from '../state/world.ts';
import { pick, resourceId, uuid } from '../state/random.ts';

// A believable account: a production web tier, some batch workers, a stopped staging box, an expired prepaid
// instance in the recycle bin, one that failed to launch, and a few caught mid-transition that settle over time.

const DAY = 86_400_000;

type DemoSpec = Omit<InstanceSpec, 'createdAt' | 'zone' | 'latestOperation'> & {
  latestOperation?: Omit<NonNullable<InstanceSpec['latestOperation']>, 'requestId'>;
  zone: number;
  ageDays: number;
  /** For transitional states: the state reached, and after how many seconds of emulator time. */
  settlesTo?: [InstanceState, number];
};

const prod = (team: string) => [
  { Key: 'env', Value: 'prod' },
  { Key: 'team', Value: team },
];

const DEMO: Record<string, DemoSpec[]> = {
  'ap-guangzhou': [
    {
      name: 'web-prod-01',
      zone: 3,
      instanceType: 'S5.LARGE8',
      imageId: 'img-eb30mz89',
      state: 'RUNNING',
      ageDays: 210,
      bandwidthOut: 10,
      tags: prod('web'),
      dataDisks: [{ type: 'CLOUD_PREMIUM', size: 100 }],
    },
    {
      name: 'web-prod-02',
      zone: 4,
      instanceType: 'S5.LARGE8',
      imageId: 'img-eb30mz89',
      state: 'RUNNING',
      ageDays: 209,
      bandwidthOut: 10,
      tags: prod('web'),
      dataDisks: [{ type: 'CLOUD_PREMIUM', size: 100 }],
    },
    {
      name: 'api-gateway',
      zone: 3,
      instanceType: 'SA2.2XLARGE16',
      imageId: 'img-487zeit5',
      state: 'RUNNING',
      ageDays: 180,
      bandwidthOut: 50,
      internetChargeType: 'BANDWIDTH_POSTPAID_BY_HOUR',
      tags: prod('platform'),
    },
    {
      name: 'mysql-primary',
      zone: 3,
      instanceType: 'M5.2XLARGE64',
      imageId: 'img-l8og963d',
      state: 'RUNNING',
      chargeType: 'PREPAID',
      periodMonths: 12,
      ageDays: 300,
      tags: prod('data'),
      systemDisk: { type: 'CLOUD_SSD', size: 100 },
      dataDisks: [
        { type: 'CLOUD_SSD', size: 500 },
        { type: 'CLOUD_SSD', size: 500 },
      ],
    },
    {
      name: 'mysql-replica',
      zone: 4,
      instanceType: 'M5.2XLARGE64',
      imageId: 'img-l8og963d',
      state: 'RUNNING',
      chargeType: 'PREPAID',
      periodMonths: 12,
      ageDays: 299,
      tags: prod('data'),
      systemDisk: { type: 'CLOUD_SSD', size: 100 },
      dataDisks: [{ type: 'CLOUD_SSD', size: 500 }],
    },
    {
      name: 'batch-worker-1',
      zone: 6,
      instanceType: 'C5.4XLARGE32',
      imageId: 'img-eb30mz89',
      state: 'RUNNING',
      ageDays: 40,
      tags: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'analytics' },
      ],
    },
    {
      name: 'batch-worker-2',
      zone: 6,
      instanceType: 'C5.4XLARGE32',
      imageId: 'img-eb30mz89',
      state: 'STOPPING',
      ageDays: 40,
      tags: [{ Key: 'team', Value: 'analytics' }],
      settlesTo: ['STOPPED', 20],
      latestOperation: { name: 'StopInstances', state: 'OPERATING' },
    },
    {
      name: 'staging-app',
      zone: 4,
      instanceType: 'S5.MEDIUM4',
      imageId: 'img-22trbn9x',
      state: 'STOPPED',
      ageDays: 95,
      bandwidthOut: 5,
      tags: [{ Key: 'env', Value: 'staging' }],
      latestOperation: { name: 'StopInstances', state: 'SUCCESS' },
    },
    {
      name: 'win-build-agent',
      zone: 7,
      instanceType: 'SA2.LARGE16',
      imageId: 'img-1eckiyjb',
      state: 'RUNNING',
      ageDays: 60,
      bandwidthOut: 5,
      tags: [{ Key: 'team', Value: 'ci' }],
    },
    { name: 'gpu-inference', zone: 3, instanceType: 'GN7.2XLARGE32', imageId: 'img-487zeit5', state: 'STOPPED', ageDays: 20, tags: [{ Key: 'team', Value: 'ml' }] },
    {
      name: 'legacy-crm',
      zone: 3,
      instanceType: 'S5.MEDIUM2',
      imageId: 'img-8toqc6s3',
      state: 'SHUTDOWN',
      chargeType: 'PREPAID',
      periodMonths: 1,
      ageDays: 400,
      tags: [{ Key: 'env', Value: 'legacy' }],
    },
    {
      name: 'cache-redis-01',
      zone: 4,
      instanceType: 'M5.LARGE32',
      imageId: 'img-eb30mz89',
      state: 'REBOOTING',
      ageDays: 120,
      tags: prod('platform'),
      settlesTo: ['RUNNING', 15],
      latestOperation: { name: 'RebootInstances', state: 'OPERATING' },
    },
    {
      name: 'new-feature-test',
      zone: 7,
      instanceType: 'SA2.MEDIUM4',
      imageId: 'img-0vbqvzfn',
      state: 'PENDING',
      ageDays: 0,
      tags: [{ Key: 'env', Value: 'dev' }],
      settlesTo: ['RUNNING', 30],
      latestOperation: { name: 'RunInstances', state: 'OPERATING' },
    },
    {
      name: 'broken-launch',
      zone: 6,
      instanceType: 'S5.MEDIUM4',
      imageId: 'img-0vbqvzfn',
      state: 'LAUNCH_FAILED',
      ageDays: 2,
      latestOperation: { name: 'RunInstances', state: 'FAILED', errorMessage: 'ResourceInsufficient.SpecifiedInstanceType' },
    },
    {
      name: 'jump-host',
      zone: 3,
      instanceType: 'S5.SMALL2',
      imageId: 'img-eb30mz89',
      state: 'RUNNING',
      ageDays: 500,
      bandwidthOut: 2,
      chargeType: 'PREPAID',
      periodMonths: 36,
      tags: [{ Key: 'team', Value: 'ops' }],
      disableApiTermination: true,
    },
  ],
  'ap-shanghai': [
    { name: 'web-prod-sh-01', zone: 2, instanceType: 'S5.LARGE8', imageId: 'img-eb30mz89', state: 'RUNNING', ageDays: 150, bandwidthOut: 10, tags: prod('web') },
    { name: 'web-prod-sh-02', zone: 3, instanceType: 'S5.LARGE8', imageId: 'img-eb30mz89', state: 'RUNNING', ageDays: 150, bandwidthOut: 10, tags: prod('web') },
    { name: 'kafka-1', zone: 4, instanceType: 'IT5.4XLARGE64', imageId: 'img-487zeit5', state: 'RUNNING', chargeType: 'PREPAID', periodMonths: 6, ageDays: 90, tags: prod('data') },
    { name: 'reporting', zone: 5, instanceType: 'SA3.LARGE8', imageId: 'img-22trbn9x', state: 'STOPPED', ageDays: 33 },
    { name: 'sandbox', zone: 8, instanceType: 'S6.MEDIUM4', imageId: 'img-0vbqvzfn', state: 'RUNNING', ageDays: 8, bandwidthOut: 1 },
  ],
  'ap-beijing': [
    { name: 'bj-edge-01', zone: 5, instanceType: 'S6.LARGE8', imageId: 'img-eb30mz89', state: 'RUNNING', ageDays: 70, bandwidthOut: 20, tags: prod('edge') },
    { name: 'bj-edge-02', zone: 6, instanceType: 'S6.LARGE8', imageId: 'img-eb30mz89', state: 'RUNNING', ageDays: 70, bandwidthOut: 20, tags: prod('edge') },
    { name: 'bj-etl', zone: 7, instanceType: 'C5.2XLARGE16', imageId: 'img-l8og963d', state: 'STOPPED', ageDays: 15 },
    // Its next operation fails when it lands (the emulator's failure injection), so a console's failure path can be seen.
    {
      name: 'bj-flaky-worker',
      zone: 5,
      instanceType: 'S6.MEDIUM4',
      imageId: 'img-487zeit5',
      state: 'RUNNING',
      ageDays: 9,
      tags: [{ Key: 'emulator:fail-next-operation', Value: 'The host did not answer in time; the operation was rolled back.' }],
    },
    { name: 'bj-windows-rdp', zone: 3, instanceType: 'SA2.LARGE8', imageId: 'img-9id7emv7', state: 'RUNNING', ageDays: 44, bandwidthOut: 5 },
  ],
  // A stopped batch fleet: what a person starts three at a time.
  'ap-hongkong': [
    { name: 'hk-render-1', zone: 2, instanceType: 'SA2.2XLARGE16', imageId: 'img-487zeit5', state: 'STOPPED', ageDays: 21, tags: [{ Key: 'team', Value: 'media' }] },
    { name: 'hk-render-2', zone: 2, instanceType: 'SA2.2XLARGE16', imageId: 'img-487zeit5', state: 'STOPPED', ageDays: 21, tags: [{ Key: 'team', Value: 'media' }] },
    { name: 'hk-render-3', zone: 3, instanceType: 'SA2.2XLARGE16', imageId: 'img-487zeit5', state: 'STOPPED', ageDays: 21, tags: [{ Key: 'team', Value: 'media' }] },
    { name: 'hk-gateway', zone: 3, instanceType: 'S5.MEDIUM4', imageId: 'img-eb30mz89', state: 'RUNNING', ageDays: 60, bandwidthOut: 5 },
  ],
  'ap-singapore': [
    { name: 'sg-web-01', zone: 1, instanceType: 'SA2.LARGE8', imageId: 'img-487zeit5', state: 'RUNNING', ageDays: 30, bandwidthOut: 10, tags: prod('web') },
    { name: 'sg-web-02', zone: 2, instanceType: 'SA2.LARGE8', imageId: 'img-487zeit5', state: 'RUNNING', ageDays: 30, bandwidthOut: 10, tags: prod('web') },
    { name: 'sg-monitoring', zone: 3, instanceType: 'S5.MEDIUM4', imageId: 'img-eb30mz89', state: 'STOPPED', ageDays: 12 },
  ],
  // A spot instance beside Silicon Valley's Batch environments: Batch does not take spot instances.
  'na-siliconvalley': [
    {
      name: 'sv-spot-render',
      zone: 1,
      instanceType: 'S5.MEDIUM4',
      imageId: 'img-eb30mz89',
      state: 'RUNNING',
      chargeType: 'SPOTPAID',
      ageDays: 3,
      tags: [{ Key: 'team', Value: 'media' }],
    },
  ],
};

export interface SeedOptions {
  /** Extra generated instances, spread over ap-guangzhou's zones, for scale work. */
  bulkInstances?: number;
}

/** The transitions the demo's instances are caught in the middle of, by the operation under way. */
const UNDER_WAY = { StopInstances: CVM_TRANSITIONS.stop, RebootInstances: CVM_TRANSITIONS.reboot, RunInstances: CVM_TRANSITIONS.launch } as const;

export function seedInstances(world: World, options: SeedOptions = {}): void {
  const now = world.clock.now();
  for (const [regionName, specs] of Object.entries(DEMO)) {
    const region = world.region(regionName);
    if (!region) continue;
    for (const { zone, ageDays, settlesTo, latestOperation, ...spec } of specs) {
      const record = buildInstance(world, region, {
        ...spec,
        latestOperation: latestOperation && { ...latestOperation, requestId: uuid(world.random) },
        zone: `${regionName}-${zone}`,
        createdAt: now - ageDays * DAY - Math.floor(world.random() * 3_600_000),
      });
      if (settlesTo) {
        // Already under way when the emulator starts, so no injected failure applies; the seconds are what is left.
        const operation = latestOperation!.name as keyof typeof UNDER_WAY;
        changeInstance(world, region, record, {
          transition: UNDER_WAY[operation],
          legs: [{ to: settlesTo[0], seconds: settlesTo[1] }],
          failedState: spec.state,
          operation,
          injectFaults: false,
        });
      }
      world.addInstance(region, record);
    }
  }
  seedBulk(world, options.bulkInstances ?? 0, now);
}

const BULK_STATES: InstanceState[] = ['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'STOPPED', 'STOPPED', 'SHUTDOWN'];
const BULK_ROLES = ['web', 'api', 'worker', 'cache', 'db', 'etl', 'search', 'queue'];
const BULK_IMAGES = ['img-eb30mz89', 'img-487zeit5', 'img-22trbn9x', 'img-l8og963d', 'img-0vbqvzfn'];

function seedBulk(world: World, count: number, now: number): void {
  const region = world.region('ap-guangzhou');
  if (!region || count <= 0) return;
  const zones = region.seed.zones.filter((z) => z.available).map((z) => z.zone);
  const typesIn = new Map(zones.map((zone) => [zone, region.zoneTypes.get(zone)!.filter((t) => t.GpuCount === 0 && t.FPGA === 0 && t.CPU <= 16)]));
  // The default subnets first (a world that fits in them is the one it always was), then bulk VPCs as they fill up.
  const network = new BulkNetwork(region.network, world.random, (zone) => defaultSubnet(region.network, zone)!);
  // Tags are never changed in place (a change replaces the list), so the generated instances share the tag objects.
  const tags = new Map<string, Tag>();
  const tag = (Key: string, Value: string) => tags.get(`${Key}=${Value}`) ?? tags.set(`${Key}=${Value}`, { Key, Value }).get(`${Key}=${Value}`)!;
  for (let i = 0; i < count; i++) {
    const zone = pick(zones, world.random);
    const types = typesIn.get(zone)!;
    const state = pick(BULK_STATES, world.random);
    const role = pick(BULK_ROLES, world.random);
    // Drawn in the order they always were, so every generated instance (and its ID) stays as it was.
    const instanceType = pick(types, world.random).InstanceType;
    const imageId = pick(BULK_IMAGES, world.random);
    const chargeType = state === 'SHUTDOWN' || world.random() < 0.2 ? 'PREPAID' : 'POSTPAID_BY_HOUR';
    const createdAt = now - Math.floor(world.random() * 700 * DAY);
    const record = buildInstance(world, region, {
      name: `${role}-${String(i + 1).padStart(5, '0')}`,
      zone,
      instanceType,
      imageId,
      state,
      chargeType,
      createdAt,
      // A subscription still in force runs until up to a year from now (renewed as it went; one in twelve ends within
      // the month); an isolated one ended after its first month. Taken from the index, not the random sequence.
      periodMonths: state === 'SHUTDOWN' ? 1 : Math.ceil((now - createdAt) / (30 * DAY)) + (i % 12),
      bandwidthOut: world.random() < 0.4 ? pick([1, 5, 10, 20], world.random) : 0,
      tags: [tag('role', role), tag('env', pick(['prod', 'staging', 'dev'], world.random))],
      subnet: network.subnetFor(zone),
    });
    // Eight random characters repeat about once in 2.8 million draws; a million instances would meet one.
    while (region.instances.has(record.instance.InstanceId)) record.instance.InstanceId = resourceId('ins', world.random);
    world.addInstance(region, record);
  }
}
