import { type Image, type RenewFlag, type Tag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { Subnet } from '../../../network/subnet-addresses.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { SPOT_DISCOUNT, hourlyPrice } from '../../../pricing/rates.ts';
import { requirePeriod } from '../prepaid-period.ts';
import { requireProject } from '../projects.ts';
import { IMAGE_ID } from '../id-formats.ts';
import { resolveHpcCluster } from '../hpc-chc/hpc-clusters.ts';
import type { HpcClusterRecord } from '../hpc-chc/hpc-chc-region.ts';
import { findImage } from '../images/image-store.ts';
import { resolveDataDisks, resolveSystemDisk, type PurchasedDisk } from './disks.ts';
import { resolveLogin, resolveNames, resolveTags, type Login } from './login-and-labels.ts';
import { resolveInternet, resolveSecurityGroups, resolveSubnet, type PublicNetwork } from './network-choice.ts';
import type { PurchaseParams } from './purchase-params.ts';
import { resolveNetworkInterfaces, type InterfacePlan } from './network-interfaces.ts';
import { resolveHostPlacement, type HostPlacement } from '../placement/purchase-placement.ts';
import { defaultOffering, requireOffering, requireSellingZone, type ZoneOffering } from './zone-offerings.ts';

// Turns RunInstances / InquiryPriceRunInstances parameters into one checked purchase, or the cloud's refusal with its
// documented code. Both actions go through here, so a configuration the price panel quotes is one RunInstances
// accepts, and the other way round (pricing.md: "only configurations within purchase limits can be priced").

export type PurchaseChargeType = 'PREPAID' | 'POSTPAID_BY_HOUR' | 'SPOTPAID' | 'CDHPAID' | 'CDCPAID';

export interface Purchase {
  zone: string;
  /** Placement.ProjectId: one of the account's projects (projects.ts), 0 when absent. */
  projectId: number;
  offering: ZoneOffering;
  image: Image;
  chargeType: PurchaseChargeType;
  periodMonths: number;
  renewFlag?: RenewFlag;
  systemDisk: PurchasedDisk;
  dataDisks: PurchasedDisk[];
  subnet: Subnet;
  securityGroupIds: string[];
  /** NetworkInterfaces, when given: the PRIMARY decides subnet and security groups; the SECONDARY ones come with each instance. */
  interfaces?: InterfacePlan;
  /** CDHPAID: the dedicated host each instance goes onto (placement/purchase-placement.ts). */
  hosts?: HostPlacement;
  internet: PublicNetwork;
  count: number;
  names: string[];
  hostNames?: string[];
  tags: Tag[];
  login: Login;
  /** The HPC cluster the instances join (HpcClusterId). */
  hpcCluster?: HpcClusterRecord;
}

export function resolveImage(world: World, region: RegionWorld, imageId: string | undefined): Image {
  if (imageId === undefined) throw new CloudError('MissingParameter', 'The request is missing a required parameter `ImageId`.');
  if (!IMAGE_ID.test(imageId)) throw new CloudError('InvalidImageId.Malformed', `The image ID \`${imageId}\` is malformed.`);
  const image = findImage(world, region, imageId);
  if (!image) throw new CloudError('InvalidImageId.NotFound', `The image \`${imageId}\` does not exist or is not shared with this account.`);
  if (image.ImageState !== 'NORMAL') throw new CloudError('InvalidParameterValue.InvalidImageState', `The image \`${imageId}\` is ${image.ImageState} and cannot be used yet.`);
  return image;
}

function resolveChargeType(params: PurchaseParams, allowed: readonly PurchaseChargeType[]): { chargeType: PurchaseChargeType; periodMonths: number; renewFlag?: RenewFlag } {
  const chargeType = params.InstanceChargeType ?? 'POSTPAID_BY_HOUR';
  if (!allowed.includes(chargeType)) {
    throw new CloudError('InvalidParameterValue', `\`InstanceChargeType\` ${chargeType} cannot be used here; use one of ${allowed.join(', ')}.`);
  }
  if (chargeType !== 'PREPAID') return { chargeType, periodMonths: 1 };
  const prepaid = requirePeriod(params.InstanceChargePrepaid);
  return { chargeType, periodMonths: prepaid.Period, renewFlag: prepaid.RenewFlag };
}

/** Purchases on dedicated clusters need clusters the account does not have; say which one is missing. */
function refuseDedicated(params: PurchaseParams & { DedicatedClusterId?: string }, chargeType: PurchaseChargeType): void {
  if (chargeType === 'CDCPAID') {
    if (!params.DedicatedClusterId) throw new CloudError('MissingParameter', 'The request is missing a required parameter `DedicatedClusterId` for a CDCPAID purchase.');
    throw new CloudError('InvalidParameterValue', `The dedicated cluster \`${params.DedicatedClusterId}\` does not exist in this account.`);
  }
}

function checkCompatibility(offering: ZoneOffering, image: Image): void {
  const type = offering.type;
  if (image.Architecture !== 'x86_64') {
    throw new CloudError(
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      `The image \`${image.ImageId}\` is built for ${image.Architecture}; the type \`${type.InstanceType}\` runs x86_64 images.`,
    );
  }
  if (type.GpuCount > 0 && image.Platform === 'Windows') {
    throw new CloudError('InvalidParameterValue.InvalidImageForGivenInstanceType', `GPU type \`${type.InstanceType}\` has no Windows driver image; choose a Linux image.`);
  }
}

export function resolvePurchase(
  world: World,
  region: RegionWorld,
  params: PurchaseParams & { DedicatedClusterId?: string },
  allowedChargeTypes: readonly PurchaseChargeType[],
): Purchase {
  // A LaunchTemplate was filled in by the caller (launch-templates/apply-launch-template.ts) before its purchase came here.
  if (!params.Placement) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Placement`.');
  const zone = params.Placement.Zone;
  requireSellingZone(region, zone);
  const projectId = params.Placement.ProjectId ?? 0;
  requireProject(projectId);
  const image = resolveImage(world, region, params.ImageId);
  const { chargeType, periodMonths, renewFlag } = resolveChargeType(params, allowedChargeTypes);
  refuseDedicated(params, chargeType);
  // Dedicated hosts (CDHPAID, Placement.HostIds): the hosts, and the type they run (placement/purchase-placement.ts).
  const hosts = resolveHostPlacement(world, region, params, chargeType);
  const offering = hosts?.offering ?? (params.InstanceType === undefined ? defaultOffering(region, zone) : requireOffering(region, zone, params.InstanceType));
  if (params.CpuTopology && (params.CpuTopology.CoreCount === undefined) !== (params.CpuTopology.ThreadPerCore === undefined)) {
    throw new CloudError('InvalidParameter.LackCoreCountOrThreadPerCore', '`CpuTopology` needs both CoreCount and ThreadPerCore, or neither.');
  }
  checkCompatibility(offering, image);
  if (chargeType === 'SPOTPAID' && params.InstanceMarketOptions) {
    const bid = Number(params.InstanceMarketOptions.SpotOptions.MaxPrice);
    const price = hourlyPrice(offering.type, region.seed.region) * (SPOT_DISCOUNT / 100);
    if (!Number.isFinite(bid) || bid <= 0)
      throw new CloudError('InvalidParameterValue', '`InstanceMarketOptions.SpotOptions.MaxPrice` must be a positive number written as a string.');
    if (bid < price)
      throw new CloudError('InvalidParameterValue.InsufficientPrice', `The bid ${bid} is below the current spot price ${price.toFixed(4)} of \`${offering.type.InstanceType}\`.`);
  }
  const systemDisk = resolveSystemDisk(params, image);
  const dataDisks = resolveDataDisks(params);
  const count = params.InstanceCount ?? 1;
  // HpcClusterId: the HPC cluster an HPC type is bought into (hpc-chc/hpc-clusters.ts).
  const hpcCluster = resolveHpcCluster(world, region, params.HpcClusterId, zone, offering.type, count);
  const interfaces = resolveNetworkInterfaces(world, region, params, zone, offering.type, count);
  const subnet = interfaces?.primary.subnet ?? resolveSubnet(region, params, zone);
  const securityGroupIds = interfaces?.primary.securityGroupIds ?? resolveSecurityGroups(region, params);
  const internet = resolveInternet(params, chargeType === 'PREPAID');
  const { names, hostNames } = resolveNames(params, count, image);
  const login = resolveLogin(region, params.LoginSettings, image);
  const tags = resolveTags(params);
  if (params.ClientToken !== undefined && (params.ClientToken.length > 64 || !/^[\x20-\x7e]*$/.test(params.ClientToken))) {
    throw new CloudError('InvalidClientToken.TooLong', '`ClientToken` must be at most 64 ASCII characters.');
  }
  return {
    zone,
    projectId,
    offering,
    image,
    chargeType,
    periodMonths,
    renewFlag,
    systemDisk,
    dataDisks,
    subnet,
    securityGroupIds,
    interfaces,
    hosts,
    internet,
    count,
    names,
    hostNames,
    tags,
    login,
    hpcCluster,
  };
}
