import { describe, expect, it } from 'vitest';
import { parseWeight } from './weight.ts';

describe('parseWeight', () => {
  it('takes whole numbers from 0 to 100, spaces around forgiven', () => {
    expect(parseWeight('0')).toEqual({ ok: true, value: 0 });
    expect(parseWeight('100')).toEqual({ ok: true, value: 100 });
    expect(parseWeight(' 80 ')).toEqual({ ok: true, value: 80 });
    expect(parseWeight('007')).toEqual({ ok: true, value: 7 });
  });

  it('says what is wrong with anything else', () => {
    expect(parseWeight('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseWeight('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseWeight('101')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseWeight('-1')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseWeight('12.5')).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseWeight('1e2')).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseWeight('fifty')).toEqual({ ok: false, problem: 'notInteger' });
  });
});
