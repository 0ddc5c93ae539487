import { describe, expect, it } from 'vitest';
import type { EcsInstance } from '@cvm/shared';
import { attachIneligibility, groupBlockers, roomBeforeMaxSize, selectionLimit } from './attach-eligibility.ts';

type InstanceFacts = Pick<EcsInstance, 'Status' | 'InstanceNetworkType' | 'VpcAttributes'>;

const inVpc = (vpcId: string, status: EcsInstance['Status'] = 'Running'): InstanceFacts => ({
  Status: status,
  InstanceNetworkType: 'vpc',
  VpcAttributes: { VpcId: vpcId, VSwitchId: 'vsw-1', PrivateIpAddress: { IpAddress: ['10.0.0.1'] } },
});
const classic: InstanceFacts = { Status: 'Running', InstanceNetworkType: 'classic', VpcAttributes: { VpcId: '', VSwitchId: '', PrivateIpAddress: { IpAddress: [] } } };
const vpcGroup = { VpcId: 'vpc-main' };
const classicGroup = { VpcId: '' };

describe('attachIneligibility', () => {
  it('lets a running instance of the same VPC join', () => {
    expect(attachIneligibility(inVpc('vpc-main'), vpcGroup, undefined)).toBeUndefined();
    expect(attachIneligibility(classic, classicGroup, undefined)).toBeUndefined();
  });

  it('names the group an instance is already in, before anything else', () => {
    expect(attachIneligibility(inVpc('vpc-other', 'Stopped'), vpcGroup, 'asg-1')).toEqual({ code: 'inGroup', groupId: 'asg-1' });
  });

  it('refuses instances that are not Running, with their status', () => {
    expect(attachIneligibility(inVpc('vpc-main', 'Stopped'), vpcGroup, undefined)).toEqual({ code: 'notRunning', status: 'Stopped' });
    expect(attachIneligibility(inVpc('vpc-main', 'Starting'), vpcGroup, undefined)).toEqual({ code: 'notRunning', status: 'Starting' });
  });

  it('keeps classic and VPC apart, both ways', () => {
    expect(attachIneligibility(classic, vpcGroup, undefined)).toEqual({ code: 'classicInstance' });
    expect(attachIneligibility(inVpc('vpc-main'), classicGroup, undefined)).toEqual({ code: 'vpcInstance' });
  });

  it('refuses an instance of another VPC, naming it', () => {
    expect(attachIneligibility(inVpc('vpc-other'), vpcGroup, undefined)).toEqual({ code: 'otherVpc', vpcId: 'vpc-other' });
  });
});

describe('groupBlockers', () => {
  it('is empty for an Active group with nothing running', () => {
    expect(groupBlockers({ LifecycleState: 'Active' }, undefined)).toEqual([]);
  });

  it('lists an inactive state and a running activity', () => {
    expect(groupBlockers({ LifecycleState: 'Inactive' }, 'asa-1')).toEqual([
      { code: 'notActive', state: 'Inactive' },
      { code: 'activityInProgress', activityId: 'asa-1' },
    ]);
  });
});

describe('room before MaxSize', () => {
  it('counts members being added against MaxSize', () => {
    expect(roomBeforeMaxSize({ MaxSize: 6, TotalCapacity: 2 })).toBe(4);
    expect(roomBeforeMaxSize({ MaxSize: 3, TotalCapacity: 3 })).toBe(0);
    expect(roomBeforeMaxSize({ MaxSize: 3, TotalCapacity: 5 })).toBe(0);
  });

  it('never lets one call take more than 20', () => {
    expect(selectionLimit({ MaxSize: 100, TotalCapacity: 10 })).toBe(20);
    expect(selectionLimit({ MaxSize: 6, TotalCapacity: 2 })).toBe(4);
  });
});
