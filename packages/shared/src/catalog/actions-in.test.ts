import { describe, expect, it } from 'vitest';
import { actionsIn } from './actions-in.ts';
import { catalog, cvm, cvmHpc } from './index.ts';

const spec = (service: string, action: string) => ({ service, action, params: () => undefined });

describe('actionsIn', () => {
  it('takes every exported action and leaves helpers and constants out', () => {
    const actions = actionsIn('cvm', { StopInstances: spec('cvm', 'StopInstances'), MAX_THINGS: 5, helper: () => 1 });
    expect(Object.keys(actions)).toEqual(['StopInstances']);
  });

  it('refuses an action exported under another name, or from another service', () => {
    expect(() => actionsIn('cvm', { Stop: spec('cvm', 'StopInstances') })).toThrow(/cvm\.StopInstances as Stop/);
    expect(() => actionsIn('cvm', { AttachInstances: spec('batch', 'AttachInstances') })).toThrow(/batch\.AttachInstances is exported from the cvm catalog/);
  });

  it('puts every action a service module exports in the catalog', () => {
    // CVM's HPC and CHC actions are a namespace of their own (cvmHpc), in the catalog's cvm service all the same.
    const exported = Object.values({ ...cvm, ...cvmHpc }).filter((value) => typeof value === 'object' && value !== null && 'action' in value);
    expect(Object.keys(catalog.cvm).sort()).toEqual(exported.map((value) => (value as { action: string }).action).sort());
    expect(catalog.cvm.StopInstances).toBe(cvm.StopInstances);
  });
});
