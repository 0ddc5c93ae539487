// How often an activity that is still InProgress is asked about again: soon at first (an attach in the emulator takes
// seconds), then less and less often, since a real one may take minutes; never slower than every 15 seconds.

const FIRST_MS = 1_000;
const FACTOR = 1.5;
const CEILING_MS = 15_000;

/** The wait before the next poll, after `polls` answers that still said InProgress. */
export function activityPollDelay(polls: number): number {
  return Math.min(CEILING_MS, Math.round(FIRST_MS * FACTOR ** Math.max(0, polls - 1)));
}
