import type { ActionHandler } from '../action-handler.ts';
import { describeAccountQuota } from './purchase/describe-account-quota.ts';
import { describeKeyPairs } from './purchase/describe-key-pairs.ts';
import { describeZoneInstanceConfigInfos } from './purchase/describe-zone-instance-config-infos.ts';
import { inquiryPriceRunInstances } from './purchase/inquiry-price-run-instances.ts';
import { runInstances } from './purchase/run-instances.ts';
import { describeInstanceVncUrl } from './modify/describe-instance-vnc-url.ts';
import { describeInstancesModification } from './modify/describe-instances-modification.ts';
import { inquiryPriceResetInstancesInternetMaxBandwidth, resetInstancesInternetMaxBandwidth } from './modify/internet-bandwidth.ts';
import { inquiryPriceModifyInstancesChargeType, modifyInstancesChargeType } from './modify/modify-charge-type.ts';
import { inquiryPriceRenewInstances, renewInstances } from './modify/renew-instances.ts';
import { inquiryPriceResetInstance, resetInstance } from './modify/reset-instance.ts';
import { modifyInstancesAttribute } from './modify/modify-instances-attribute.ts';
import { resetInstancesPassword } from './modify/reset-instances-password.ts';
import { inquiryPriceResetInstancesType, resetInstancesType } from './modify/reset-instances-type.ts';
import { inquiryPriceResizeInstanceDisks, resizeInstanceDisks } from './modify/resize-instance-disks.ts';
import { describeImages } from './images.ts';
import { describeInstanceTypeConfigs } from './instance-types.ts';
import { describeInstances, describeInstancesStatus } from './instances.ts';
import { describeRegions, describeZones } from './regions.ts';
import { inquiryPriceTerminateInstances, rebootInstances, startInstances, stopInstances, terminateInstances } from './lifecycle.ts';

export const cvmHandlers: ActionHandler[] = [
  describeRegions,
  describeZones,
  describeInstances,
  describeInstancesStatus,
  describeInstanceTypeConfigs,
  describeImages,
  startInstances,
  stopInstances,
  rebootInstances,
  terminateInstances,
  inquiryPriceTerminateInstances,
  runInstances,
  inquiryPriceRunInstances,
  describeZoneInstanceConfigInfos,
  describeKeyPairs,
  describeAccountQuota,
  describeInstancesModification,
  inquiryPriceResetInstancesType,
  resetInstancesType,
  inquiryPriceResizeInstanceDisks,
  resizeInstanceDisks,
  modifyInstancesAttribute,
  resetInstancesPassword,
  inquiryPriceRenewInstances,
  renewInstances,
  inquiryPriceModifyInstancesChargeType,
  modifyInstancesChargeType,
  inquiryPriceResetInstancesInternetMaxBandwidth,
  resetInstancesInternetMaxBandwidth,
  inquiryPriceResetInstance,
  resetInstance,
  describeInstanceVncUrl,
];
