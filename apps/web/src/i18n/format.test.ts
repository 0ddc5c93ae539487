import { describe, expect, it } from 'vitest';
import { formatTimestamp, isoInstant } from './format.ts';

describe('one way to write time', () => {
  it('writes HAI’s zone-less Beijing time as the instant it is, like any other time', () => {
    expect(isoInstant('2026-12-07 09:59:26')).toBe('2026-12-07T01:59:26.000Z');
    for (const language of ['en', 'zh-CN'] as const) {
      expect(formatTimestamp('2026-12-07 09:59:26', language)).toBe(formatTimestamp('2026-12-07T01:59:26Z', language));
    }
  });

  it('names the zone, and leaves what it cannot read as it is', () => {
    expect(formatTimestamp('2026-12-07T01:59:26Z', 'en')).toMatch(/[A-Z]{2,}|GMT|UTC/);
    expect(formatTimestamp('soon', 'en')).toBe('soon');
    expect(isoInstant('soon')).toBeUndefined();
  });
});
