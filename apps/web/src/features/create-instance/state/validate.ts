import {
  DATA_DISK_LIMITS,
  DATA_DISK_STEP,
  INSTANCE_NAME_MAX_LENGTH,
  MAX_BANDWIDTH_MBPS,
  MAX_DATA_DISKS,
  SYSTEM_DISK_LIMITS,
  checkLoginPassword,
  expandNumberedNames,
  hostNameProblem,
  isWindowsImage,
  systemDiskMin,
  platformOf,
  type Image,
  type InstanceTypeQuotaItem,
} from '@cvm/shared';
import type { CreateMessages } from '../messages.ts';
import { placementWordsFor } from '../placement-words.ts';
import type { StepId } from './steps.ts';
import { MAX_COUNT, MAX_SECURITY_GROUPS, WIZARD_PERIODS, type WizardForm } from './wizard-form.ts';

// The rules the cloud applies to a purchase, checked in the browser as the person chooses, with the same shared
// functions the emulator uses (password, names, disk sizes), so what the wizard accepts the cloud accepts too. The
// cloud still has the last word (stock, quota, prices): its refusals are shown as it words them.

/** A field's key: a form field's name, or `dataDisk:<id>:size`, `tag:<id>:key` for rows. */
export { isWindowsImage, systemDiskMin };

export type FieldKey = string;

export interface Problem {
  step: StepId;
  field: FieldKey;
  /** Empty-field problems are shown only once the person tried to move on; others as soon as they exist. */
  missing?: boolean;
  text: (m: CreateMessages) => string;
}

export interface ValidationContext {
  /** The chosen image: undefined while its list loads, null when the list does not have it (it cannot boot the type). */
  image: Image | null | undefined;
  /** The chosen type's offer in the zone and billing mode: undefined while loading, null when it is not offered there. */
  offering: InstanceTypeQuotaItem | null | undefined;
  password: string;
  confirm: string;
}

export function bandwidthMax(form: WizardForm): number {
  return MAX_BANDWIDTH_MBPS[form.internetChargeType];
}

const whole = (n: number) => Number.isInteger(n);

