import { describe, expect, it } from 'vitest';
import { allActions, cvm } from '../index.ts';
import { paramsSchema } from './index.ts';

describe('paramsSchema', () => {
  it('builds every action’s schema once, and gives the same one after', () => {
    for (const spec of allActions()) expect(paramsSchema(spec), `${spec.service}.${spec.action}`).toBe(paramsSchema(spec));
  });

  it('validates with the catalog’s rules', () => {
    const stop = paramsSchema(cvm.StopInstances);
    expect(stop.parse({ InstanceIds: ['ins-1'], StopType: 'SOFT' })).toEqual({ InstanceIds: ['ins-1'], StopType: 'SOFT' });
    expect(stop.safeParse({ InstanceIds: [] }).success).toBe(false);
    expect(stop.safeParse({ InstanceIds: ['ins-1'], Unknown: 1 }).success).toBe(false);
  });
});
