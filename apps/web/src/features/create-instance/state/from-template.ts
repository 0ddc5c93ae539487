import { CLOUD_DISK_TYPES, INTERNET_CHARGE_TYPES, type Image, type InternetChargeType, type LaunchTemplateVersionInfo, type RenewFlag } from '@cvm/shared';
import { WIZARD_PERIODS, emptyForm, internetChargeTypesFor, newId, withChargeType, type CloudDiskType, type WizardChargeType, type WizardForm } from './wizard-form.ts';

// "Launch from a template": a fresh wizard filled in from a launch template version (DescribeLaunchTemplateVersions'
// LaunchTemplateVersionData), and marked as coming from it, so the price and the purchase name the version
// (LaunchTemplate) with the wizard's choices over it. What a version leaves unset is answered empty ("", 0): the
// wizard's own defaults stay there, and the first sensible choice is filled in as for any draft. A version keeps no
// password the cloud would answer: the person gives one, or the key it names is chosen.

const RENEW_FLAGS: readonly RenewFlag[] = ['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'];

const cloudDisk = (type: string, fallback: CloudDiskType): CloudDiskType => ((CLOUD_DISK_TYPES as readonly string[]).includes(type) ? (type as CloudDiskType) : fallback);

/** `image` is the version's image when it could be looked up: it says whether it is a public or an own image. */
export function formFromTemplate(version: LaunchTemplateVersionInfo, templateName: string, image: Image | undefined): WizardForm {
  const data = version.LaunchTemplateVersionData;
  const chargeType: WizardChargeType = data.InstanceChargeType === 'PREPAID' ? 'PREPAID' : 'POSTPAID_BY_HOUR';
  const base = withChargeType(emptyForm(), chargeType);
  const internet = data.InternetAccessible.InternetChargeType as InternetChargeType;
  const period = data.InstanceChargePrepaid.Period;
  const renewFlag = data.InstanceChargePrepaid.RenewFlag as RenewFlag;
  const keyId = data.LoginSettings.KeyIds?.[0];
  const hasInternet = (INTERNET_CHARGE_TYPES as readonly string[]).includes(internet);
  return {
    ...base,
    zone: data.Placement.Zone,
    period: (WIZARD_PERIODS as readonly number[]).includes(period) ? period : base.period,
    renewFlag: RENEW_FLAGS.includes(renewFlag) ? renewFlag : base.renewFlag,
    instanceType: data.InstanceType,
    imageSource: image?.ImageType ?? 'PUBLIC_IMAGE',
    imageId: data.ImageId,
    systemDiskType: cloudDisk(data.SystemDisk.DiskType, base.systemDiskType),
    systemDiskSize: data.SystemDisk.DiskSize || base.systemDiskSize,
    dataDisks: data.DataDisks.map((disk) => ({
      id: newId(),
      type: cloudDisk(disk.DiskType, 'CLOUD_PREMIUM'),
      size: disk.DiskSize,
      deleteWithInstance: disk.DeleteWithInstance,
    })),
    vpcId: data.VirtualPrivateCloud.VpcId,
    subnetId: data.VirtualPrivateCloud.SubnetId,
    securityGroupIds: [...data.SecurityGroupIds],
    internetChargeType: hasInternet && internetChargeTypesFor(chargeType).includes(internet) ? internet : base.internetChargeType,
    bandwidth: hasInternet ? data.InternetAccessible.InternetMaxBandwidthOut : base.bandwidth,
    loginMethod: keyId ? 'key' : 'password',
    keyId: keyId ?? '',
    name: data.InstanceName,
    hostName: data.HostName,
    tags: data.TagSpecification.filter((spec) => spec.ResourceType === 'instance').flatMap((spec) => spec.Tags.map((tag) => ({ id: newId(), key: tag.Key, value: tag.Value }))),
    count: data.InstanceCount || 1,
    launchTemplate: { id: version.LaunchTemplateId, version: version.LaunchTemplateVersion, name: templateName },
  };
}
