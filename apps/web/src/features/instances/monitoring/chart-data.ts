import type { InstanceSeries } from '../../../cloud/monitor/monitor-reads.ts';

// A chart's data from the service's points: one time axis with every period of the window, each line's value at it or
// null where the service had none — a gap, drawn as a gap and never as a zero — and what a reader is told in words
// beside the canvas: the latest value, the mean, the highest, and where the gaps are.

export interface ChartData {
  /** Unix seconds, every period from the window's start to its end. */
  x: number[];
  /** Per line, aligned with x. */
  ys: (number | null)[][];
}

export function chartData(start: number, end: number, period: number, lines: readonly InstanceSeries[]): ChartData {
  const x: number[] = [];
  for (let t = Math.ceil(start / period) * period; t <= end; t += period) x.push(t);
  const at = new Map(x.map((t, i) => [t, i]));
  const ys = lines.map((line) => {
    const y: (number | null)[] = new Array(x.length).fill(null);
    line.timestamps.forEach((t, i) => {
      const index = at.get(t);
      if (index !== undefined) y[index] = line.values[i] ?? null;
    });
    return y;
  });
  return { x, ys };
}

export interface LineSummary {
  latest: number | undefined;
  mean: number | undefined;
  max: number | undefined;
  /** Runs without data between two points with data, [first missing, last missing] in Unix seconds. */
  gaps: [number, number][];
}

export function summarize(x: readonly number[], y: readonly (number | null)[]): LineSummary {
  const present = y.flatMap((value, i) => (value === null ? [] : [{ t: x[i]!, value }]));
  const values = present.map((p) => p.value);
  const gaps: [number, number][] = [];
  let from: number | undefined;
  let seen = false;
  y.forEach((value, i) => {
    if (value === null) {
      if (seen && from === undefined) from = x[i];
    } else {
      if (from !== undefined) gaps.push([from, x[i - 1]!]);
      from = undefined;
      seen = true;
    }
  });
  return {
    latest: present.at(-1)?.value,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined,
    max: values.length ? Math.max(...values) : undefined,
    gaps,
  };
}
