import { describe, expect, it } from 'vitest';
import type { Instance, NetworkInterface } from '@cvm/shared';
import { interfaceMessages } from '../messages.ts';
import { en } from '../../../../i18n/en.ts';
import { refusalOf } from '../../../../actions/action-refusal.ts';
import { bindAction } from '../actions/bind.action.ts';
import { targetName } from '../actions/interface-action.ts';
import { unbindAction } from '../actions/unbind.action.ts';
import { attachTypeKey, bindChoices, bindRefusal, nameProblem } from './bind-rules.ts';

const m = interfaceMessages.en;

const instance = (overrides: Partial<Instance> = {}) =>
  ({ InstanceId: 'ins-00000001', InstanceState: 'RUNNING', Placement: { Zone: 'ap-guangzhou-3' }, ...overrides }) as unknown as Instance;

const eni = (overrides: Partial<NetworkInterface> = {}) =>
  ({
    NetworkInterfaceId: 'eni-00000001',
    NetworkInterfaceName: 'eni',
    State: 'AVAILABLE',
    Zone: 'ap-guangzhou-3',
    GroupSet: ['sg-00000001'],
    Attachment: null,
    AttachType: 0,
    ...overrides,
  }) as NetworkInterface;

describe('the bind and unbind actions', () => {
  const why = (action: typeof bindAction, target: Parameters<typeof bindAction.allowed>[0], role: 'viewer' | 'operator' = 'operator') =>
    refusalOf(action, [target], role, en, targetName, true);

  it('bind and unbind only while the instance is running or stopped', () => {
    expect(why(bindAction, { instance: instance() })).toBeUndefined();
    expect(why(bindAction, { instance: instance({ InstanceState: 'STOPPED' }) })).toBeUndefined();
    expect(why(bindAction, { instance: instance({ InstanceState: 'STOPPING' }) })).toBe(m.needsPowerState('Stopping'));
    expect(why(unbindAction, { instance: instance({ InstanceState: 'STOPPING' }), eni: eni() })).toBe(m.needsPowerState('Stopping'));
  });

  it('unbind only an idle interface, and say the role first', () => {
    expect(why(unbindAction, { instance: instance(), eni: eni() })).toBeUndefined();
    expect(why(unbindAction, { instance: instance(), eni: eni({ State: 'DETACHING' }) })).toBe(m.changingNow);
    expect(why(unbindAction, { instance: instance(), eni: eni({ State: 'DETACHING' }) }, 'viewer')).toBe('Needs the operator role');
  });
});

describe('bindRefusal', () => {
  it('takes a free, idle interface with a security group in the instance zone', () => {
    expect(bindRefusal(eni(), instance(), m)).toBeUndefined();
  });

  it('refuses one in another zone, saying both zones', () => {
    expect(bindRefusal(eni({ Zone: 'ap-guangzhou-4' }), instance(), m)).toBe('In ap-guangzhou-4: it binds only to instances of its own zone (this one is in ap-guangzhou-3).');
  });

  it('refuses one without a security group, and one that is changing', () => {
    expect(bindRefusal(eni({ GroupSet: [] }), instance(), m)).toBe(m.noSecurityGroup);
    expect(bindRefusal(eni({ State: 'ATTACHING' }), instance(), m)).toBe(m.busy('Binding…'));
  });
});

describe('bindChoices', () => {
  it('lists unbound interfaces only, the bindable ones first, each group by name', () => {
    const choices = bindChoices(
      [
        eni({ NetworkInterfaceId: 'eni-0000000a', NetworkInterfaceName: 'a-far', Zone: 'ap-guangzhou-4' }),
        eni({ NetworkInterfaceId: 'eni-0000000b', NetworkInterfaceName: 'b-near' }),
        eni({
          NetworkInterfaceId: 'eni-0000000c',
          NetworkInterfaceName: 'c-bound',
          Attachment: { InstanceId: 'ins-00000002', DeviceIndex: 1, InstanceAccountId: '', AttachTime: '' },
        }),
        eni({ NetworkInterfaceId: 'eni-0000000d', NetworkInterfaceName: 'a-near' }),
      ],
      instance(),
      m,
    );
    expect(choices.map((choice) => [choice.eni.NetworkInterfaceName, Boolean(choice.refusal)])).toEqual([
      ['a-near', false],
      ['b-near', false],
      ['a-far', true],
    ]);
  });
});

describe('nameProblem, attachTypeKey', () => {
  it('wants a name of 1 to 60 characters', () => {
    expect(nameProblem('  ', m)).toBe(m.nameRequired);
    expect(nameProblem('x'.repeat(61), m)).toBe(m.nameTooLong(60));
    expect(nameProblem('x'.repeat(60), m)).toBeUndefined();
  });

  it('reads AttachType as the cloud spells it', () => {
    expect([0, 1].map(attachTypeKey)).toEqual(['standard', 'extension']);
  });
});
