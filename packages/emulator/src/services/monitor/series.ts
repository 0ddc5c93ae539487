import type { HistoryEntry } from '../../state/instance-history.ts';
import { idSeed } from '../../state/instance-history.ts';

// The emulated monitoring data of one instance: a pure function of its ID, the metric, the period and the time, so
// every start and every test sees the same curves, and two periods agree (an hour's point is about the mean of its
// minutes). Plausible shapes: a daily rhythm with its peak at a time of day of the instance's own, a weekly one,
// noise that averages out over longer periods, bursts that show at minutes and fade at hours; memory steadier than
// CPU; traffic following CPU. What ran changes the curve: more cores after a resize, lower usage (the same work).

/** What a metric's value is made of, given the instance's load at that moment. */
export interface Shape {
  /** The value from the load (0–1, the share of its cores busy) and the instance as it was. */
  value: (load: Load) => number;
  /** Decimal places kept. */
  decimals: number;
}

export interface Load {
  /** Share of the cores busy, 0–1. */
  cpu: number;
  /** Share of memory used, 0–1 (steadier than cpu). */
  memory: number;
  /** A 0–1 that follows cpu, for traffic. */
  activity: number;
  /** Whole-life progress, 0–1, for what only grows (disk use). */
  age: number;
  /** Cores and GB at that moment. */
  cores: number;
  memoryGb: number;
  /** Public bandwidth cap, Mbps (0: no public traffic). */
  bandwidthOut: number;
  /** The period's length in seconds (for sums). */
  period: number;
}

const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

/** A repeatable number in [0, 1) from integers: the noise at one point. */
function noise(seed: number, a: number, b: number): number {
  let h = Math.imul(seed ^ Math.imul(a, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

interface Character {
  seed: number;
  /** The share of the cores busy on an average moment, at the instance's first size. */
  base: number;
  /** How strongly the day moves it. */
  daily: number;
  /** Seconds after midnight (UTC) of its busiest moment. */
  peak: number;
  memoryBase: number;
  firstCores: number;
  created: number;
}

function characterOf(instanceId: string, history: readonly HistoryEntry[]): Character {
  const seed = idSeed(instanceId);
  return {
    seed,
    base: 0.08 + 0.35 * noise(seed, 1, 0),
    daily: 0.3 + 0.6 * noise(seed, 2, 0),
    peak: Math.floor(noise(seed, 3, 0) * DAY_S),
    memoryBase: 0.3 + 0.4 * noise(seed, 4, 0),
    firstCores: history[0]?.cpu ?? 1,
    created: (history[0]?.at ?? 0) / 1000,
  };
}

/** The load at second `t` averaged over a period of `period` seconds starting there, at `cores` cores. */
function loadAt(character: Character, t: number, period: number, cores: number): { cpu: number; memory: number; activity: number } {
  const mid = t + period / 2;
  const day = Math.cos((2 * Math.PI * (mid - character.peak)) / DAY_S);
  const week = Math.sin((2 * Math.PI * mid) / WEEK_S);
  // A day's average has no daily rhythm left; shorter periods keep it.
  const dayWeight = period >= DAY_S ? 0 : 1;
  const bucket = Math.floor(t / period);
  const jitter = (noise(character.seed, 5, bucket + period) - 0.5) * 0.16 * Math.sqrt(60 / Math.max(period, 60));
  // About one minute in 200 is a burst; over an hour it is a fraction of that.
  const burst = noise(character.seed, 6, Math.floor(t / 60)) < 0.005 ? 0.5 * Math.min(1, 300 / period) : 0;
  const demand = character.base * (1 + 0.6 * character.daily * day * dayWeight + 0.15 * week) + jitter + burst;
  // The same work on more cores is a smaller share of them.
  const cpu = clamp01((demand * character.firstCores) / cores);
  const memory = clamp01(character.memoryBase + 0.05 * day * dayWeight + (noise(character.seed, 7, bucket + period) - 0.5) * 0.02);
  return { cpu, memory, activity: clamp01(demand) };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The entry in force at second `t`, or undefined before the first. */
function entryAt(history: readonly HistoryEntry[], t: number): HistoryEntry | undefined {
  let found: HistoryEntry | undefined;
  for (const entry of history) {
    if (entry.at / 1000 > t) break;
    found = entry;
  }
  return found;
}

/**
 * The points of one metric for one instance: a timestamp (whole seconds, aligned to the period) for every period in
 * [start, end] during which the instance was running at its middle; none before it was created or while stopped.
 */
export function seriesOf(
  instanceId: string,
  history: readonly HistoryEntry[],
  shape: Shape,
  period: number,
  start: number,
  end: number,
  bandwidthOut: number,
): { timestamps: number[]; values: number[] } {
  const character = characterOf(instanceId, history);
  const timestamps: number[] = [];
  const values: number[] = [];
  const scale = 10 ** shape.decimals;
  for (let t = Math.ceil(start / period) * period; t <= end; t += period) {
    const entry = entryAt(history, t + period / 2);
    if (!entry?.running) continue;
    const load = loadAt(character, t, period, entry.cpu);
    const age = clamp01((t - character.created) / (400 * DAY_S));
    const value = shape.value({ ...load, age, cores: entry.cpu, memoryGb: entry.memory, bandwidthOut, period });
    timestamps.push(t);
    values.push(Math.round(value * scale) / scale);
  }
  return { timestamps, values };
}
