// One model of change over time for everything the emulator lets happen later: named transitions with durations
// (transition.ts), a change going through its legs (change.ts), the timeline that lands them lazily against the clock
// (timeline.ts) and failure injection (fault-injector.ts). See the emulator README, "Change over time".
export { actionOf, defineTransition, findTransition, transitionNames, type Transition } from './transition.ts';
export { Change, type ChangeSpec, type ChangeStatus, type FailureMessage, type Leg } from './change.ts';
export { Timeline, type TimelineOptions } from './timeline.ts';
export { FaultInjector, type FaultRule } from './fault-injector.ts';
