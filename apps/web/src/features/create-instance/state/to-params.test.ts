import { describe, expect, it } from 'vitest';
import { toQuoteParams, toRunParams } from './to-params.ts';
import { emptyForm, type WizardForm } from './wizard-form.ts';

const complete: WizardForm = {
  ...emptyForm(),
  zone: 'ap-chengdu-1',
  instanceType: 'S5.MEDIUM4',
  imageId: 'img-eb30mz89',
  vpcId: 'vpc-1',
  subnetId: 'subnet-1',
  securityGroupIds: ['sg-1'],
  dataDisks: [{ id: 'a', type: 'CLOUD_SSD', size: 100, deleteWithInstance: false }],
  name: ' web-{R:1} ',
  tags: [
    { id: 't', key: ' team ', value: 'web' },
    { id: 'u', key: '', value: '' },
  ],
  count: 2,
};

describe('toQuoteParams', () => {
  it('prices only what costs money, with every data disk typed', () => {
    const quote = toQuoteParams(complete)!;
    expect(quote.DataDisks).toEqual([{ DiskType: 'CLOUD_SSD', DiskSize: 100, DeleteWithInstance: false }]);
    expect(quote.InstanceCount).toBe(2);
    expect(quote).not.toHaveProperty('LoginSettings');
    expect(quote).not.toHaveProperty('VirtualPrivateCloud');
    expect(quote).not.toHaveProperty('InstanceChargePrepaid');
  });

  it('asks nothing while a priced choice is missing or not a number', () => {
    expect(toQuoteParams({ ...complete, instanceType: '' })).toBeUndefined();
    expect(toQuoteParams({ ...complete, systemDiskSize: Number.NaN })).toBeUndefined();
  });

  it('a subscription carries its period and renewal', () => {
    const quote = toQuoteParams({ ...complete, chargeType: 'PREPAID', period: 6, renewFlag: 'NOTIFY_AND_MANUAL_RENEW' })!;
    expect(quote.InstanceChargePrepaid).toEqual({ Period: 6, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' });
  });
});

describe('toRunParams', () => {
  it('adds network, login, names and tags; the token only when given', () => {
    const params = toRunParams(complete, 'Secret-Pass-1', 'token-1');
    expect(params).toMatchObject({
      VirtualPrivateCloud: { VpcId: 'vpc-1', SubnetId: 'subnet-1' },
      SecurityGroupIds: ['sg-1'],
      LoginSettings: { Password: 'Secret-Pass-1' },
      InstanceName: 'web-{R:1}',
      TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
      ClientToken: 'token-1',
    });
    expect(toRunParams(complete, 'x', undefined)).not.toHaveProperty('ClientToken');
  });

  it('a key pair login sends no password', () => {
    const params = toRunParams({ ...complete, loginMethod: 'key', keyId: 'skey-1' }, 'ignored', undefined, true);
    expect(params.LoginSettings).toEqual({ KeyIds: ['skey-1'] });
    expect(params.DryRun).toBe(true);
  });
});
