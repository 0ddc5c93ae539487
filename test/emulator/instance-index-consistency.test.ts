import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Instance } from '@cvm/shared';
import { BASE_SEED } from '../support/hostile-arbitraries.ts';
import { purchase } from '../support/purchase.ts';
import { signedCall } from '../support/signed-call.ts';

// The instance index over HTTP: random launches, stops, starts, terminations, renames, tag changes (through the
// failure tag a launch carries and an operation consumes) and the clock moving on, and after each step a random
// filtered DescribeInstances compared, page by page, with a brute-force scan of every instance read page by page.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock, bulkInstances: 300 });
});
afterAll(() => emulator.close());

const call = (action: string, params: object) => signedCall(emulator.url, action, params);

/** Every page of a DescribeInstances query, in the order it answers; and its TotalCount. */
async function everyPage(params: object, limit: number): Promise<{ total: number; instances: Instance[] }> {
  const instances: Instance[] = [];
  let total = 0;
  for (let offset = 0; ; offset += limit) {
    const { Response } = await call('DescribeInstances', { ...params, Offset: offset, Limit: limit });
    if (Response.Error) throw new Error(`${Response.Error.Code}: ${Response.Error.Message}`);
    total = Response.TotalCount;
    instances.push(...(Response.InstanceSet as Instance[]));
    if (offset + limit >= total) return { total, instances };
  }
}

type Query = { Name: string; Values: string[] }[];

/** What each filter means, written out plainly: the scan the index must agree with. */
function scanMatches(instance: Instance, filters: Query): boolean {
  return filters.every(({ Name, Values }) => {
    const one = (value: string | number | null | undefined) => Values.includes(String(value ?? ''));
    const any = (values: readonly string[] | null | undefined) => (values ?? []).some((v) => Values.includes(v));
    if (Name === 'zone') return one(instance.Placement.Zone);
    if (Name === 'instance-state') return one(instance.InstanceState);
    if (Name === 'instance-charge-type') return one(instance.InstanceChargeType);
    if (Name === 'instance-type') return one(instance.InstanceType);
    if (Name === 'subnet-id') return one(instance.VirtualPrivateCloud.SubnetId);
    if (Name === 'vpc-id') return one(instance.VirtualPrivateCloud.VpcId);
    if (Name === 'uuid') return one(instance.Uuid);
    if (Name === 'private-ip-address') return any(instance.PrivateIpAddresses);
    if (Name === 'public-ip-address') return any(instance.PublicIpAddresses);
    if (Name === 'security-group-id') return any(instance.SecurityGroupIds);
    if (Name === 'tag-key') return instance.Tags.some((t) => Values.includes(t.Key));
    if (Name === 'tag-value') return instance.Tags.some((t) => Values.includes(t.Value));
    if (Name.startsWith('tag:')) return instance.Tags.some((t) => t.Key === Name.slice(4) && Values.includes(t.Value));
    if (Name === 'instance-name') return Values.some((v) => instance.InstanceName.toLowerCase().includes(v.toLowerCase()));
    if (Name === 'instance-id') return one(instance.InstanceId);
    throw new Error(`no scan for ${Name}`);
  });
}

const ZONES = ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6', 'ap-guangzhou-7'];
const STATES = ['RUNNING', 'STOPPED', 'PENDING', 'STOPPING', 'STARTING', 'TERMINATING', 'SHUTDOWN', 'LAUNCH_FAILED'];

/** A filter built from what the world holds now (an instance picked by number), so it matches something often. */
const filterArb = fc.oneof(
  fc.record({ Name: fc.constant('zone'), Values: fc.subarray(ZONES, { minLength: 1, maxLength: 2 }) }),
  fc.record({ Name: fc.constant('instance-state'), Values: fc.subarray(STATES, { minLength: 1, maxLength: 3 }) }),
  fc.record({ Name: fc.constant('instance-charge-type'), Values: fc.subarray(['POSTPAID_BY_HOUR', 'PREPAID'], { minLength: 1 }) }),
  fc.record({ Name: fc.constant('tag-key'), Values: fc.subarray(['role', 'env', 'team', 'probe'], { minLength: 1, maxLength: 2 }) }),
  fc.record({ Name: fc.constant('tag:env'), Values: fc.subarray(['prod', 'staging', 'dev'], { minLength: 1 }) }),
  fc.record({ Name: fc.constant('tag-value'), Values: fc.subarray(['web', 'worker', 'prod', 'p1', 'p2'], { minLength: 1, maxLength: 2 }) }),
  fc.record({ Name: fc.constant('instance-name'), Values: fc.subarray(['web', 'work', '-00', 'renamed', 'probe', '1'], { minLength: 1, maxLength: 2 }) }),
  fc.record({ Name: fc.constant('instance-type'), Values: fc.subarray(['S5.MEDIUM4', 'S5.LARGE8', 'SA2.MEDIUM4', 'S5.SMALL2'], { minLength: 1, maxLength: 2 }) }),
  fc.record({
    Name: fc.constantFrom('subnet-id', 'vpc-id', 'private-ip-address', 'public-ip-address', 'security-group-id', 'uuid', 'instance-id'),
    Values: fc.constant([]),
    pick: fc.nat(),
  }),
);

