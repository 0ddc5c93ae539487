import { describe, expect, it } from 'vitest';
import { catalog } from '@cvm/shared';
import { batchHandlers } from './batch/index.ts';
import { cvmHandlers } from './cvm/index.ts';
import { haiHandlers } from './hai/index.ts';
import { vpcHandlers } from './vpc/index.ts';
import { tagHandlers } from './tag/index.ts';
import { monitorHandlers } from './monitor/index.ts';
import { stsHandlers } from './sts/index.ts';

// The handlers are gathered from the rule modules' exports (handlersIn), not listed: every catalog action of each
// emulated Tencent Cloud service must have exactly one, and nothing else may slip in.
describe.each([
  ['cvm', cvmHandlers],
  ['vpc', vpcHandlers],
  ['hai', haiHandlers],
  ['batch', batchHandlers],
  ['tag', tagHandlers],
  ['monitor', monitorHandlers],
  ['sts', stsHandlers],
] as const)('the %s handlers', (service, handlers) => {
  it('answer every catalog action of the service, once, and only those', () => {
    const actions = handlers.map((h) => h.spec.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions.sort()).toEqual(Object.keys(catalog[service]).sort());
    expect(handlers.every((h) => h.spec.service === service)).toBe(true);
  });
});

describe('the Alibaba Cloud handlers', () => {
  it('answer every ECS and ESS catalog action, once', async () => {
    const { aliyunHandlers } = await import('../aliyun/index.ts');
    const actions = aliyunHandlers.map((h) => `${h.spec.service}.${h.spec.action}`);
    const expected = (['ecs', 'ess'] as const).flatMap((service) => Object.keys(catalog[service]).map((action) => `${service}.${action}`));
    expect(actions.sort()).toEqual(expected.sort());
  });
});
