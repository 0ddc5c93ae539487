import { describe, expect, it } from 'vitest';
import type { Instance } from '@cvm/shared';
import { summarizeFleet } from './fleet-summary.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-12-07T00:00:00Z');
const instance = (id: string, fields: Partial<Instance>): Instance =>
  ({
    InstanceId: id,
    InstanceName: id,
    InstanceState: 'RUNNING',
    InstanceChargeType: 'POSTPAID_BY_HOUR',
    ExpiredTime: null,
    LatestOperationState: 'SUCCESS',
    CreatedTime: '2026-01-01T00:00:00Z',
    ...fields,
  }) as Instance;

describe('the fleet summary', () => {
  it('counts each region by state, transitional states together, with totals', () => {
    const summary = summarizeFleet(
      [
        {
          region: 'ap-guangzhou',
          instances: [instance('a', {}), instance('b', { InstanceState: 'STOPPED' }), instance('c', { InstanceState: 'REBOOTING' }), instance('d', { InstanceState: 'PENDING' })],
        },
        { region: 'ap-shanghai', instances: [instance('e', {}), instance('f', { InstanceState: 'LAUNCH_FAILED' })] },
      ],
      now,
    );
    expect(summary.regions[0]).toEqual({ region: 'ap-guangzhou', byState: { RUNNING: 1, STOPPED: 1, SHUTDOWN: 0, LAUNCH_FAILED: 0, CHANGING: 2 }, total: 4 });
    expect(summary.totals).toEqual({ RUNNING: 2, STOPPED: 1, SHUTDOWN: 0, LAUNCH_FAILED: 1, CHANGING: 2, total: 6 });
  });

  it('lists prepaid instances expiring within 7 days, then within 30, soonest first; and failed operations', () => {
    const prepaid = (id: string, days: number, state: Instance['InstanceState'] = 'RUNNING') =>
      instance(id, { InstanceChargeType: 'PREPAID', ExpiredTime: new Date(now + days * DAY).toISOString(), InstanceState: state });
    const summary = summarizeFleet(
      [
        {
          region: 'ap-guangzhou',
          instances: [
            prepaid('in20', 20),
            prepaid('in3', 3),
            prepaid('in40', 40),
            prepaid('past', -1),
            prepaid('isolated', 2, 'SHUTDOWN'),
            instance('broken', { LatestOperationState: 'FAILED' }),
          ],
        },
      ],
      now,
    );
    expect(summary.expiringIn7.map((e) => e.instance.InstanceId)).toEqual(['past', 'in3']);
    expect(summary.expiringIn30.map((e) => e.instance.InstanceId)).toEqual(['in20']);
    expect(summary.failed.map((e) => e.instance.InstanceId)).toEqual(['broken']);
  });
});