type Step =
  | { kind: 'launch'; zone: string; count: number; tag: 'p1' | 'p2'; fail: boolean }
  | { kind: 'stop' | 'start' | 'terminate' | 'rename' | 'reboot'; picks: number[] }
  | { kind: 'advance'; ms: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('launch' as const),
    zone: fc.constantFrom(...ZONES),
    count: fc.integer({ min: 1, max: 3 }),
    tag: fc.constantFrom('p1' as const, 'p2' as const),
    fail: fc.boolean(),
  }),
  fc.record({
    kind: fc.constantFrom('stop' as const, 'start' as const, 'terminate' as const, 'rename' as const, 'reboot' as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(1_000, 3_000, 6_000, 15_000) }),
);

/** A filter whose values come from an instance of the world (its subnet, an IP, a security group...). */
function concrete(filter: { Name: string; Values: readonly string[]; pick?: number }, world: Instance[]): { Name: string; Values: string[] } {
  if (!('pick' in filter) || filter.pick === undefined || !world.length) return { Name: filter.Name, Values: filter.Values.length ? [...filter.Values] : ['ap-guangzhou-3'] };
  const instance = world[filter.pick % world.length]!;
  const value: Record<string, string | undefined> = {
    'subnet-id': instance.VirtualPrivateCloud.SubnetId,
    'vpc-id': instance.VirtualPrivateCloud.VpcId,
    'private-ip-address': instance.PrivateIpAddresses[0] ?? '10.0.0.250',
    'public-ip-address': instance.PublicIpAddresses?.[0] ?? '43.1.1.1',
    'security-group-id': instance.SecurityGroupIds[0],
    uuid: instance.Uuid,
    'instance-id': instance.InstanceId,
  };
  return { Name: filter.Name, Values: [value[filter.Name]!] };
}

let renames = 0;

async function apply(step: Step, world: Instance[]): Promise<void> {
  const ids = (picks: number[]) => [...new Set(picks.map((p) => world[p % world.length]?.InstanceId).filter((id): id is string => !!id))];
  if (step.kind === 'advance') {
    clock.advance(step.ms);
    return;
  }
  if (step.kind === 'launch') {
    const tags = [{ Key: 'probe', Value: step.tag }, ...(step.fail ? [{ Key: 'emulator:fail-next-operation', Value: 'probe failure' }] : [])];
    await call(
      'RunInstances',
      purchase({
        Placement: { Zone: step.zone },
        InstanceCount: step.count,
        InstanceName: 'probe',
        InternetAccessible: { InternetMaxBandwidthOut: 1, PublicIpAssigned: true },
        TagSpecification: [{ ResourceType: 'instance', Tags: tags }],
      }),
    );
    return;
  }
  if (!world.length) return;
  if (step.kind === 'rename') {
    for (const id of ids(step.picks)) await call('ModifyInstancesAttribute', { InstanceIds: [id], InstanceName: `renamed-${++renames}` });
    return;
  }
  const action = { stop: 'StopInstances', start: 'StartInstances', terminate: 'TerminateInstances', reboot: 'RebootInstances' }[step.kind];
  // Refusals (a state the action does not take, mixed charge types, protection) change nothing; that is part of the test.
  await call(action, { InstanceIds: ids(step.picks), ...(step.kind === 'stop' && step.picks[0]! % 2 ? { StoppedMode: 'STOP_CHARGING' } : {}) });
}

describe('the instance index over HTTP', () => {
  it('answers every filtered DescribeInstances as a scan of every instance does, in the same order, through launches, state changes, terminations and renames', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ step: stepArb, query: fc.array(filterArb, { minLength: 1, maxLength: 3 }), limit: fc.constantFrom(7, 20, 100) }), {
          minLength: 12,
          maxLength: 24,
          size: 'max',
        }),
        async (script) => {
          let before = (await everyPage({}, 100)).instances;
          for (const { step, query, limit } of script) {
            await apply(step, before);
            const world = await everyPage({}, 100);
            expect(world.total).toBe(world.instances.length);
            const filters = query.map((f) => concrete(f, world.instances));
            const expected = world.instances.filter((i) => scanMatches(i, filters)).map((i) => i.InstanceId);
            const answer = await everyPage({ Filters: filters }, limit);
            expect({ filters, total: answer.total, ids: answer.instances.map((i) => i.InstanceId) }).toEqual({ filters, total: expected.length, ids: expected });
            // And the same instances by ID, in the same order.
            const someIds = expected.slice(0, 100);
            if (someIds.length) {
              const byId = await everyPage({ InstanceIds: [...someIds].reverse() }, 100);
              expect(byId.instances.map((i) => i.InstanceId)).toEqual(someIds);
            }
            // And the index's lists themselves: every instance filed under each of its values, in order.
            expect(emulator.world.region('ap-guangzhou')!.instances.index.verify()).toEqual([]);
            before = world.instances;
          }
        },
      ),
      { seed: BASE_SEED, numRuns: 3 },
    );
  }, 120_000);
});
