import { describe, expect, it } from 'vitest';
import { MAX_FILTER_VALUES, parseInstanceSearch } from './instance-search.ts';

describe('the instance search box', () => {
  it('reads bare tokens by their shape: IDs, addresses, and words that make one name', () => {
    expect(parseInstanceSearch('  ins-1a2b3c4d 10.0.48.2  web  prod ')).toEqual({
      filters: [
        { Name: 'instance-id', Values: ['ins-1a2b3c4d'] },
        { Name: 'instance-name', Values: ['web prod'] },
      ],
      addresses: ['10.0.48.2'],
      problems: [],
    });
    expect(parseInstanceSearch('vpc-abcd1234 subnet-abcd1234 sg-abcd1234').filters).toEqual([
      { Name: 'vpc-id', Values: ['vpc-abcd1234'] },
      { Name: 'subnet-id', Values: ['subnet-abcd1234'] },
      { Name: 'security-group-id', Values: ['sg-abcd1234'] },
    ]);
  });

  it('takes keys, ORs the values of one key and ANDs different keys', () => {
    const search = parseInstanceSearch('tag:env=prod tag:env=staging tag:owner state:running zone:ap-guangzhou-3 type:S5.MEDIUM4 billing:prepaid');
    expect(search.filters).toEqual([
      { Name: 'tag:env', Values: ['prod', 'staging'] },
      { Name: 'tag-key', Values: ['owner'] },
      { Name: 'instance-state', Values: ['RUNNING'] },
      { Name: 'zone', Values: ['ap-guangzhou-3'] },
      { Name: 'instance-type', Values: ['S5.MEDIUM4'] },
      { Name: 'instance-charge-type', Values: ['PREPAID'] },
    ]);
    expect(search.problems).toEqual([]);
  });

  it('keeps an address that must be private or public apart, and a private or public one as its filter', () => {
    expect(parseInstanceSearch('ip:10.0.0.1 private-ip:10.0.0.2 public-ip:203.0.113.9')).toEqual({
      filters: [
        { Name: 'private-ip-address', Values: ['10.0.0.2'] },
        { Name: 'public-ip-address', Values: ['203.0.113.9'] },
      ],
      addresses: ['10.0.0.1'],
      problems: [],
    });
  });

  it('names each token it cannot use, and why', () => {
    const search = parseInstanceSearch('ip:10.0.48 id:ins-12 zone: tag:=x tag:env= other:');
    expect(search.problems).toEqual([
      { token: 'ip:10.0.48', kind: 'bad-address' },
      { token: 'id:ins-12', kind: 'bad-id' },
      { token: 'zone:', kind: 'empty-value' },
      { token: 'tag:=x', kind: 'empty-value' },
      { token: 'tag:env=', kind: 'empty-value' },
      { token: 'other:', kind: 'unknown-key' },
    ]);
    expect(search.filters).toEqual([]);
  });

  it('keeps to the reference’s five values a filter', () => {
    const ids = Array.from({ length: MAX_FILTER_VALUES + 2 }, (_, i) => `ins-0000000${i}`);
    const search = parseInstanceSearch(ids.join(' '));
    expect(search.filters).toEqual([{ Name: 'instance-id', Values: ids.slice(0, MAX_FILTER_VALUES) }]);
    expect(search.problems.map((p) => p.kind)).toEqual(['too-many-values', 'too-many-values']);
  });

  it('reads an unknown key with a value, or a prototype name, as part of the name', () => {
    expect(parseInstanceSearch('db:primary constructor:x __proto__:y').filters).toEqual([{ Name: 'instance-name', Values: ['db:primary constructor:x __proto__:y'] }]);
  });
});
