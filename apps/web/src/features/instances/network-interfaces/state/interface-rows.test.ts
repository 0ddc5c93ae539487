import { describe, expect, it } from 'vitest';
import type { Instance, NetworkInterface } from '@cvm/shared';
import { en } from '../../../../i18n/en.ts';
import { refusalOf } from '../../../../actions/action-refusal.ts';
import { targetName } from '../actions/interface-action.ts';
import { unbindAction } from '../actions/unbind.action.ts';
import { interfaceMessages } from '../messages.ts';
import { vpcInterfacesFilters } from '../api/describe-network-interfaces.ts';
import { interfaceRows } from './interface-rows.ts';

const eni = (id: string, primary: boolean, deviceIndex: number) =>
  ({
    NetworkInterfaceId: id,
    NetworkInterfaceName: id,
    Primary: primary,
    State: 'AVAILABLE',
    Attachment: { InstanceId: 'ins-00000001', DeviceIndex: deviceIndex },
  }) as NetworkInterface;

describe('interfaceRows', () => {
  it('counts the listed primary interface once, first, and the elastic ones by device', () => {
    const rows = interfaceRows([eni('eni-elastic2', false, 2), eni('eni-primary0', true, 0), eni('eni-elastic1', false, 1)]);
    expect(rows.primary?.NetworkInterfaceId).toBe('eni-primary0');
    expect(rows.elastic.map((e) => e.NetworkInterfaceId)).toEqual(['eni-elastic1', 'eni-elastic2']);
    expect(rows.count).toBe(3);
  });

  it('counts a primary interface the listing lacks once too (the table stands in for it)', () => {
    const rows = interfaceRows([eni('eni-elastic1', false, 1)]);
    expect(rows.primary).toBeUndefined();
    expect(rows.count).toBe(2);
    expect(interfaceRows([]).count).toBe(1);
  });

  it('does not count the primary interface twice when it is listed twice', () => {
    expect(interfaceRows([eni('eni-primary0', true, 0), eni('eni-primary0', true, 0)]).count).toBe(1);
  });
});

describe('unbinding the primary interface', () => {
  const instance = { InstanceId: 'ins-00000001', InstanceState: 'RUNNING', Placement: { Zone: 'ap-guangzhou-3' } } as unknown as Instance;

  it('is refused, saying why, even to an operator of a running instance', () => {
    const why = (target: NetworkInterface) => refusalOf(unbindAction, [{ instance, eni: target }], 'operator', en, targetName, true);
    expect(why(eni('eni-primary0', true, 0))).toBe(interfaceMessages.en.primaryStays);
    expect(why(eni('eni-elastic1', false, 1))).toBeUndefined();
  });

  it('has its reason in both languages', () => {
    expect(interfaceMessages['zh-CN'].primaryStays).not.toBe(interfaceMessages.en.primaryStays);
    expect(interfaceMessages['zh-CN'].primaryStays.length).toBeGreaterThan(0);
  });
});

describe("the bind picker's list", () => {
  it("reads the VPC's elastic interfaces only: the instances' primary ones are never free", () => {
    expect(vpcInterfacesFilters('vpc-00000001')).toEqual([
      { Name: 'vpc-id', Values: ['vpc-00000001'] },
      { Name: 'is-primary', Values: ['false'] },
    ]);
  });
});
