import type { LaunchTemplateVersionData, LaunchTemplateVersionInfo } from '@cvm/shared';
import { describe, expect, it } from 'vitest';
import { formFromTemplate } from './from-template.ts';
import { toQuoteParams, toRunParams } from './to-params.ts';
import { toTemplateData } from './to-template-params.ts';
import { emptyForm, withRegionChanged, type WizardForm } from './wizard-form.ts';

const complete: WizardForm = {
  ...emptyForm(),
  zone: 'ap-chengdu-1',
  chargeType: 'PREPAID',
  period: 3,
  renewFlag: 'NOTIFY_AND_MANUAL_RENEW',
  internetChargeType: 'BANDWIDTH_PREPAID',
  bandwidth: 5,
  instanceType: 'S5.LARGE8',
  imageId: 'img-eb30mz89',
  vpcId: 'vpc-1',
  subnetId: 'subnet-1',
  securityGroupIds: ['sg-1'],
  dataDisks: [{ id: 'a', type: 'CLOUD_SSD', size: 100, deleteWithInstance: false }],
  loginMethod: 'key',
  keyId: 'skey-1',
  name: 'web-{R:1}',
  hostName: 'web',
  tags: [{ id: 't', key: 'team', value: 'web' }],
  count: 2,
};

/** A version as DescribeLaunchTemplateVersions answers one: every field, what is unset empty. */
function answered(data: Partial<LaunchTemplateVersionData>): LaunchTemplateVersionInfo {
  const empty: LaunchTemplateVersionData = {
    Placement: { Zone: 'ap-chengdu-1', ProjectId: 0, HostIds: [], HostId: '', DedicatedResourcePackTenancy: '', DedicatedResourcePackIds: [], RackId: '' },
    InstanceType: '',
    InstanceName: '',
    InstanceChargeType: 'POSTPAID_BY_HOUR',
    SystemDisk: { DiskType: '', DiskId: '', DiskSize: 0, CdcId: null, DiskName: '', Encrypt: false, KmsKeyId: '' },
    DataDisks: [],
    InternetAccessible: {
      InternetChargeType: '',
      InternetMaxBandwidthOut: 0,
      PublicIpAssigned: false,
      BandwidthPackageId: '',
      InternetServiceProvider: '',
      IPv4AddressType: '',
      IPv6AddressType: '',
      AntiDDoSPackageId: '',
    },
    VirtualPrivateCloud: { VpcId: '', SubnetId: '', AsVpcGateway: false, PrivateIpAddresses: [], Ipv6AddressCount: 0 },
    ImageId: 'img-eb30mz89',
    SecurityGroupIds: [],
    LoginSettings: { KeyIds: [], KeepImageLogin: '' },
    CamRoleName: '',
    HpcClusterId: '',
    InstanceCount: 1,
    EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true }, AutomationService: { Enabled: false } },
    UserData: '',
    DisasterRecoverGroupIds: [],
    ActionTimer: {
      TimerAction: '',
      ActionTime: '',
      Externals: { ReleaseAddress: false, UnsupportNetworks: [], StorageBlockAttr: { Type: '', MinSize: 0, MaxSize: 0 } },
      ActionTimerId: '',
      Status: '',
      InstanceId: '',
    },
    InstanceMarketOptions: { SpotOptions: { MaxPrice: '', SpotInstanceType: '' }, MarketType: '' },
    HostName: '',
    ClientToken: '',
    InstanceChargePrepaid: { Period: 0, RenewFlag: '' },
    TagSpecification: [],
    DisableApiTermination: false,
  };
  return {
    LaunchTemplateVersion: 2,
    LaunchTemplateVersionData: { ...empty, ...data },
    CreationTime: '2026-01-01T00:00:00Z',
    LaunchTemplateId: 'lt-abcdefgh',
    IsDefaultVersion: false,
    LaunchTemplateVersionDescription: '',
    CreatedBy: '100012345678',
  };
}

