import { CLOUD_DISK_TYPES, type DiskType, type Image, type Instance } from '@cvm/shared';
import { emptyForm, internetChargeTypesFor, newId, withChargeType, type CloudDiskType, type WizardChargeType, type WizardForm } from './wizard-form.ts';

// "Create similar": a fresh wizard filled in from an existing instance — where it is, how it is billed, its type,
// image, disks, network, bandwidth, key pair, name and tags. Never its password (the cloud does not return one, and
// a new instance deserves its own); the period of a subscription is not returned either, so it starts at a month.

function cloudDisk(type: DiskType): CloudDiskType {
  return (CLOUD_DISK_TYPES as readonly string[]).includes(type) ? (type as CloudDiskType) : 'CLOUD_PREMIUM';
}

/** `image` is the instance's image when it could be looked up: it says whether it is a public or an own image. */
export function formFromInstance(instance: Instance, image: Image | undefined): WizardForm {
  const chargeType: WizardChargeType = instance.InstanceChargeType === 'PREPAID' ? 'PREPAID' : 'POSTPAID_BY_HOUR';
  const base = withChargeType(emptyForm(), chargeType);
  const internet = instance.InternetAccessible.InternetChargeType;
  const keyId = instance.LoginSettings.KeyIds?.[0];
  return {
    ...base,
    zone: instance.Placement.Zone,
    renewFlag: instance.RenewFlag ?? base.renewFlag,
    instanceType: instance.InstanceType,
    imageSource: image?.ImageType ?? 'PUBLIC_IMAGE',
    imageId: instance.ImageId,
    systemDiskType: cloudDisk(instance.SystemDisk.DiskType),
    systemDiskSize: instance.SystemDisk.DiskSize,
    dataDisks: (instance.DataDisks ?? []).map((disk) => ({
      id: newId(),
      type: cloudDisk(disk.DiskType),
      size: disk.DiskSize,
      deleteWithInstance: disk.DeleteWithInstance,
    })),
    vpcId: instance.VirtualPrivateCloud.VpcId,
    subnetId: instance.VirtualPrivateCloud.SubnetId,
    securityGroupIds: [...(instance.SecurityGroupIds ?? [])],
    internetChargeType: internet && internetChargeTypesFor(chargeType).includes(internet) ? internet : base.internetChargeType,
    bandwidth: instance.InternetAccessible.InternetMaxBandwidthOut,
    loginMethod: keyId ? 'key' : 'password',
    keyId: keyId ?? '',
    name: instance.InstanceName,
    tags: (instance.Tags ?? []).map((tag) => ({ id: newId(), key: tag.Key, value: tag.Value })),
    count: 1,
  };
}