export function validateForm(form: WizardForm, ctx: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const add = (step: StepId, field: FieldKey, text: Problem['text'], missing = false) => problems.push({ step, field, text, missing });

  // Location and billing
  if (!form.zone) add('location', 'zone', (m) => m.problems.zoneMissing, true);
  if (form.chargeType === 'PREPAID' && !(WIZARD_PERIODS as readonly number[]).includes(form.period)) {
    add('location', 'period', (m) => m.problems.periodInvalid);
  }
  if (form.chargeType === 'CDHPAID' && !form.hostId) add('location', 'hostId', (m) => placementWordsFor(m).hostMissing, true);

  // Instance type
  if (!form.instanceType) add('type', 'instanceType', (m) => m.problems.typeMissing, true);
  else if (ctx.offering === null) add('type', 'instanceType', (m) => m.problems.typeNotOffered(form.instanceType));
  else if (ctx.offering?.Status === 'SOLD_OUT') add('type', 'instanceType', (m) => m.problems.typeSoldOut(form.instanceType));

  // Image
  if (!form.imageId) add('image', 'imageId', (m) => m.problems.imageMissing, true);
  else if (ctx.image === null) add('image', 'imageId', (m) => m.problems.imageUnavailable(form.imageId));

  // Storage
  const minSystem = systemDiskMin(ctx.image);
  if (!whole(form.systemDiskSize)) add('storage', 'systemDiskSize', (m) => m.problems.wholeNumber);
  else if (form.systemDiskSize < minSystem || form.systemDiskSize > SYSTEM_DISK_LIMITS.max) {
    add('storage', 'systemDiskSize', (m) => m.problems.systemDiskRange(minSystem, SYSTEM_DISK_LIMITS.max));
  }
  if (form.dataDisks.length > MAX_DATA_DISKS) add('storage', 'dataDisks', (m) => m.problems.tooManyDataDisks(MAX_DATA_DISKS));
  for (const disk of form.dataDisks) {
    const field = `dataDisk:${disk.id}:size`;
    const limits = DATA_DISK_LIMITS[disk.type] ?? { min: 10, max: 32000 };
    if (!whole(disk.size)) add('storage', field, (m) => m.problems.wholeNumber);
    else if (disk.size < limits.min || disk.size > limits.max) add('storage', field, (m) => m.problems.dataDiskRange(limits.min, limits.max));
    else if (disk.size % DATA_DISK_STEP !== 0) add('storage', field, (m) => m.problems.dataDiskStep(DATA_DISK_STEP));
  }

  // Network
  if (!form.vpcId) add('network', 'vpcId', (m) => m.problems.vpcMissing, true);
  if (!form.subnetId) add('network', 'subnetId', (m) => m.problems.subnetMissing, true);
  if (form.securityGroupIds.length > MAX_SECURITY_GROUPS) add('network', 'securityGroups', (m) => m.problems.tooManySecurityGroups(MAX_SECURITY_GROUPS));
  const maxBandwidth = bandwidthMax(form);
  if (!whole(form.bandwidth)) add('network', 'bandwidth', (m) => m.problems.wholeNumber);
  else if (form.bandwidth < 0 || form.bandwidth > maxBandwidth) add('network', 'bandwidth', (m) => m.problems.bandwidthRange(maxBandwidth));

  // Login and details
  const windows = isWindowsImage(ctx.image);
  if (form.loginMethod === 'key') {
    if (windows) add('settings', 'loginMethod', (m) => m.problems.windowsNoKeys);
    else if (!form.keyId) add('settings', 'keyId', (m) => m.problems.keyMissing, true);
  } else {
    if (!ctx.password) add('settings', 'password', (m) => m.problems.passwordMissing, true);
    else if (!checkLoginPassword(ctx.password, windows ? 'windows' : 'linux').ok) add('settings', 'password', (m) => m.problems.passwordWeak);
    if (ctx.password && !ctx.confirm) add('settings', 'confirm', (m) => m.problems.confirmMissing, true);
    else if (ctx.password && ctx.confirm !== ctx.password) add('settings', 'confirm', (m) => m.problems.passwordsDiffer);
  }
  const count = form.count;
  const countOk = whole(count) && count >= 1 && count <= MAX_COUNT;
  if (!countOk) add('settings', 'count', (m) => m.problems.countRange(MAX_COUNT));
  const names = countOk ? expandNumberedNames(form.name.trim(), count) : [form.name.trim()];
  const longName = names.find((name) => name.length > INSTANCE_NAME_MAX_LENGTH);
  if (longName !== undefined) add('settings', 'name', (m) => m.problems.nameTooLong(INSTANCE_NAME_MAX_LENGTH));
  const hostName = form.hostName.trim();
  if (hostName) {
    const hosts = countOk ? expandNumberedNames(hostName, count) : [hostName];
    const bad = hosts.map((host) => ({ host, problem: hostNameProblem(host, windows) })).find((entry) => entry.problem);
    if (bad?.problem) {
      const problem = bad.problem;
      add('settings', 'hostName', (m) => m.problems.hostName[problem](windows, bad.host));
    }
  }
  const seen = new Set<string>();
  for (const tag of form.tags) {
    const key = tag.key.trim();
    if (!key && tag.value) add('settings', `tag:${tag.id}:key`, (m) => m.problems.tagKeyMissing);
    else if (key && seen.has(key)) add('settings', `tag:${tag.id}:key`, (m) => m.problems.tagKeyRepeated(key));
    if (key) seen.add(key);
  }
  return problems;
}

/** The problem shown beside a field: a missing value only once the step was attempted. */
export function problemFor(problems: Problem[], field: FieldKey, attempted: boolean): Problem | undefined {
  return problems.find((p) => p.field === field && (!p.missing || attempted));
}
