import { monitor } from '@cvm/shared';
import { CHART_MAX_POINTS } from '../../../cloud/monitor/monitor-limits.ts';

// The time ranges a chart offers and the period each is drawn at: the finest period the metric has whose points over
// the range fit one call (1,440), so an hour is drawn by 10 seconds and a month by hours. A metric with no period that
// fits (disk usage has only 1 and 5 minutes) is drawn at its coarsest, read in several windows.

export const RANGES = ['1h', '6h', '24h', '7d', '30d'] as const;
export type RangeKey = (typeof RANGES)[number];

export const RANGE_SECONDS: Record<RangeKey, number> = { '1h': 3600, '6h': 6 * 3600, '24h': 86_400, '7d': 7 * 86_400, '30d': 30 * 86_400 };

/**
 * The period for a range of `rangeSeconds` that starts `reachBackSeconds` ago (a custom range in the past reaches back
 * further than it is long): only periods still kept that far back.
 */
export function periodFor(rangeSeconds: number, periods: readonly number[], reachBackSeconds = rangeSeconds): number | undefined {
  const usable = [...periods].filter((p) => (monitor.MONITOR_RETENTION_S[p] ?? 0) >= reachBackSeconds).sort((a, b) => a - b);
  return usable.find((p) => Math.floor(rangeSeconds / p) + 1 <= CHART_MAX_POINTS) ?? usable.at(-1);
}

/** What a chart shows: the last hour, day… up to now, or a fixed window (Unix seconds) someone chose. */
export type TimeWindow = { range: RangeKey } | { range: 'custom'; from: number; to: number };

/** The longest any data is kept (a day's points): a custom window cannot start before it. */
export const OLDEST_S = Math.max(...Object.values(monitor.MONITOR_RETENTION_S));

/** How long the window is, where it ends (undefined: now, moving), and how far back it reaches. */
export function spanOf(window: TimeWindow, nowSeconds: number): { rangeSeconds: number; end: number | undefined; reachBack: number } {
  if (window.range !== 'custom') return { rangeSeconds: RANGE_SECONDS[window.range], end: undefined, reachBack: RANGE_SECONDS[window.range] };
  return { rangeSeconds: window.to - window.from, end: window.to, reachBack: nowSeconds - window.from };
}

/** What is wrong with a custom window, or undefined. */
export function customProblem(from: number, to: number, nowSeconds: number): 'order' | 'future' | 'tooOld' | undefined {
  if (!(to > from)) return 'order';
  if (to > nowSeconds + 60) return 'future';
  if (from < nowSeconds - OLDEST_S) return 'tooOld';
  return undefined;
}
