import { describe, expect, it } from 'vitest';
import type { Instance } from '@cvm/shared';
import { actionGroupsIn } from '../../../actions/collect-actions.ts';
import { en } from '../../../i18n/en.ts';
import { INSTANCE_ACTIONS } from './instance-actions.ts';
import { refusalOf } from './refusal.ts';

// The list's toolbar, a row's menu and the detail panel are built from the action files: what each offers, in order.
const offered = (placement: 'toolbar' | 'row' | 'detail') => actionGroupsIn(INSTANCE_ACTIONS, placement).map(({ actions }) => actions.map((action) => action.label(en)));

describe('the instance actions', () => {
  it('offer start, stop, reboot, terminate and a scheduled termination everywhere, the changes in rows and details (tags, a security group and the project on the toolbar too), Batch on the toolbar and details, Compare on the toolbar', () => {
    expect(offered('toolbar')).toEqual([
      ['Start', 'Stop', 'Reboot', 'Terminate', 'Schedule termination'],
      ['Tags', 'Bind a security group', 'Move to project', 'Bind a key pair', 'Auto-renewal'],
      ['Add to Batch compute environment'],
      ['Compare'],
    ]);
    expect(offered('row')[0]).toEqual(['Start', 'Stop', 'Reboot', 'Terminate', 'Schedule termination']);
    expect(offered('row')[1]).toContain('Resize');
    expect(offered('detail')).toHaveLength(3);
  });

  it('say why not: the role first, then the state of the instance, by name in a batch', () => {
    const stop = INSTANCE_ACTIONS.find((action) => action.id === 'stop')!;
    const stopped = { InstanceId: 'ins-1', InstanceName: 'web', InstanceState: 'STOPPED', LatestOperationState: 'SUCCESS' } as Instance;
    expect(refusalOf(stop, [stopped], 'viewer', en)).toBe('Needs the operator role');
    expect(refusalOf(stop, [stopped], 'operator', en)).toMatch(/web/);
    expect(refusalOf(stop, [{ ...stopped, InstanceState: 'RUNNING' }], 'operator', en)).toBeUndefined();
  });

  it('compare up to ten instances, whatever their state, for anyone who may read', () => {
    const compare = INSTANCE_ACTIONS.find((action) => action.id === 'compare')!;
    const some = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ InstanceId: `ins-${i}`, InstanceName: `web-${i}`, InstanceState: i % 2 ? 'STOPPED' : 'RUNNING' }) as Instance);
    expect(refusalOf(compare, some(10), 'viewer', en)).toBeUndefined();
    expect(refusalOf(compare, some(11), 'viewer', en)).toBe('Compare at most 10 instances at once.');
  });
});
