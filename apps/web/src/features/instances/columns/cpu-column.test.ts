import { describe, expect, it } from 'vitest';
import { sparklinePath } from './cpu-column.tsx';

describe('the CPU sparkline', () => {
  it('breaks its line where minutes are missing, and keeps values within the box', () => {
    const path = sparklinePath(0, 600, [0, 60, 120, 420, 480], [0, 50, 100, 150, -5]);
    // Three points joined, a new stroke after the gap, and two joined again.
    expect(path.match(/[ML]/g)).toEqual(['M', 'L', 'L', 'M', 'L']);
    const ys = [...path.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((match) => Number(match[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(18);
    expect(ys[2]).toBe(ys[3]); // 100 and 150 are both drawn at the top
  });
});
