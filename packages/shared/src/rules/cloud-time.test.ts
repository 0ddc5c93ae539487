import { describe, expect, it } from 'vitest';
import { parseCloudTime } from './cloud-time.ts';

describe('the clouds’ time strings', () => {
  it('reads a time with a zone as that instant', () => {
    expect(parseCloudTime('2026-12-07T01:59:26Z')?.toISOString()).toBe('2026-12-07T01:59:26.000Z');
    expect(parseCloudTime('2026-12-07T01:59Z')?.toISOString()).toBe('2026-12-07T01:59:00.000Z');
    expect(parseCloudTime('2026-12-07T09:59:26+08:00')?.toISOString()).toBe('2026-12-07T01:59:26.000Z');
  });

  it('reads a time without a zone as Beijing time, as HAI writes it', () => {
    expect(parseCloudTime('2026-12-07 09:59:26')?.toISOString()).toBe('2026-12-07T01:59:26.000Z');
    expect(parseCloudTime('2026-12-07T00:30:00')?.toISOString()).toBe('2026-12-06T16:30:00.000Z');
  });

  it('takes nothing else', () => {
    for (const value of ['', 'yesterday', '2026-12-07', '2026-13-45 99:99:99', '12/07/2026 01:59:26']) expect(parseCloudTime(value)).toBeUndefined();
  });
});
