import type { Clock } from '../clock.ts';
import { seededRandom } from '../random.ts';
import { Change, type ChangeSpec, type Leg } from './change.ts';
import { FaultInjector } from './fault-injector.ts';
import type { Transition } from './transition.ts';

// The timeline is the registry of every change under way in one emulator (both clouds). There are no timers: whoever
// reads the world calls settle(), which lands every leg that is due by the clock, in the order they fall due, so a
// test that moves a ManualClock moves everything at once and a clock that jumps lands a chain stage by stage (moto's
// managed state model, evaluated lazily, minus the threads).

export interface TimelineOptions {
  /** Multiplies every duration; 0 lands each change at the next read. `--transition-scale`. */
  scale?: number;
  /** Seconds at scale 1 by transition name, replacing the defined ones. `--duration name=seconds`. */
  seconds?: Readonly<Record<string, number>>;
  faults?: FaultInjector;
}

export class Timeline {
  readonly scale: number;
  readonly faults: FaultInjector;
  private readonly seconds: Readonly<Record<string, number>>;
  /** In the order they started, which breaks ties between legs due at the same moment. */
  private readonly underWay = new Set<Change>();
  private settling = false;
  /** When the leg landing now was due, while settle() lands it. */
  private landing?: number;

  constructor(
    readonly clock: Clock,
    options: TimelineOptions = {},
  ) {
    this.scale = options.scale ?? 1;
    this.seconds = options.seconds ?? {};
    this.faults = options.faults ?? new FaultInjector(seededRandom(0));
  }

  /** Seconds a transition takes at scale 1, after any override. */
  secondsOf(transition: Transition): number {
    return this.seconds[transition.name] ?? transition.seconds;
  }

  /**
   * Now, as the world sees it: while a due leg lands, the moment it was due. So a change an arrival starts (the action
   * a timer runs) begins when the arrival was due, and lands on time even when nobody read the world until later.
   */
  now(): number {
    return this.landing ?? this.clock.now();
  }

  /** Starts a change now; its subject should show its transitional state already (the caller sets it). */
  start<S extends string>(spec: ChangeSpec<S>): Change<S> {
    if (!spec.legs.length) throw new Error(`A change of ${spec.transition.name} needs at least one leg.`);
    const startedAt = this.now();
    const stretch = spec.stretch ?? 1;
    let at = startedAt;
    const landsAt = spec.legs.map((leg) => (at = leg.at !== undefined ? Math.max(at, leg.at) : at + this.legMs(spec.transition, leg, stretch)));
    const failure = spec.failure ?? (spec.injectFaults === false ? undefined : this.faults.judge(spec.transition));
    const change = new Change<S>(spec, startedAt, landsAt, failure);
    this.underWay.add(change as unknown as Change);
    return change;
  }

  /**
   * Lands every leg due by now, earliest first, then tells the changes still under way how far along they are. An
   * arrival hook that reads the world (and so calls settle again) sees it as it was at that arrival.
   */
  settle(): void {
    if (this.settling) return;
    this.settling = true;
    try {
      const now = this.clock.now();
      for (;;) {
        let earliest: Change | undefined;
        for (const change of this.underWay) {
          const at = change.nextAt;
          if (at !== undefined && at <= now && (!earliest || at < earliest.nextAt!)) earliest = change;
        }
        if (!earliest) break;
        this.landing = earliest.nextAt;
        earliest.landNext();
        this.landing = undefined;
        if (earliest.status !== 'under way') this.underWay.delete(earliest);
      }
      for (const change of this.underWay) change.spec.onProgress?.(change, now);
    } finally {
      this.settling = false;
      this.landing = undefined;
    }
  }

  /** Drops a change before it ends: nothing more of it lands (an action timer deleted before it was due). */
  cancel<S extends string>(change: Change<S>): void {
    this.underWay.delete(change as unknown as Change);
  }

  /** How many changes are under way (landed or not, until the next settle). */
  get size(): number {
    return this.underWay.size;
  }

  private legMs(transition: Transition, leg: Leg<string>, stretch: number): number {
    const seconds = leg.seconds ?? this.secondsOf(leg.after ?? transition);
    return seconds * stretch * 1000 * this.scale;
  }
}
