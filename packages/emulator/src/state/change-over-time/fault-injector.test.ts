import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { FaultInjector } from './fault-injector.ts';
import { actionOf, defineTransition, findTransition, transitionNames } from './transition.ts';

const LAUNCH = defineTransition('fault.Launch', 10, 'no capacity');
const LAUNCH_FAST = defineTransition('fault.Launch.FAST', 1, 'no capacity');
const COPY = defineTransition('fault.Copy', 10);

describe('FaultInjector', () => {
  it('fails exactly the next n changes of a kind, with the rule’s message or the transition’s own', () => {
    const faults = new FaultInjector(seededRandom(7));
    faults.failNext('fault.Launch', { times: 2 });
    faults.failNext('fault.Copy', { message: 'disk full' });
    expect(faults.judge(LAUNCH)).toBe('no capacity');
    expect(faults.judge(COPY)).toBe('disk full');
    expect(faults.judge(LAUNCH)).toBe('no capacity');
    expect(faults.judge(LAUNCH)).toBeUndefined();
    expect(faults.judge(COPY)).toBeUndefined();
  });

  it('covers a transition’s variants by its name, and every transition by *', () => {
    const faults = new FaultInjector(seededRandom(7));
    faults.failNext('fault.Launch');
    expect(faults.judge(LAUNCH_FAST)).toBe('no capacity');
    faults.failNext('*', { message: 'chaos' });
    expect(faults.judge(COPY)).toBe('chaos');
  });

  it('fails with a probability, from its own seeded generator, until cleared', () => {
    const faults = new FaultInjector(seededRandom(7));
    faults.failWithProbability('fault.Copy', 0.25);
    const failed = Array.from({ length: 2_000 }, () => faults.judge(COPY)).filter(Boolean).length;
    expect(failed).toBeGreaterThan(400);
    expect(failed).toBeLessThan(600);
    const again = new FaultInjector(seededRandom(7));
    again.failWithProbability('fault.Copy', 0.25);
    expect(Array.from({ length: 2_000 }, () => again.judge(COPY)).filter(Boolean).length).toBe(failed);
    faults.clear();
    expect(faults.judge(COPY)).toBeUndefined();
  });

  it('refuses unknown names and impossible probabilities', () => {
    const faults = new FaultInjector(seededRandom(7));
    expect(() => faults.failNext('fault.Nope')).toThrow(/No transition is called fault\.Nope/);
    expect(() => faults.failWithProbability('fault.Copy', 1.5)).toThrow(/from 0 to 1/);
  });
});

describe('transitions', () => {
  it('are registered once by name, and carry the action they are named after', () => {
    expect(findTransition('fault.Copy')).toBe(COPY);
    expect(transitionNames()).toEqual(expect.arrayContaining(['fault.Copy', 'fault.Launch', 'fault.Launch.FAST']));
    expect(() => defineTransition('fault.Copy', 3)).toThrow(/defined twice/);
    expect(actionOf(LAUNCH_FAST)).toBe('Launch');
  });
});
