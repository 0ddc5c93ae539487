import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cvm } from '@cvm/shared';
import { paramsSchema } from '@cvm/shared/params';
import { CloudError } from '../cloud-error.ts';
import { validateParams } from '../validate-params.ts';
import { typeBySchema, unflattenParams } from './flat-params.ts';

// The flat parameters of GET, form and multipart requests (`Filters.0.Values.1=…`) put back into their JSON shape and
// typed by the action's schema, then validated as a JSON body is: what arrives, hostile names included, ends as the
// parameters or as a refusal naming the parameter — never a changed prototype, a crash or a long walk.

const describeInstances = paramsSchema(cvm.DescribeInstances);
const runInstances = paramsSchema(cvm.RunInstances);

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CloudError) return [error.code, error.message];
    throw error;
  }
  return undefined;
};
/** Unflattened, typed and validated as the request handler does it. */
const read = (pairs: [string, string][], schema: z.ZodType = describeInstances, jsonParts = false) =>
  validateParams(schema, typeBySchema(unflattenParams(pairs), schema, jsonParts));

describe('flat parameters', () => {
  it('are put back into lists and structures, and typed by the schema', () => {
    expect(
      read([
        ['Filters.0.Name', 'instance-state'],
        ['Filters.0.Values.0', 'RUNNING'],
        ['Filters.0.Values.1', 'STOPPED'],
        ['Filters.1.Name', 'zone'],
        ['Filters.1.Values.0', 'ap-guangzhou-3'],
        ['Offset', '0'],
        ['Limit', '20'],
      ]),
    ).toEqual({
      Filters: [
        { Name: 'instance-state', Values: ['RUNNING', 'STOPPED'] },
        { Name: 'zone', Values: ['ap-guangzhou-3'] },
      ],
      Offset: 0,
      Limit: 20,
    });
    const bought = read(
      [
        ['Placement.Zone', 'ap-guangzhou-3'],
        ['InstanceCount', '2'],
        ['DryRun', 'TRUE'],
        ['InstanceName', '007'],
        ['SystemDisk.DiskSize', '50'],
      ],
      runInstances,
    ) as Record<string, unknown>;
    // An Integer from its text, a Boolean in any case, and a String left as written even when it looks like a number.
    expect(bought).toMatchObject({ Placement: { Zone: 'ap-guangzhou-3' }, InstanceCount: 2, DryRun: true, InstanceName: '007', SystemDisk: { DiskSize: 50 } });
  });

  it('leave text the schema cannot read as text, refused naming the parameter', () => {
    for (const limit of ['many', '0x10', ' 5', '', '1e400', 'Infinity']) {
      expect(refusal(() => read([['Limit', limit]]))).toEqual(['InvalidParameter', expect.stringContaining('`Limit`')]);
    }
    expect(refusal(() => read([['Offset', '1.5']]))).toEqual(['InvalidParameter', expect.stringContaining('`Offset`')]);
  });

  it('refuse a gap, a name twice, a value that is also a structure, and empty segments', () => {
    expect(refusal(() => unflattenParams([['InstanceIds.1', 'ins-aaaaaaaa']]))).toEqual(['InvalidParameter', expect.stringContaining('`InstanceIds.0`')]);
    expect(
      refusal(() =>
        unflattenParams([
          ['InstanceIds.0', 'ins-aaaaaaaa'],
          ['InstanceIds.2', 'ins-bbbbbbbb'],
        ]),
      ),
    ).toEqual(['InvalidParameter', expect.stringContaining('`InstanceIds.1`')]);
    expect(
      refusal(() =>
        unflattenParams([
          ['Limit', '1'],
          ['Limit', '2'],
        ]),
      ),
    ).toEqual(['InvalidParameter', expect.stringContaining('more than once')]);
    for (const pairs of [
      [
        ['Limit', '1'],
        ['Limit.0', '2'],
      ],
      [
        ['Filters.0.Name', 'zone'],
        ['Filters.0', 'zone'],
      ],
    ] as [string, string][][]) {
      expect(refusal(() => unflattenParams(pairs))).toEqual(['InvalidParameter', expect.stringContaining('both as a value and as a structure')]);
    }
    for (const name of ['InstanceIds..0', 'Limit.', '.Limit', '']) {
      expect(refusal(() => unflattenParams([[name, '1']]))?.[0]).toBe('InvalidParameter');
    }
  });

  it('never reach the prototype: __proto__ and constructor are names like any other, and unknown', () => {
    const hostile: [string, string][] = [
      ['__proto__.polluted', 'yes'],
      ['constructor.prototype.polluted', 'yes'],
      ['Filters.0.__proto__.polluted', 'yes'],
    ];
    for (const pair of hostile) {
      const shape = unflattenParams([pair]);
      expect(Object.getPrototypeOf(shape)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(refusal(() => read([pair]))?.[0]).toMatch(/^(UnknownParameter|MissingParameter)$/);
    }
    expect(Object.keys(unflattenParams([['__proto__', 'x']]))).toEqual(['__proto__']);
    expect(refusal(() => read([['__proto__', 'x']]))).toEqual(['UnknownParameter', expect.stringContaining('`__proto__`')]);
  });

  it('refuse names nested past 32 levels at once, however deep, and read a huge index as no list', () => {
    const started = performance.now();
    expect(refusal(() => unflattenParams([[`${'a.'.repeat(5000)}b`, '1']]))).toEqual(['InvalidParameter', expect.stringContaining('deeper than 32')]);
    expect(performance.now() - started).toBeLessThan(100);
    expect(refusal(() => unflattenParams([[`${'a.'.repeat(31)}b`, '1']]))).toBeUndefined();
    // The first item missing, not a list of 100 000 holes.
    expect(refusal(() => unflattenParams([['InstanceIds.99999', 'ins-aaaaaaaa']]))).toEqual(['InvalidParameter', expect.stringContaining('`InstanceIds.0`')]);
    // Past any list the cloud takes, an index is a name: a structure where the schema wants a list.
    expect(refusal(() => read([['InstanceIds.999999999999', 'ins-aaaaaaaa']]))).toEqual(['InvalidParameter', expect.stringContaining('`InstanceIds`')]);
  });

  it('refuse text no cloud stores, in a value or a name', () => {
    expect(refusal(() => read([['InstanceIds.0', 'ins-\u0000']]))?.[0]).toBe('InvalidParameterValue');
    expect(refusal(() => read([['Inst\u0000anceIds.0', 'ins-aaaaaaaa']]))?.[0]).toBe('InvalidParameterValue');
    expect(refusal(() => read([['InstanceIds.0', 'ins-\ud800']]))?.[0]).toBe('InvalidParameterValue');
  });

  it('take a structure sent as one JSON part from multipart only; GET and form send structures as flat names', () => {
    const filters: [string, string][] = [['Filters', '[{"Name":"zone","Values":["ap-guangzhou-3"]}]']];
    expect(read(filters, describeInstances, true)).toEqual({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });
    expect(refusal(() => read(filters))).toEqual(['InvalidParameter', expect.stringContaining('`Filters`')]);
    // A JSON part nested past any documented depth is refused before it is parsed.
    expect(refusal(() => read([['Filters', '['.repeat(5000)]], describeInstances, true))).toEqual(['InvalidParameter', expect.stringContaining('deeper than 32')]);
  });
});
