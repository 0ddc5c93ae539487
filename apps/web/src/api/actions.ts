import type { ActionSpec, Role, catalog } from '@cvm/shared';

// The shared catalog's action specs carry zod schemas, which the server needs (to validate) and the
// browser does not: importing them would add zod to every page load. The browser instead names an
// action by service, action name and least role, each checked against the catalog's type at compile
// time (so the catalog stays the one truth), and keeps the full spec only as a type, so params and
// responses stay typed by ParamsOf/ResponseOf.

type Catalog = typeof catalog;
type Service = keyof Catalog;

declare const specType: unique symbol;

/** A catalog action as the browser needs it at run time: where to POST. `S` is the full spec, type-only. */
export interface ActionRef<S extends ActionSpec> {
  readonly service: string;
  readonly action: string;
  /** The catalog's least role: the console explains a refusal instead of offering what the server would refuse. */
  readonly minRole: Role;
  readonly [specType]?: S;
}

function action<Svc extends Service, A extends keyof Catalog[Svc] & string>(
  service: Svc,
  name: A,
  minRole: Catalog[Svc][A] extends { minRole: infer R } ? R : never,
): Catalog[Svc][A] extends ActionSpec ? ActionRef<Catalog[Svc][A]> : never {
  return { service, action: name, minRole } as never;
}

export const DescribeRegions = action('cvm', 'DescribeRegions', 'viewer');
export const DescribeZones = action('cvm', 'DescribeZones', 'viewer');
export const DescribeInstances = action('cvm', 'DescribeInstances', 'viewer');
export const DescribeInstancesStatus = action('cvm', 'DescribeInstancesStatus', 'viewer');
export const DescribeInstanceTypeConfigs = action('cvm', 'DescribeInstanceTypeConfigs', 'viewer');
export const DescribeImages = action('cvm', 'DescribeImages', 'viewer');
export const StartInstances = action('cvm', 'StartInstances', 'operator');
export const StopInstances = action('cvm', 'StopInstances', 'operator');
export const RebootInstances = action('cvm', 'RebootInstances', 'operator');
export const TerminateInstances = action('cvm', 'TerminateInstances', 'admin');
export const InquiryPriceTerminateInstances = action('cvm', 'InquiryPriceTerminateInstances', 'viewer');

// Buying instances (the create wizard). RunInstances is the one mutation; the rest are the lists and quotes it offers.
export const RunInstances = action('cvm', 'RunInstances', 'operator');
export const InquiryPriceRunInstances = action('cvm', 'InquiryPriceRunInstances', 'viewer');
export const DescribeZoneInstanceConfigInfos = action('cvm', 'DescribeZoneInstanceConfigInfos', 'viewer');
export const DescribeKeyPairs = action('cvm', 'DescribeKeyPairs', 'viewer');
export const DescribeAccountQuota = action('cvm', 'DescribeAccountQuota', 'viewer');
export const DescribeVpcs = action('vpc', 'DescribeVpcs', 'viewer');
export const DescribeSubnets = action('vpc', 'DescribeSubnets', 'viewer');
export const DescribeSecurityGroups = action('vpc', 'DescribeSecurityGroups', 'viewer');

