import { describe, expect, it } from 'vitest';
import { JsonList, serializeAnswer } from './json-list.ts';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('answers with lists already written as JSON', () => {
  it('writes the same bytes JSON.stringify would, wherever the lists are', () => {
    const instances = [
      { InstanceId: 'ins-1', InstanceName: '网站 "prod"\n' },
      { InstanceId: 'ins-2', Tags: [] },
    ];
    const answer = {
      Response: { TotalCount: 2, InstanceSet: new JsonList(instances.map(json)), Nested: { Empty: new JsonList([]) }, RequestId: 'r-1' },
    };
    const expected = { Response: { TotalCount: 2, InstanceSet: instances, Nested: { Empty: [] }, RequestId: 'r-1' } };
    expect(serializeAnswer(answer).toString('utf8')).toBe(JSON.stringify(expected));
    expect(JSON.parse(serializeAnswer(answer).toString('utf8'))).toEqual(expected);
  });

  it('leaves text that only looks like a placeholder alone', () => {
    const list = new JsonList([json(1)]);
    const lookalike = list.placeholder.replace(/\d+$/, '999');
    const answer = { A: lookalike, B: list, C: '\u0000json-list:' };
    expect(JSON.parse(serializeAnswer(answer).toString('utf8'))).toEqual({ A: lookalike, B: [1], C: '\u0000json-list:' });
  });

  it('is plain JSON.stringify when there is no list', () => {
    const answer = { Response: { Error: { Code: 'InvalidParameter', Message: 'x' }, RequestId: 'r-2' } };
    expect(serializeAnswer(answer).toString('utf8')).toBe(JSON.stringify(answer));
  });
});