describe('a launch template version from the wizard, and the wizard from a version', () => {
  it('keeps every choice a purchase sends, the key but never a password', () => {
    const data = toTemplateData(complete)!;
    expect(data).toMatchObject({
      Placement: { Zone: 'ap-chengdu-1' },
      InstanceChargeType: 'PREPAID',
      InstanceChargePrepaid: { Period: 3, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' },
      InstanceType: 'S5.LARGE8',
      DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100, DeleteWithInstance: false }],
      VirtualPrivateCloud: { VpcId: 'vpc-1', SubnetId: 'subnet-1' },
      SecurityGroupIds: ['sg-1'],
      LoginSettings: { KeyIds: ['skey-1'] },
      InstanceName: 'web-{R:1}',
      HostName: 'web',
      TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
      InstanceCount: 2,
    });
    expect(toTemplateData({ ...complete, loginMethod: 'password' })).not.toHaveProperty('LoginSettings');
    expect(toTemplateData({ ...complete, imageId: '' })).toBeUndefined();
  });

  it('fills the wizard in from the version as the cloud answers it, and comes back to the same choices', () => {
    const version = answered({
      SecurityGroupIds: ['sg-1'],
      TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
      Placement: { ...answered({}).LaunchTemplateVersionData.Placement, Zone: 'ap-chengdu-1' },
      SystemDisk: { ...answered({}).LaunchTemplateVersionData.SystemDisk, DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      DataDisks: [
        {
          DiskSize: 100,
          DiskType: 'CLOUD_SSD',
          DiskId: '',
          DeleteWithInstance: false,
          SnapshotId: '',
          Encrypt: false,
          KmsKeyId: '',
          ThroughputPerformance: null,
          CdcId: null,
          BurstPerformance: false,
          DiskName: '',
        },
      ],
      InternetAccessible: {
        ...answered({}).LaunchTemplateVersionData.InternetAccessible,
        InternetChargeType: 'BANDWIDTH_PREPAID',
        InternetMaxBandwidthOut: 5,
        PublicIpAssigned: true,
      },
      VirtualPrivateCloud: { VpcId: 'vpc-1', SubnetId: 'subnet-1', AsVpcGateway: false, PrivateIpAddresses: [], Ipv6AddressCount: 0 },
      LoginSettings: { KeyIds: ['skey-1'], KeepImageLogin: '' },
      InstanceChargePrepaid: { Period: 3, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' },
      InstanceChargeType: 'PREPAID',
      InstanceName: 'web-{R:1}',
      HostName: 'web',
      InstanceType: 'S5.LARGE8',
      InstanceCount: 2,
    });
    const form = formFromTemplate(version, 'web', undefined);
    expect(form.launchTemplate).toEqual({ id: 'lt-abcdefgh', version: 2, name: 'web' });
    const { launchTemplate: _ref, ...rest } = form;
    expect({ ...rest, dataDisks: rest.dataDisks.map((d) => ({ ...d, id: 'a' })), tags: rest.tags.map((t) => ({ ...t, id: 't' })) }).toEqual(complete);
    // Priced and bought naming the version, the wizard's choices over it.
    expect(toQuoteParams(form)!.LaunchTemplate).toEqual({ LaunchTemplateId: 'lt-abcdefgh', LaunchTemplateVersion: 2 });
    expect(toRunParams(form, 'x', undefined).LaunchTemplate).toEqual({ LaunchTemplateId: 'lt-abcdefgh', LaunchTemplateVersion: 2 });
    // Another region has not got the template.
    expect(withRegionChanged(form).launchTemplate).toBeUndefined();
  });

  it('leaves the wizard’s own defaults where a version sets nothing', () => {
    const form = formFromTemplate(answered({}), 'bare', undefined);
    expect(form).toMatchObject({ zone: 'ap-chengdu-1', instanceType: '', systemDiskType: 'CLOUD_PREMIUM', systemDiskSize: 50, bandwidth: 1, loginMethod: 'password', count: 1 });
    expect(form.internetChargeType).toBe(emptyForm().internetChargeType);
  });
});
