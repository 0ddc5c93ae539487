import { handlersIn } from '../action-handler.ts';
import * as images from './images.ts';
import * as imageCreation from './images/create-image.ts';
import * as imageDeletion from './images/delete-images.ts';
import * as imageAttributes from './images/modify-image-attribute.ts';
import * as imageReads from './images/image-reads.ts';
import * as imageSharing from './images/share-permission.ts';
import * as imageCopies from './images/sync-images.ts';
import * as imageExport from './images/export-images.ts';
import * as imageImport from './images/import-image.ts';
import * as instanceTypes from './instance-types.ts';
import * as instances from './instances.ts';
import * as lifecycle from './lifecycle.ts';
import * as regions from './regions.ts';
import * as vncUrl from './modify/describe-instance-vnc-url.ts';
import * as modification from './modify/describe-instances-modification.ts';
import * as bandwidth from './modify/internet-bandwidth.ts';
import * as chargeType from './modify/modify-charge-type.ts';
import * as attributes from './modify/modify-instances-attribute.ts';
import * as attributeReads from './modify/describe-instances-attributes.ts';
import * as renew from './modify/renew-instances.ts';
import * as reinstall from './modify/reset-instance.ts';
import * as password from './modify/reset-instances-password.ts';
import * as instanceType from './modify/reset-instances-type.ts';
import * as disks from './modify/resize-instance-disks.ts';
import * as accountQuota from './purchase/describe-account-quota.ts';
import * as keyPairs from './key-pairs/describe-key-pairs.ts';
import * as keyPairCreation from './key-pairs/create-key-pair.ts';
import * as keyPairAttributes from './key-pairs/modify-key-pair-attribute.ts';
import * as keyPairDeletion from './key-pairs/delete-key-pairs.ts';
import * as keyPairBinding from './key-pairs/bind-instances.ts';
import * as rescue from './rescue/rescue-mode.ts';
import * as timerImport from './action-timers/import-instances-action-timer.ts';
import * as timerReads from './action-timers/describe-and-delete.ts';
import * as offerings from './purchase/describe-zone-instance-config-infos.ts';
import * as quote from './purchase/inquiry-price-run-instances.ts';
import * as purchase from './purchase/run-instances.ts';
import * as securityGroups from './instance-settings/security-groups.ts';
import * as project from './instance-settings/modify-instances-project.ts';
import * as diskType from './instance-settings/modify-instance-disk-type.ts';
import * as vpcAttribute from './instance-settings/modify-instances-vpc-attribute.ts';
import * as bandwidthConfigs from './instance-settings/bandwidth-configs.ts';
import * as operationLimit from './instance-settings/operation-limit.ts';
import * as offerConfigs from './instance-settings/offer-configs.ts';
import * as repairTaskReads from './maintenance/describe-task-info.ts';
import * as repairTaskControl from './maintenance/repair-task-control.ts';
import * as hpcAndChc from './hpc-chc/index.ts';
import * as placementGroups from './placement/disaster-recover-groups.ts';
import * as placementGroupMembers from './placement/modify-instances-disaster-recover-group.ts';
import * as dedicatedHosts from './placement/hosts.ts';
import * as launchTemplateCreation from './launch-templates/create-launch-template.ts';
import * as launchTemplateReads from './launch-templates/describe-launch-templates.ts';
import * as launchTemplateChanges from './launch-templates/modify-and-delete.ts';

/** The CVM service (cvm 2017-03-12): every handler its rule modules export. */
export const cvmHandlers = handlersIn(
  regions,
  instances,
  instanceTypes,
  images,
  imageCreation,
  imageDeletion,
  imageAttributes,
  imageReads,
  imageSharing,
  imageCopies,
  imageExport,
  imageImport,
  lifecycle,
  purchase,
  quote,
  offerings,
  keyPairs,
  keyPairCreation,
  keyPairAttributes,
  keyPairDeletion,
  keyPairBinding,
  rescue,
  timerImport,
  timerReads,
  accountQuota,
  modification,
  instanceType,
  disks,
  attributes,
  attributeReads,
  password,
  renew,
  chargeType,
  bandwidth,
  reinstall,
  vncUrl,
  securityGroups,
  project,
  diskType,
  vpcAttribute,
  bandwidthConfigs,
  operationLimit,
  offerConfigs,
  repairTaskReads,
  repairTaskControl,
  hpcAndChc,
  placementGroups,
  placementGroupMembers,
  dedicatedHosts,
  launchTemplateCreation,
  launchTemplateReads,
  launchTemplateChanges,
);
