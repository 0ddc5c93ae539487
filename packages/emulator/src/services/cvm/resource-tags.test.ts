import { describe, expect, it } from 'vitest';
import { CloudError } from '../../http/cloud-error.ts';
import { compileFilters } from '../filters.ts';
import { creationTags, tagFilters } from './resource-tags.ts';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof CloudError) return error.code;
    throw error;
  }
};

const spec = (ResourceType: string, ...pairs: [string, string][]) => [{ ResourceType, Tags: pairs.map(([Key, Value]) => ({ Key, Value })) }];

describe('creation tags', () => {
  const host = { resourceType: 'host', noun: 'a dedicated host' };

  it('keeps well-formed tags of the resource type, copied', () => {
    const given = spec('host', ['team', 'db'], ['tier', 'web']);
    const tags = creationTags(given, host);
    expect(tags).toEqual([
      { Key: 'team', Value: 'db' },
      { Key: 'tier', Value: 'web' },
    ]);
    expect(tags[0]).not.toBe(given[0]!.Tags[0]);
    expect(creationTags(undefined, host)).toEqual([]);
  });

  it('refuses another resource type, a malformed tag and a key given twice with InvalidParameterValue', () => {
    expect(codeOf(() => creationTags(spec('instance', ['a', 'b']), host))).toBe('InvalidParameterValue');
    expect(codeOf(() => creationTags(spec('host', ['', 'b']), host))).toBe('InvalidParameterValue');
    expect(codeOf(() => creationTags(spec('host', ['k'.repeat(128), 'b']), host))).toBe('InvalidParameterValue');
    expect(codeOf(() => creationTags(spec('host', ['a', 'v'.repeat(256)]), host))).toBe('InvalidParameterValue');
    expect(codeOf(() => creationTags(spec('host', ['a', ' padded ']), host))).toBe('InvalidParameterValue');
    expect(codeOf(() => creationTags(spec('host', ['a', '1'], ['a', '2']), host))).toBe('InvalidParameterValue');
  });

  it('answers a reserved key with the code the action documents', () => {
    expect(codeOf(() => creationTags(spec('host', ['qcloud:owner', 'x']), host))).toBe('InvalidParameterValue');
    const keyPair = { resourceType: 'keypair', noun: 'a key pair', reservedKeyCode: 'FailedOperation.TagKeyReserved' } as const;
    expect(codeOf(() => creationTags(spec('keypair', ['tencent:x', 'y']), keyPair))).toBe('FailedOperation.TagKeyReserved');
  });

  it('takes any resource type when the resource names none, and counts against `most`', () => {
    expect(creationTags(spec('launch-template', ['a', 'b']), { noun: 'a launch template' })).toHaveLength(1);
    const many = spec('image', ...Array.from({ length: 51 }, (_, i): [string, string] => [`k${i}`, 'v']));
    expect(codeOf(() => creationTags(many, { resourceType: 'image', noun: 'an image', most: 50 }))).toBe('InvalidParameterValue.TagQuotaLimitExceeded');
    expect(creationTags([{ ResourceType: 'image', Tags: many[0]!.Tags.slice(0, 50) }], { resourceType: 'image', noun: 'an image', most: 50 })).toHaveLength(50);
  });
});

describe('tag filters', () => {
  const items = [
    { id: 1, tags: [{ Key: 'team', Value: 'db' }] },
    { id: 2, tags: [{ Key: 'team', Value: 'web' }] },
    { id: 3, tags: [] },
  ];
  const ids = (filters: { Name: string; Values: string[] }[]) => {
    const matches = compileFilters(
      filters,
      tagFilters((item: (typeof items)[number]) => item.tags),
    );
    return items.filter(matches).map((item) => item.id);
  };

  it('finds by key, by value and by key and value', () => {
    expect(ids([{ Name: 'tag-key', Values: ['team'] }])).toEqual([1, 2]);
    expect(ids([{ Name: 'tag-value', Values: ['web'] }])).toEqual([2]);
    expect(ids([{ Name: 'tag:team', Values: ['db'] }])).toEqual([1]);
  });
});
