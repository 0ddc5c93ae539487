// A load balancer weight as ESS AttachInstances takes it (LoadBalancerWeight.N): an integer from 0 to 100, 50 when
// none is given. The dialog checks the text as it is typed, so nothing the cloud would refuse is ever sent.

export const DEFAULT_WEIGHT = 50;
export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 100;

export type WeightProblem = 'empty' | 'notInteger' | 'outOfRange';

export type WeightCheck = { ok: true; value: number } | { ok: false; problem: WeightProblem };

/** Reads a typed weight: surrounding spaces are forgiven, anything but a whole number from 0 to 100 is not. */
export function parseWeight(text: string): WeightCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, problem: 'notInteger' };
  const value = Number(trimmed);
  if (value < MIN_WEIGHT || value > MAX_WEIGHT) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}
