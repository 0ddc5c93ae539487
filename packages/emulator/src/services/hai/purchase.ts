import { HAI_INSTANCE_COUNT, HAI_INSTANCE_NAME_MAX, HAI_SYSTEM_DISK, type HaiDiskType } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { findApplication, type SeedApplication } from './applications.ts';
import { findBundle, isSoldOut, type HaiBundle } from './bundles.ts';
import { assertApplicationId } from './ids.ts';

// The checks RunInstances and InquirePriceRunInstances share (seed 002's error table), in this order: application ID
// shape and existence, bundle, count, name, disk, stock. A refused call changes nothing.

export interface HaiPurchaseParams {
  ApplicationId: string;
  BundleType: string;
  SystemDisk?: { DiskType?: HaiDiskType; DiskSize?: number };
  InstanceCount?: number;
  InstanceName?: string;
}

export interface HaiPurchase {
  application: SeedApplication;
  bundle: HaiBundle;
  count: number;
  name: string;
  disk: { type: HaiDiskType; size: number };
}

export function resolveHaiPurchase(region: string, params: HaiPurchaseParams): HaiPurchase {
  assertApplicationId(params.ApplicationId, 'ApplicationId');
  const application = findApplication(params.ApplicationId);
  if (!application)
    throw new CloudError('InvalidParameterValue.ApplicationIdNotFound', `The application \`${params.ApplicationId}\` does not exist. Call DescribeApplications for the list.`);

  const bundle = findBundle(params.BundleType);
  if (!bundle)
    throw new CloudError('InvalidParameterValue.BundleTypeNotFound', `The bundle type \`${params.BundleType}\` does not exist; use one of XL, XL_2X, 3XL, 3XL_2X, 4XL, 24GB_A.`);

  const count = params.InstanceCount ?? 1;
  if (count < HAI_INSTANCE_COUNT.min || count > HAI_INSTANCE_COUNT.max) {
    throw new CloudError(
      'InvalidParameterValue.InvalidInstanceCount',
      `\`InstanceCount\` is ${count}; one request buys ${HAI_INSTANCE_COUNT.min} to ${HAI_INSTANCE_COUNT.max} instances.`,
    );
  }

  // Characters as people count them (code points), not UTF-16 units: a Chinese name of 128 characters is allowed.
  const name = params.InstanceName ?? application.name;
  if ([...name].length > HAI_INSTANCE_NAME_MAX) {
    throw new CloudError('InvalidParameterValue.InstanceNameTooLong', `\`InstanceName\` has ${[...name].length} characters; the limit is ${HAI_INSTANCE_NAME_MAX}.`);
  }

  // With no size the disk is the documented default, or the application's minimum when that is larger.
  const size = params.SystemDisk?.DiskSize ?? Math.max(HAI_SYSTEM_DISK.default, application.minSystemDiskSize);
  if (size < application.minSystemDiskSize) {
    throw new CloudError(
      'InvalidParameterValue.DiskSizeMustLargerThanApplicationMinRequiredSize',
      `\`SystemDisk.DiskSize\` is ${size} GB; ${application.name} needs at least ${application.minSystemDiskSize} GB.`,
    );
  }
  if (size < HAI_SYSTEM_DISK.min || size > HAI_SYSTEM_DISK.max) {
    throw new CloudError('InvalidParameterValue', `\`SystemDisk.DiskSize\` is ${size} GB; it must be ${HAI_SYSTEM_DISK.min} to ${HAI_SYSTEM_DISK.max} GB.`);
  }

  if (isSoldOut(region, bundle.type)) {
    throw new CloudError('ResourceInsufficient.BundleInventoryShortage', `The bundle ${bundle.type} is sold out in ${region}; choose another bundle or region.`);
  }
  return { application, bundle, count, name, disk: { type: params.SystemDisk?.DiskType ?? 'CLOUD_PREMIUM', size } };
}
