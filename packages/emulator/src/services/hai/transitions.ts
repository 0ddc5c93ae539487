import { defineTransition } from '../../state/change-over-time/index.ts';

// How long HAI's state changes take at transitionScale 1, in seconds of emulator time. A launch varies by ±20 %; the
// demo's launching instance has 25 s left when HAI is first read. A failure leaves the instance where it was (a launch:
// LAUNCH_FAILED) with LatestOperationState FAILED; HAI records no error message.
export const HAI_TRANSITIONS = {
  launch: defineTransition('hai.RunInstances', 10),
  start: defineTransition('hai.StartInstance', 5),
  stop: defineTransition('hai.StopInstance', 5),
  terminate: defineTransition('hai.TerminateInstances', 3),
} as const;

export const HAI_DEMO_LAUNCH_SECONDS = 25;
