// The wizard's steps, in order. The current one is `?step=` in the URL, so Back and Forward move between steps and a
// reload comes back to the same one.

export const STEP_IDS = ['location', 'type', 'image', 'storage', 'network', 'settings', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string | null): value is StepId {
  return value !== null && (STEP_IDS as readonly string[]).includes(value);
}

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

export function nextStep(step: StepId): StepId | undefined {
  return STEP_IDS[stepIndex(step) + 1];
}

export function previousStep(step: StepId): StepId | undefined {
  const index = stepIndex(step);
  return index > 0 ? STEP_IDS[index - 1] : undefined;
}
