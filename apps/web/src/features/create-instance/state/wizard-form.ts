import type { CLOUD_DISK_TYPES, InternetChargeType, RenewFlag } from '@cvm/shared';
import type { ImageSource } from '../../../cloud/cvm/images.ts';

export type { ImageSource };

// Everything the person has chosen in the create wizard, as plain data: it is kept in sessionStorage between reloads
// (state/wizard-storage.ts) and turned into RunInstances parameters by state/to-params.ts. The login password is NOT
// part of it: it lives only in the page's memory (hooks/use-login-secret.ts), so it can never be persisted.

export type CloudDiskType = (typeof CLOUD_DISK_TYPES)[number];
/** The billing modes the wizard sells (CDHPAID: onto a dedicated host); spot and clusters need choices it does not offer. */
export type WizardChargeType = 'POSTPAID_BY_HOUR' | 'PREPAID' | 'CDHPAID';
export type LoginMethod = 'password' | 'key';

export interface DataDiskDraft {
  /** A stable identity for React keys and labels while disks are added and removed. */
  id: string;
  type: CloudDiskType;
  /** GB; NaN while the box holds no whole number. */
  size: number;
  deleteWithInstance: boolean;
}

export interface TagDraft {
  id: string;
  key: string;
  value: string;
}

/** The launch template version the wizard was filled in from: the purchase and its price name it (LaunchTemplate). */
export interface LaunchTemplateRef {
  id: string;
  version: number;
  name: string;
}

export interface WizardForm {
  zone: string;
  chargeType: WizardChargeType;
  /** Prepaid period in months (PREPAID_PERIODS). */
  period: number;
  renewFlag: RenewFlag;
  instanceType: string;
  imageSource: ImageSource;
  imageId: string;
  systemDiskType: CloudDiskType;
  systemDiskSize: number;
  dataDisks: DataDiskDraft[];
  vpcId: string;
  subnetId: string;
  securityGroupIds: string[];
  internetChargeType: InternetChargeType;
  /** Outbound public bandwidth cap in Mbps; 0 means no public IP. */
  bandwidth: number;
  loginMethod: LoginMethod;
  keyId: string;
  name: string;
  hostName: string;
  tags: TagDraft[];
  count: number;
  /** The placement group the instances join (DisasterRecoverGroupIds); absent or '' for none. */
  placementGroupId?: string;
  /** CDHPAID: the dedicated host they are bought onto (Placement.HostIds). */
  hostId?: string;
  /** Set when filled in from a launch template (state/from-template.ts); the choices here override its version. */
  launchTemplate?: LaunchTemplateRef;
}

/** Periods the wizard offers, in months: the monthly steps of a year, then whole years as the cloud console does. */
export const WIZARD_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] as const;
export const MAX_COUNT = 100;
export const MAX_SECURITY_GROUPS = 5;
export const MAX_TAGS = 50;

export function newId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * A fresh wizard: pay as you go, a premium cloud system disk of 50 GB, 1 Mbps billed by traffic, one instance. Zone,
 * type, image and network start empty and are filled with the first sensible choice once their lists arrive.
 */
export function emptyForm(): WizardForm {
  return {
    zone: '',
    chargeType: 'POSTPAID_BY_HOUR',
    period: 1,
    renewFlag: 'NOTIFY_AND_AUTO_RENEW',
    instanceType: '',
    imageSource: 'PUBLIC_IMAGE',
    imageId: '',
    systemDiskType: 'CLOUD_PREMIUM',
    systemDiskSize: 50,
    dataDisks: [],
    vpcId: '',
    subnetId: '',
    securityGroupIds: [],
    internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR',
    bandwidth: 1,
    loginMethod: 'password',
    keyId: '',
    name: '',
    hostName: '',
    tags: [],
    count: 1,
  };
}

/** Internet billing modes that fit a billing mode: a subscription may prepay bandwidth; hourly billing may not. */
export function internetChargeTypesFor(chargeType: WizardChargeType): InternetChargeType[] {
  return chargeType === 'PREPAID' ? ['BANDWIDTH_PREPAID', 'TRAFFIC_POSTPAID_BY_HOUR'] : ['TRAFFIC_POSTPAID_BY_HOUR', 'BANDWIDTH_POSTPAID_BY_HOUR'];
}

/**
 * The form after the billing mode changed: a bandwidth billing that no longer fits is swapped for its counterpart
 * (prepaid bandwidth ↔ hourly bandwidth), so the person's "by bandwidth" choice carries over.
 */
export function withChargeType(form: WizardForm, chargeType: WizardChargeType): WizardForm {
  const allowed = internetChargeTypesFor(chargeType);
  let internet = form.internetChargeType;
  if (!allowed.includes(internet)) internet = chargeType === 'PREPAID' ? 'BANDWIDTH_PREPAID' : 'BANDWIDTH_POSTPAID_BY_HOUR';
  return { ...form, chargeType, internetChargeType: internet };
}

/** Region-bound choices (zone, network, key pair, own image) do not exist in another region. */
export function withRegionChanged(form: WizardForm): WizardForm {
  return {
    ...form,
    zone: '',
    vpcId: '',
    subnetId: '',
    securityGroupIds: [],
    keyId: '',
    placementGroupId: '',
    hostId: '',
    ...(form.imageSource !== 'PUBLIC_IMAGE' ? { imageId: '' } : {}),
    // A launch template belongs to its region.
    launchTemplate: undefined,
  };
}
