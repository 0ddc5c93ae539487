import { CLOUD_DISK_TYPES, INTERNET_CHARGE_TYPES } from '@cvm/shared';
import { emptyForm, newId, type DataDiskDraft, type TagDraft, type WizardForm } from './wizard-form.ts';

// The wizard's draft survives a reload of the tab (sessionStorage: this tab only, gone when it closes). Only the
// WizardForm is written, which has no password field; the login password stays in memory and must be typed again.

const STORAGE_KEY = 'cvm-console.create-wizard';
const VERSION = 1;

export interface StoredDraft {
  /** The account and region (`<account> <region>`) the draft's zone, network and key pair belong to. */
  place: string;
  form: WizardForm;
  /** The person changed something (not just the defaults the wizard filled in). */
  touched: boolean;
}

export function saveDraft(draft: StoredDraft): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, ...draft }));
  } catch {
    // Storage full or unavailable (a privacy mode): the wizard still works, it just forgets on reload.
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}

export function loadDraft(): StoredDraft | undefined {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; place?: unknown; form?: unknown; touched?: unknown };
    if (parsed.version !== VERSION || typeof parsed.place !== 'string') return undefined;
    return { place: parsed.place, form: sanitizeForm(parsed.form), touched: parsed.touched === true };
  } catch {
    return undefined;
  }
}

type Loose = Record<string, unknown>;

const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
/** NaN is written as null by JSON: a box left empty comes back empty. */
const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : value === null ? Number.NaN : fallback);
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((v): v is Loose => typeof v === 'object' && v !== null) : []);

/** The launch template a stored form was filled in from, when it is whole. */
function launchTemplateOf(value: unknown): Pick<WizardForm, 'launchTemplate'> {
  if (typeof value !== 'object' || value === null) return {};
  const { id, version, name } = value as Loose;
  return typeof id === 'string' && typeof version === 'number' && typeof name === 'string' ? { launchTemplate: { id, version, name } } : {};
}

/** Reads a stored form field by field: anything missing, mistyped or from an older shape falls back to the default. */
export function sanitizeForm(value: unknown): WizardForm {
  const base = emptyForm();
  if (typeof value !== 'object' || value === null) return base;
  const v = value as Loose;
  const dataDisks: DataDiskDraft[] = records(v.dataDisks).map((disk) => ({
    id: str(disk.id, newId()),
    type: oneOf(disk.type, CLOUD_DISK_TYPES, 'CLOUD_PREMIUM'),
    size: num(disk.size, 100),
    deleteWithInstance: bool(disk.deleteWithInstance, true),
  }));
  const tags: TagDraft[] = records(v.tags).map((tag) => ({ id: str(tag.id, newId()), key: str(tag.key, ''), value: str(tag.value, '') }));
  return {
    zone: str(v.zone, base.zone),
    chargeType: oneOf(v.chargeType, ['POSTPAID_BY_HOUR', 'PREPAID', 'CDHPAID'] as const, base.chargeType),
    period: num(v.period, base.period),
    renewFlag: oneOf(v.renewFlag, ['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'] as const, base.renewFlag),
    instanceType: str(v.instanceType, base.instanceType),
    imageSource: oneOf(v.imageSource, ['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE'] as const, base.imageSource),
    imageId: str(v.imageId, base.imageId),
    systemDiskType: oneOf(v.systemDiskType, CLOUD_DISK_TYPES, base.systemDiskType),
    systemDiskSize: num(v.systemDiskSize, base.systemDiskSize),
    dataDisks,
    vpcId: str(v.vpcId, base.vpcId),
    subnetId: str(v.subnetId, base.subnetId),
    securityGroupIds: Array.isArray(v.securityGroupIds) ? v.securityGroupIds.filter((id): id is string => typeof id === 'string') : [],
    internetChargeType: oneOf(v.internetChargeType, INTERNET_CHARGE_TYPES, base.internetChargeType),
    bandwidth: num(v.bandwidth, base.bandwidth),
    loginMethod: oneOf(v.loginMethod, ['password', 'key'] as const, base.loginMethod),
    keyId: str(v.keyId, base.keyId),
    name: str(v.name, base.name),
    hostName: str(v.hostName, base.hostName),
    tags,
    count: num(v.count, base.count),
    placementGroupId: str(v.placementGroupId, ''),
    hostId: str(v.hostId, ''),
    ...launchTemplateOf(v.launchTemplate),
  };
}
