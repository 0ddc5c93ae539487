import type { Random } from '../random.ts';
import type { FailureMessage } from './change.ts';
import { findTransition, transitionNames, type Transition } from './transition.ts';

// Failure injection: which changes fail, asked for by a test (`emulator.faults.failNext('cvm.StartInstances')`), the CLI
// (`--fail cvm.StartInstances`, `--fail '*=0.05'`) or the emulator's options. A change is judged once, as it starts, and
// fails when its first leg would have landed; each service's failure hook leaves its subject in the documented failed
// state (an instance back where it was with LatestOperationState FAILED, a launch LAUNCH_FAILED, a task FAILED...).

/**
 * A rule about which changes fail. `transition` is a transition's name, which also covers its variants
 * (`cvm.StopInstances` covers `cvm.StopInstances.HARD`), or `*` for every one.
 */
export interface FaultRule {
  transition: string;
  /** Fail the next this many changes of the kind (the default is 1 when no probability is given). */
  times?: number;
  /** Fail each change of the kind with this probability, 0–1, drawn from the injector's own seeded generator. */
  probability?: number;
  /** What the failure records; the transition's own failure message when absent. */
  message?: FailureMessage;
}

export class FaultInjector {
  private rules: FaultRule[] = [];

  /** A generator of its own, so that asking for failures never changes the IDs the world hands out. */
  constructor(private readonly random: Random) {}

  /** Makes the next `times` changes of a kind fail. */
  failNext(transition: string, options: { times?: number; message?: FailureMessage } = {}): void {
    this.add({ transition, times: options.times ?? 1, message: options.message });
  }

  /** Makes every change of a kind fail with a probability, until cleared. */
  failWithProbability(transition: string, probability: number, message?: FailureMessage): void {
    this.add({ transition, probability, message });
  }

  add(rule: FaultRule): void {
    if (rule.transition !== '*' && !findTransition(rule.transition)) {
      throw new Error(`No transition is called ${rule.transition}; known: ${transitionNames().join(', ')} (or * for all).`);
    }
    if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
      throw new Error(`The failure probability of ${rule.transition} must be from 0 to 1, not ${rule.probability}.`);
    }
    this.rules.push(rule.probability === undefined ? { ...rule, times: rule.times ?? 1 } : { ...rule });
  }

  /** Forgets every rule: changes succeed again. */
  clear(): void {
    this.rules = [];
  }

  /** Decides whether a change that is starting will fail: the message it fails with, or undefined. */
  judge(transition: Transition): FailureMessage | undefined {
    const applies = (rule: FaultRule) => rule.transition === '*' || transition.name === rule.transition || transition.name.startsWith(`${rule.transition}.`);
    // Counted rules first, oldest first: "fail the next one" is meant for exactly the next one.
    const counted = this.rules.find((rule) => applies(rule) && rule.probability === undefined && (rule.times ?? 0) > 0);
    if (counted) {
      counted.times = (counted.times ?? 1) - 1;
      if (counted.times <= 0) this.rules = this.rules.filter((rule) => rule !== counted);
      return counted.message ?? transition.failureMessage;
    }
    for (const rule of this.rules) {
      if (applies(rule) && rule.probability !== undefined && this.random() < rule.probability) return rule.message ?? transition.failureMessage;
    }
    return undefined;
  }
}
