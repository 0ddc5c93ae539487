import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { seededRandom } from '../random.ts';
import { FaultInjector } from './fault-injector.ts';
import { Timeline } from './timeline.ts';
import { defineTransition } from './transition.ts';

// The model on its own: legs land lazily against the clock, in time order across changes, scaled and overridable;
// progress, arrival hooks and failures.

const BOOT = defineTransition('test.Boot', 4, 'the host did not answer');
const HALT = defineTransition('test.Halt', 5);
const COPY = defineTransition('test.Copy', 10);
const ZERO = defineTransition('test.Zero', 0);

type Power = 'BOOTING' | 'RUNNING' | 'STOPPED' | 'STARTING';

function thing(initial: Power) {
  const log: string[] = [];
  return { state: initial, log };
}

describe('Timeline', () => {
  it('lands nothing until a read after the leg is due, then shows its state, runs its arrival and succeeds', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock);
    const vm = thing('BOOTING');
    const change = timeline.start<Power>({
      transition: BOOT,
      legs: [{ to: 'RUNNING', onArrive: () => void vm.log.push('ip assigned') }],
      enter: (state) => {
        vm.state = state;
      },
      onSuccess: () => void vm.log.push('success'),
    });
    clock.advance(3_999);
    timeline.settle();
    expect(vm.state).toBe('BOOTING');
    expect(change.status).toBe('under way');
    clock.advance(1);
    expect(vm.state).toBe('BOOTING'); // lazily: nothing happens without a read
    timeline.settle();
    expect(vm).toEqual({ state: 'RUNNING', log: ['ip assigned', 'success'] });
    expect(change.status).toBe('succeeded');
    expect(timeline.size).toBe(0);
  });

  it('lands a chain leg by leg, each after the duration of the transition it names, even when the clock jumps past all', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock);
    const seen: string[] = [];
    timeline.start<Power>({
      transition: BOOT,
      legs: [{ to: 'STOPPED', after: HALT }, { to: 'STARTING', seconds: 2 }, { to: 'RUNNING' }],
      enter: (state) => void seen.push(`${state}@${clock.now()}`),
    });
    clock.advance(5_000);
    timeline.settle();
    expect(seen).toEqual(['STOPPED@5000']);
    clock.advance(60_000);
    timeline.settle();
    expect(seen).toEqual(['STOPPED@5000', 'STARTING@65000', 'RUNNING@65000']);
  });

  it('lands due legs of different changes in the order they fell due, so an arrival sees the world as it was then', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock);
    const order: string[] = [];
    timeline.start({ transition: HALT, legs: [{ to: 'late', onArrive: () => void order.push('halt (5 s)') }] });
    timeline.start({
      transition: BOOT,
      legs: [
        {
          to: 'early',
          onArrive: () => {
            order.push('boot (4 s)');
            timeline.settle();
          },
        },
      ],
    });
    clock.advance(10_000);
    timeline.settle();
    expect(order).toEqual(['boot (4 s)', 'halt (5 s)']);
  });

  it('scales every duration, takes overrides by name, and stretches one change', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock, { scale: 0.5, seconds: { 'test.Halt': 100 } });
    expect(timeline.start({ transition: BOOT, legs: [{ to: 'x' }] }).endsAt).toBe(2_000);
    expect(timeline.start({ transition: HALT, legs: [{ to: 'x' }] }).endsAt).toBe(50_000);
    expect(timeline.start({ transition: BOOT, legs: [{ to: 'x' }], stretch: 1.5 }).endsAt).toBe(3_000);
    expect(timeline.start({ transition: BOOT, legs: [{ to: 'x', after: HALT }, { to: 'y' }] }).landsAt).toEqual([50_000, 52_000]);
  });

  it('with scale 0 lands at the next read', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock, { scale: 0 });
    const change = timeline.start({ transition: COPY, legs: [{ to: 'done' }] });
    expect(change.status).toBe('under way');
    timeline.settle();
    expect(change.status).toBe('succeeded');
    expect(timeline.start({ transition: ZERO, legs: [{ to: 'x' }] }).fraction(0)).toBe(1);
  });

  it('reports progress to those that show it, by time, while under way', () => {
    const clock = new ManualClock(1_000);
    const timeline = new Timeline(clock);
    const reported: number[] = [];
    const change = timeline.start({ transition: COPY, legs: [{ to: 'copied' }], onProgress: (c, now) => void reported.push(c.percent(now)) });
    expect(change.percent(clock.now())).toBe(0);
    clock.advance(2_500);
    timeline.settle();
    clock.advance(5_000);
    timeline.settle();
    clock.advance(2_500);
    timeline.settle();
    expect(reported).toEqual([25, 75]);
    expect(change.fraction(clock.now())).toBe(1);
  });

  it('fails a change as its first leg lands, instead of entering it: with the caller’s message or from the fault injector', () => {
    const clock = new ManualClock(0);
    const faults = new FaultInjector(seededRandom(1));
    const timeline = new Timeline(clock, { faults });
    const outcomes: string[] = [];
    const watch = (label: string) => ({
      enter: (state: string) => void outcomes.push(`${label} entered ${state}`),
      onSuccess: () => void outcomes.push(`${label} succeeded`),
      onFailure: (message: string) => void outcomes.push(`${label} failed: ${message}`),
    });
    timeline.start({ transition: BOOT, legs: [{ to: 'RUNNING' }], failure: 'tagged', ...watch('a') });
    faults.failNext('test.Boot');
    const b = timeline.start({ transition: BOOT, legs: [{ to: 'RUNNING' }, { to: 'READY' }], ...watch('b') });
    timeline.start({ transition: BOOT, legs: [{ to: 'RUNNING' }], ...watch('c') });
    clock.advance(4_000);
    timeline.settle();
    expect(outcomes).toEqual(['a failed: tagged', 'b failed: the host did not answer', 'c entered RUNNING', 'c succeeded']);
    expect(b).toMatchObject({ status: 'failed', failure: 'the host did not answer' });
  });

  it('fails a change whose arrival finds the world changed', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock);
    const failures: string[] = [];
    const change = timeline.start({
      transition: HALT,
      legs: [{ to: 'bound', onArrive: () => 'the instance left' }, { to: 'never' }],
      onFailure: (message) => void failures.push(message),
    });
    clock.advance(5_000);
    timeline.settle();
    expect(change).toMatchObject({ status: 'failed', failure: 'the instance left', state: 'bound' });
    expect(failures).toEqual(['the instance left']);
  });

  it('lands a leg at a moment the caller names, unscaled; what its arrival starts begins then; a cancelled change never lands', () => {
    const clock = new ManualClock(0);
    const timeline = new Timeline(clock, { scale: 0.5 });
    const seen: string[] = [];
    const dropped = timeline.start({ transition: BOOT, legs: [{ to: 'x', at: 30_000, onArrive: () => void seen.push('dropped') }] });
    timeline.cancel(dropped);
    timeline.start({
      transition: BOOT,
      legs: [
        {
          to: 'due',
          at: 60_000,
          onArrive: (at) => void timeline.start({ transition: BOOT, legs: [{ to: 'done', onArrive: (end) => void seen.push(`started ${at}, landed ${end}`) }] }),
        },
      ],
    });
    clock.advance(3_600_000);
    timeline.settle();
    // BOOT's 4 s at scale 0.5, from the moment the timer was due, not from the read an hour later.
    expect(seen).toEqual(['started 60000, landed 62000']);
    expect(timeline.size).toBe(0);
  });

  it('does not draw faults for changes the seed starts', () => {
    const faults = new FaultInjector(seededRandom(1));
    const timeline = new Timeline(new ManualClock(0), { scale: 0, faults });
    faults.failNext('test.Boot');
    const seeded = timeline.start({ transition: BOOT, legs: [{ to: 'x' }], injectFaults: false });
    const asked = timeline.start({ transition: BOOT, legs: [{ to: 'x' }] });
    timeline.settle();
    expect([seeded.status, asked.status]).toEqual(['succeeded', 'failed']);
  });
});
