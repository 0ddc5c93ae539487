import { describe, expect, it } from 'vitest';
import { chartData, summarize } from './chart-data.ts';

describe('chart data', () => {
  it('puts every period of the window on the axis, with null where the service had no point', () => {
    const data = chartData(100, 400, 60, [{ instanceId: 'ins-a', timestamps: [120, 180, 360], values: [1, 2, 4] }]);
    expect(data.x).toEqual([120, 180, 240, 300, 360]);
    expect(data.ys).toEqual([[1, 2, null, null, 4]]);
  });

  it('tells the latest, the mean, the highest and the gaps between points, not before the first', () => {
    const x = [0, 60, 120, 180, 240, 300];
    const summary = summarize(x, [null, 2, null, null, 6, 4]);
    expect(summary).toEqual({ latest: 4, mean: 4, max: 6, gaps: [[120, 180]] });
    expect(summarize(x, [null, null, null, null, null, null])).toEqual({ latest: undefined, mean: undefined, max: undefined, gaps: [] });
  });
});
