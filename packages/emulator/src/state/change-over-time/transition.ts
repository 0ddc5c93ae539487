// The registry of things that change over time. Each service defines its transitions once, beside the code that starts
// them; the name ('cvm.StartInstances') is how failure injection and duration overrides address one, and the registry
// is how the CLI tells a misspelt name from a real one.

/** A kind of change, named `<service>.<Action>`: how long it takes at transitionScale 1 and what its failure records. */
export interface Transition {
  readonly name: string;
  /** Duration at transitionScale 1; a change may stretch it (a launch takes 80–120 %) or chain several. */
  readonly seconds: number;
  /** What a failure records when whoever injected it gave no message of its own. */
  readonly failureMessage: string;
}

const DEFAULT_FAILURE = 'The operation failed in the cloud; retry it.';

const registry = new Map<string, Transition>();

/** Defines (and registers) a transition. A name defined twice is a mistake that would make overrides ambiguous. */
export function defineTransition(name: string, seconds: number, failureMessage = DEFAULT_FAILURE): Transition {
  if (registry.has(name)) throw new Error(`The transition ${name} is defined twice.`);
  if (!(seconds >= 0)) throw new Error(`The transition ${name} needs a duration of 0 seconds or more.`);
  const transition = Object.freeze({ name, seconds, failureMessage });
  registry.set(name, transition);
  return transition;
}

export function findTransition(name: string): Transition | undefined {
  return registry.get(name);
}

/** Every defined transition's name, sorted: what `--fail` and `--duration` accept. */
export function transitionNames(): string[] {
  return [...registry.keys()].sort();
}

/** The cloud action a transition is named after: `cvm.StopInstances.HARD` → `StopInstances` (a LatestOperation). */
export function actionOf(transition: Transition): string {
  return transition.name.split('.')[1] ?? transition.name;
}
