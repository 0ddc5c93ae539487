import { describe, expect, it } from 'vitest';
import { accept, lastToken, needOf, suggest } from './search-suggestions.ts';

describe('search suggestions', () => {
  it('finds the token being typed, and what it needs', () => {
    expect(lastToken('web state:RUN')).toEqual({ token: 'state:RUN', start: 4 });
    expect(lastToken('web ')).toEqual({ token: '', start: 4 });
    expect(needOf('')).toEqual({ kind: 'none' });
    expect(needOf('vp')).toEqual({ kind: 'keys' });
    expect(needOf('tag:en')).toEqual({ kind: 'tag-keys' });
    expect(needOf('tag:env=pr')).toEqual({ kind: 'tag-values', key: 'env' });
    expect(needOf('vpc:vpc-1')).toEqual({ kind: 'values', key: 'vpc' });
    expect(needOf('http://x')).toEqual({ kind: 'none' });
  });

  it('offers keys, tag keys, tag values and listed values, starting matches first', () => {
    expect(suggest('vp', []).map((s) => s.value)).toEqual(['vpc:']);
    expect(suggest('ta', []).map((s) => s.value)).toEqual(['tag:']);
    expect(suggest('tag:e', [{ value: 'env' }, { value: 'team' }, { value: 'owner' }]).map((s) => s.value)).toEqual(['tag:env=', 'tag:team=', 'tag:owner=']);
    expect(suggest('tag:env=st', [{ value: 'prod' }, { value: 'staging' }]).map((s) => s.value)).toEqual(['tag:env=staging']);
    expect(suggest('vpc:', [{ value: 'vpc-aaa', detail: 'Default' }])).toEqual([{ value: 'vpc:vpc-aaa', detail: 'Default' }]);
    // By name too, after the values that start with what is typed.
    const vpcs = [
      { value: 'vpc-prod0001', detail: 'Default' },
      { value: 'vpc-aaa', detail: 'prod-network' },
      { value: 'vpc-bbb', detail: 'staging' },
    ];
    expect(suggest('vpc:prod', vpcs).map((s) => s.value)).toEqual(['vpc:vpc-prod0001', 'vpc:vpc-aaa']);
    expect(suggest('vpc:network', vpcs).map((s) => s.value)).toEqual(['vpc:vpc-aaa']);
    expect(suggest('vpc:vpc-prod', vpcs).map((s) => s.value)).toEqual(['vpc:vpc-prod0001']);
    // A token already whole offers nothing more.
    expect(suggest('tag:env=prod', [{ value: 'prod' }])).toEqual([]);
  });

  it('replaces the last token, with a space after a finished one', () => {
    expect(accept('web tag:e', 'tag:env=')).toBe('web tag:env=');
    expect(accept('web tag:env=p', 'tag:env=prod')).toBe('web tag:env=prod ');
  });
});