// Changing instances (issue 6): the type, disks, bandwidth, attributes, passwords, reinstall, billing, renewal and the
// remote console. Each mutation comes with the read that quotes or lists what it may do.
export const DescribeInstancesModification = action('cvm', 'DescribeInstancesModification', 'viewer');
export const InquiryPriceResetInstancesType = action('cvm', 'InquiryPriceResetInstancesType', 'viewer');
export const ResetInstancesType = action('cvm', 'ResetInstancesType', 'operator');
export const InquiryPriceResizeInstanceDisks = action('cvm', 'InquiryPriceResizeInstanceDisks', 'viewer');
export const ResizeInstanceDisks = action('cvm', 'ResizeInstanceDisks', 'operator');
export const InquiryPriceResetInstancesInternetMaxBandwidth = action('cvm', 'InquiryPriceResetInstancesInternetMaxBandwidth', 'viewer');
export const ResetInstancesInternetMaxBandwidth = action('cvm', 'ResetInstancesInternetMaxBandwidth', 'operator');
export const ModifyInstancesAttribute = action('cvm', 'ModifyInstancesAttribute', 'operator');
export const ResetInstancesPassword = action('cvm', 'ResetInstancesPassword', 'operator');
export const InquiryPriceResetInstance = action('cvm', 'InquiryPriceResetInstance', 'viewer');
export const ResetInstance = action('cvm', 'ResetInstance', 'admin');
export const InquiryPriceModifyInstancesChargeType = action('cvm', 'InquiryPriceModifyInstancesChargeType', 'viewer');
export const ModifyInstancesChargeType = action('cvm', 'ModifyInstancesChargeType', 'admin');
export const InquiryPriceRenewInstances = action('cvm', 'InquiryPriceRenewInstances', 'viewer');
export const RenewInstances = action('cvm', 'RenewInstances', 'admin');
export const DescribeInstanceVncUrl = action('cvm', 'DescribeInstanceVncUrl', 'operator');

// Batch (批量计算): compute environments, and instances added to them (each reinstalled) or taken out. The mutations
// carry the service in their names, since other clouds' scaling groups have actions called AttachInstances too.
export const DescribeComputeEnvs = action('batch', 'DescribeComputeEnvs', 'viewer');
export const DescribeComputeEnv = action('batch', 'DescribeComputeEnv', 'viewer');
export const BatchAttachInstances = action('batch', 'AttachInstances', 'admin');
export const BatchDetachInstances = action('batch', 'DetachInstances', 'operator');

// HAI (高性能应用服务, hai 2023-08-12): applications on GPU bundles. Prefixed, since CVM has actions of the same names.
export const HaiDescribeApplications = action('hai', 'DescribeApplications', 'viewer');
export const HaiDescribeInstances = action('hai', 'DescribeInstances', 'viewer');
export const HaiInquirePriceRunInstances = action('hai', 'InquirePriceRunInstances', 'viewer');
export const HaiRunInstances = action('hai', 'RunInstances', 'operator');
export const HaiStartInstance = action('hai', 'StartInstance', 'operator');
export const HaiStopInstance = action('hai', 'StopInstance', 'operator');
export const HaiTerminateInstances = action('hai', 'TerminateInstances', 'admin');

// Elastic network interfaces (issue 7): the instance detail's "Network interfaces" tab. Attach and detach answer at
// once; the RequestId they return is the TaskId that DescribeVpcTaskResult reports on until it lands.
export const DescribeNetworkInterfaces = action('vpc', 'DescribeNetworkInterfaces', 'viewer');
export const CreateNetworkInterface = action('vpc', 'CreateNetworkInterface', 'operator');
export const AttachNetworkInterface = action('vpc', 'AttachNetworkInterface', 'operator');
export const DetachNetworkInterface = action('vpc', 'DetachNetworkInterface', 'operator');
export const DeleteNetworkInterface = action('vpc', 'DeleteNetworkInterface', 'operator');
export const DescribeVpcTaskResult = action('vpc', 'DescribeVpcTaskResult', 'viewer');

// Alibaba Cloud (accounts with cloud 'aliyun'): ECS for regions and instances, Auto Scaling (ESS) for scaling groups.
// Prefixed by product, since CVM, HAI and Batch have actions of the same names.
export const EcsDescribeRegions = action('ecs', 'DescribeRegions', 'viewer');
export const EcsDescribeInstances = action('ecs', 'DescribeInstances', 'viewer');
export const EssDescribeScalingGroups = action('ess', 'DescribeScalingGroups', 'viewer');
export const EssDescribeScalingInstances = action('ess', 'DescribeScalingInstances', 'viewer');
export const EssDescribeScalingActivities = action('ess', 'DescribeScalingActivities', 'viewer');
export const EssAttachInstances = action('ess', 'AttachInstances', 'operator');
