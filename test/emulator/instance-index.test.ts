import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstanceMap, SortedRecords, newestFirst } from '@cvm/emulator';
import type { Instance } from '@cvm/shared';
import { BASE_SEED } from '../support/hostile-arbitraries.ts';

// The index structures on their own: the chunked ordered list against a sorted array, and the instance index against
// a scan, through random adds, removes, changes and queries.

describe('SortedRecords', () => {
  const byNumber = (a: number, b: number) => a - b;
  const op = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), value: fc.integer({ min: 0, max: 3000 }) }),
    fc.record({ kind: fc.constant('delete' as const), value: fc.integer({ min: 0, max: 3000 }) }),
    fc.record({ kind: fc.constant('sweep' as const), value: fc.integer({ min: 2, max: 7 }) }),
  );

  it('keeps the same items in the same order as a sorted array, across chunk splits and empty chunks', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 500, maxLength: 4000, size: 'max' }), fc.nat(5000), fc.integer({ min: 0, max: 120 }), (ops, offset, limit) => {
        const list = new SortedRecords(byNumber);
        let model: number[] = [];
        for (const { kind, value } of ops) {
          if (kind === 'add') {
            expect(list.add(value)).toBe(!model.includes(value));
            if (!model.includes(value)) model = [...model, value].sort(byNumber);
          } else if (kind === 'delete') {
            expect(list.delete(value)).toBe(model.includes(value));
            model = model.filter((v) => v !== value);
          } else {
            list.sweep((v) => v % value !== 0);
            model = model.filter((v) => v % value !== 0);
          }
        }
        expect(list.size).toBe(model.length);
        expect(list.toArray()).toEqual(model);
        expect([...list]).toEqual(model);
        expect(list.slice(offset, limit)).toEqual(model.slice(offset, offset + limit));
        for (const v of model.slice(0, 50)) expect(list.has(v)).toBe(true);
      }),
      { seed: BASE_SEED, numRuns: 40 },
    );
  });

  it('builds from items already in order', () => {
    const items = Array.from({ length: 2000 }, (_, i) => i);
    const list = SortedRecords.fromSorted(byNumber, items);
    expect(list.slice(1020, 10)).toEqual(items.slice(1020, 1030));
    expect(list.add(999)).toBe(false);
    expect(list.delete(1500)).toBe(true);
    expect(list.size).toBe(1999);
  });
});

describe('InstanceIndex', () => {
  const ZONES = ['z-1', 'z-2', 'z-3'];
  const STATES = ['RUNNING', 'STOPPED', 'PENDING'];
  const record = (n: number, zone: string, state: string, tags: string[]) => ({
    createdAt: Math.floor(n / 3) * 1000,
    instance: {
      InstanceId: `ins-${String(n).padStart(8, '0')}`,
      Placement: { Zone: zone },
      InstanceState: state,
      Tags: tags.map((Key) => ({ Key, Value: 'x' })),
    } as unknown as Instance,
  });
  const fields = {
    zone: { keys: (r: { instance: Instance }) => [r.instance.Placement.Zone] },
    state: { keys: (r: { instance: Instance }) => [r.instance.InstanceState] },
    tag: { keys: (r: { instance: Instance }) => r.instance.Tags.map((t) => t.Key) },
  };
  const step = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), zone: fc.constantFrom(...ZONES), state: fc.constantFrom(...STATES), tags: fc.subarray(['a', 'b', 'c']) }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    // A change through a record taken from the map (touched), as handlers make them; sometimes after a query.
    fc.record({ kind: fc.constant('change' as const), pick: fc.nat(), state: fc.constantFrom(...STATES), tags: fc.subarray(['a', 'b', 'c']) }),
    fc.record({ kind: fc.constant('request' as const) }),
    fc.record({
      kind: fc.constant('query' as const),
      zones: fc.subarray(ZONES, { minLength: 1 }),
      states: fc.option(fc.subarray(STATES, { minLength: 1 }), { nil: undefined }),
      tag: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    }),
  );

  it('answers every query as a scan of the map would, in newest-first order, whatever changed before', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 100, maxLength: 300, size: 'max' }), (steps) => {
        const map = new InstanceMap();
        const index = map.index;
        let next = 0;
        for (const s of steps) {
          const ids = [...map.keys()];
          if (s.kind === 'add') {
            const r = record(next++, s.zone, s.state, s.tags);
            map.set(r.instance.InstanceId, r as never);
          } else if (s.kind === 'remove' && ids.length) map.delete(ids[s.pick % ids.length]!);
          else if (s.kind === 'change' && ids.length) {
            const r = map.get(ids[s.pick % ids.length]!)!;
            r.instance.InstanceState = s.state as never;
            r.instance.Tags.push(...s.tags.map((Key) => ({ Key, Value: 'x' })));
          } else if (s.kind === 'request') index.beginRequest();
          else if (s.kind === 'query') {
            const filters = [
              { field: 'zone', definition: fields.zone, values: s.zones, name: 'zone' },
              ...(s.states ? [{ field: 'state', definition: fields.state, values: s.states, name: 'state' }] : []),
              ...(s.tag ? [{ field: 'tag', definition: fields.tag, values: [s.tag], name: 'tag' }] : []),
            ];
            const matches = (r: { instance: Instance }) =>
              s.zones.includes(r.instance.Placement.Zone) && (!s.states || s.states.includes(r.instance.InstanceState)) && (!s.tag || r.instance.Tags.some((t) => t.Key === s.tag));
            const expected = [...map.values()].filter(matches).sort(newestFirst);
            expect(index.select(filters as never, matches as never).map((r) => r.instance.InstanceId)).toEqual(expected.map((r) => r.instance.InstanceId));
            expect(index.remember(JSON.stringify(s), () => index.select(filters as never, matches as never))).toEqual(expected);
            expect(index.verify()).toEqual([]);
          }
        }
        expect(index.all().toArray()).toEqual([...map.values()].sort(newestFirst));
      }),
      { seed: BASE_SEED, numRuns: 60 },
    );
  });
});
