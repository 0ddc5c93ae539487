import { describe, expect, it } from 'vitest';
import { toAttachParams } from './attach-request.ts';

describe('toAttachParams', () => {
  it('puts each weight at its instance position', () => {
    expect(
      toAttachParams('asg-1', [
        { instanceId: 'i-a', name: 'app-04', weightText: '80' },
        { instanceId: 'i-b', name: 'app-05', weightText: ' 20' },
      ]),
    ).toEqual({ ScalingGroupId: 'asg-1', InstanceId: ['i-a', 'i-b'], LoadBalancerWeight: [80, 20] });
  });

  it('sends nothing while a weight is wrong, or nothing is chosen', () => {
    expect(toAttachParams('asg-1', [{ instanceId: 'i-a', name: 'a', weightText: '101' }])).toBeUndefined();
    expect(toAttachParams('asg-1', [])).toBeUndefined();
  });
});
