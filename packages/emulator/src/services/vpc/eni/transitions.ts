import { defineTransition } from '../../../state/change-over-time/index.ts';

// How long binding and unbinding an elastic network interface take at transitionScale 1, and what a failed task's
// Output says when the failure was injected without a message.
export const VPC_TRANSITIONS = {
  attach: defineTransition('vpc.AttachNetworkInterface', 2, 'InternalError: the interface could not be bound; retry it.'),
  detach: defineTransition('vpc.DetachNetworkInterface', 2, 'InternalError: the interface could not be unbound; retry it.'),
} as const;
