import type { Instance } from '@cvm/shared';
import type { InstanceRecord } from './instance-record.ts';
import { seededRandom } from './random.ts';

// What an instance has been through, as its monitoring sees it: when it ran (the agent reports only then) and with how
// many cores and how much memory (a resize moves every curve). The monitor service (services/monitor/) draws its
// series from this, so a stop is a gap and a resize a jump.
//
// Kept lazily. An instance the seed made and nothing changed since has no stored history: it is derived from its ID,
// its creation and its state (seededHistory) — a million seeded instances hold nothing extra. The first change to one
// stores what was derived, then the change; instances bought later store theirs from the start. Every change of
// state, cores or memory goes through noteInstanceChange, told when it happened on the emulator's clock.

export interface HistoryEntry {
  /** Emulator ms from which this holds. */
  at: number;
  running: boolean;
  cpu: number;
  /** GB. */
  memory: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** States in which the monitoring agent reports. */
const isRunning = (instance: Instance) => instance.InstanceState === 'RUNNING';

const entryOf = (instance: Instance, at: number): HistoryEntry => ({ at, running: isRunning(instance), cpu: instance.CPU, memory: instance.Memory });

/** A number from an ID, the same on every start: the seed of everything derived about one instance. */
export function idSeed(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** States an instance reaches only from running: one the seed shows in them ran until the seed. */
const LEAVING_RUNNING = new Set<Instance['InstanceState']>(['REBOOTING', 'STOPPING', 'TERMINATING']);

/**
 * The history of an instance the seed made, as of `seededAt`: running from its creation; one caught rebooting, stopping
 * or terminating ran until the seed; a stopped (or isolated, or starting) one stopped somewhere between its creation
 * and the seed; one running instance in three was stopped for a few hours in the week before the seed and started
 * again. Never launched: no history.
 */
export function seededHistory(record: InstanceRecord, seededAt: number): HistoryEntry[] {
  const { instance, createdAt } = record;
  if (instance.InstanceState === 'PENDING' || instance.InstanceState === 'LAUNCH_FAILED') return [];
  const random = seededRandom(idSeed(instance.InstanceId));
  const base = { cpu: instance.CPU, memory: instance.Memory };
  const history: HistoryEntry[] = [{ at: createdAt, running: true, ...base }];
  const age = seededAt - createdAt;
  if (LEAVING_RUNNING.has(instance.InstanceState)) {
    history.push({ at: seededAt, running: false, ...base });
  } else if (!isRunning(instance)) {
    history.push({ at: createdAt + Math.floor(age * (0.3 + 0.6 * random())), running: false, ...base });
  } else if (random() < 1 / 3 && age > 2 * DAY) {
    const stoppedAt = seededAt - Math.floor(Math.min(age - DAY, (1 + 5.5 * random()) * DAY));
    history.push({ at: stoppedAt, running: false, ...base }, { at: stoppedAt + Math.floor((1 + 5 * random()) * HOUR), running: true, ...base });
  }
  return history;
}

/** The instance's history: what was stored, or what its seed implies. */
export function historyOf(record: InstanceRecord, seededAt: number): readonly HistoryEntry[] {
  return record.history ?? seededHistory(record, seededAt);
}

/** Starts the stored history of an instance bought now: it has not run yet. */
export function startHistory(record: InstanceRecord): void {
  record.history = [];
}

/**
 * Makes a change to an instance's state, cores or memory (`change`), recording it in its history as of `at`. The
 * history is stored first if it was only derived, from the state before the change.
 */
export function noteInstanceChange<T>(record: InstanceRecord, seededAt: number, at: number, change: () => T): T {
  record.history ??= seededHistory(record, seededAt);
  const result = change();
  const next = entryOf(record.instance, at);
  const last = record.history.at(-1);
  if (!last || last.running !== next.running || last.cpu !== next.cpu || last.memory !== next.memory) {
    // A change reported late (a leg read after it was due) never lands before what is already recorded.
    record.history.push({ ...next, at: Math.max(at, last?.at ?? at) });
  }
  return result;
}
