import type { Transition } from './transition.ts';

// One change under way: a subject (an instance, a task, an activity) going through one or more legs on the emulator's
// clock. It does nothing by itself; the timeline lands its legs when someone reads the world after they are due.

/** Why a change failed, as the cloud records it (LatestOperationErrorMsg, a task's Output, a StatusMessage). */
export type FailureMessage = string;

/** One leg of a change: the state the subject reaches when it lands. */
export interface Leg<S extends string> {
  to: S;
  /** Whose duration this leg takes (a stop inside a resize takes a stop's time); the change's own when absent. */
  after?: Transition;
  /** A duration fixed by whoever starts it, in seconds at scale 1: a seeded change that was already part-way. */
  seconds?: number;
  /**
   * A moment of emulator time (ms) the leg lands at, unscaled: a time the caller named on the cloud's calendar (an
   * action timer's ActionTime), not a duration. Never before the leg ahead of it.
   */
  at?: number;
  /**
   * What arriving does (hand out an address, rewrite a disk), told when the leg was due (emulator ms; it may be read
   * later). Returning a message fails the change right here.
   */
  onArrive?: (at: number) => FailureMessage | void;
}

export interface ChangeSpec<S extends string> {
  transition: Transition;
  legs: readonly Leg<S>[];
  /** Shows a leg's state on the subject as it lands, told when the leg was due. */
  enter?: (state: S, at: number) => void;
  /** Told how far along the change is whenever the world is read while it is under way (for a Progress field). */
  onProgress?: (change: Change<S>, now: number) => void;
  /** After the last leg landed. */
  onSuccess?: () => void;
  /** Instead of the first leg, when the change was set to fail, or when a leg's arrival failed; told when. */
  onFailure?: (message: FailureMessage, at: number) => void;
  /** A failure decided by the caller (an instance's failure tag); it wins over the timeline's fault injector. */
  failure?: FailureMessage;
  /** False for changes the seed starts: they were under way before anyone could ask for a failure. */
  injectFaults?: boolean;
  /** Multiplies every leg's duration: each launch takes a little more or less than the transition says. */
  stretch?: number;
}

export type ChangeStatus = 'under way' | 'succeeded' | 'failed';

export class Change<S extends string = string> {
  status: ChangeStatus = 'under way';
  /** The message a failed change ended with. */
  failure?: FailureMessage;
  /** The state of the last leg that landed; undefined before the first. */
  state?: S;
  private landed = 0;

  constructor(
    readonly spec: ChangeSpec<S>,
    readonly startedAt: number,
    /** When each leg lands, in emulator ms: fixed at the start, so a clock that jumps lands them at their own times. */
    readonly landsAt: readonly number[],
    /** Set when the change is to fail as its first leg lands. */
    private readonly pendingFailure: FailureMessage | undefined,
  ) {}

  get transition(): Transition {
    return this.spec.transition;
  }

  /** When the last leg lands. */
  get endsAt(): number {
    return this.landsAt[this.landsAt.length - 1] ?? this.startedAt;
  }

  /** When the next leg lands, or undefined once the change is over. */
  get nextAt(): number | undefined {
    return this.status === 'under way' ? this.landsAt[this.landed] : undefined;
  }

  /** How far along it is by time, 0 to 1: what a Progress field is made of. */
  fraction(now: number): number {
    if (this.status !== 'under way') return 1;
    const total = this.endsAt - this.startedAt;
    if (total <= 0) return 1;
    return Math.min(1, Math.max(0, (now - this.startedAt) / total));
  }

  /** Whole percent done (0–100). */
  percent(now: number): number {
    return Math.floor(this.fraction(now) * 100);
  }

  /** Lands the next leg. The timeline calls this in time order across every change; nothing else should. */
  landNext(): void {
    if (this.status !== 'under way') return;
    const at = this.landsAt[this.landed]!;
    if (this.landed === 0 && this.pendingFailure !== undefined) return this.fail(this.pendingFailure, at);
    const leg = this.spec.legs[this.landed++]!;
    this.state = leg.to;
    this.spec.enter?.(leg.to, at);
    const failure = leg.onArrive?.(at);
    if (typeof failure === 'string') return this.fail(failure, at);
    if (this.landed === this.spec.legs.length) {
      this.status = 'succeeded';
      this.spec.onSuccess?.();
    }
  }

  private fail(message: FailureMessage, at: number): void {
    this.status = 'failed';
    this.failure = message;
    this.spec.onFailure?.(message, at);
  }
}
