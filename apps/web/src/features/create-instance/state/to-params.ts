import type { ParamsOf, cvm } from '@cvm/shared';
import type { WizardForm } from './wizard-form.ts';

export type RunInstancesParams = ParamsOf<typeof cvm.RunInstances>;
export type PriceQuoteParams = ParamsOf<typeof cvm.InquiryPriceRunInstances>;

const isWhole = (n: number) => Number.isInteger(n);

/**
 * What prices a purchase: where, how it is billed, the type, image, disks, bandwidth and how many. Names, login,
 * network and tags cost nothing, so they stay out of the quote (and a quote never carries a password). Undefined
 * while something priced is missing or not a whole number: there is nothing to quote yet.
 */
export function toQuoteParams(form: WizardForm): PriceQuoteParams | undefined {
  // A dedicated host's instances have no quote: InquiryPriceRunInstances takes no CDHPAID (its page lists the others).
  return form.chargeType === 'CDHPAID' ? undefined : purchaseParams(form);
}

/** What RunInstances and its quote share. */
function purchaseParams(form: WizardForm): PriceQuoteParams | undefined {
  if (!form.zone || !form.instanceType || !form.imageId) return undefined;
  const numbers = [form.systemDiskSize, form.bandwidth, form.count, ...form.dataDisks.map((d) => d.size)];
  if (!numbers.every(isWhole) || form.count < 1) return undefined;
  return {
    Placement: { Zone: form.zone, ...(form.chargeType === 'CDHPAID' && form.hostId ? { HostIds: [form.hostId] } : {}) },
    InstanceChargeType: form.chargeType,
    ...(form.chargeType === 'PREPAID' ? { InstanceChargePrepaid: { Period: form.period, RenewFlag: form.renewFlag } } : {}),
    InstanceType: form.instanceType,
    ImageId: form.imageId,
    SystemDisk: { DiskType: form.systemDiskType, DiskSize: form.systemDiskSize },
    // DiskType always: without it the cloud assumes LOCAL_BASIC, which most types refuse.
    ...(form.dataDisks.length > 0 ? { DataDisks: form.dataDisks.map((disk) => ({ DiskType: disk.type, DiskSize: disk.size, DeleteWithInstance: disk.deleteWithInstance })) } : {}),
    InternetAccessible: {
      InternetChargeType: form.internetChargeType,
      InternetMaxBandwidthOut: form.bandwidth,
      PublicIpAssigned: form.bandwidth > 0,
    },
    InstanceCount: form.count,
    // Filled in from a launch template: the purchase names its version, and what the wizard sends overrides it.
    ...(form.launchTemplate ? { LaunchTemplate: { LaunchTemplateId: form.launchTemplate.id, LaunchTemplateVersion: form.launchTemplate.version } } : {}),
  };
}

/**
 * The RunInstances call for this form. `password` comes from memory, never from the stored form. The ClientToken is
 * the caller's (one per submission), so a repeated click or a retry after a lost answer cannot buy twice.
 */
export function toRunParams(form: WizardForm, password: string, clientToken: string | undefined, dryRun = false): RunInstancesParams {
  const quote = purchaseParams(form);
  if (!quote) throw new Error('toRunParams needs a complete form');
  const tags = form.tags.filter((tag) => tag.key.trim() !== '');
  const name = form.name.trim();
  const hostName = form.hostName.trim();
  return {
    ...quote,
    VirtualPrivateCloud: { VpcId: form.vpcId, SubnetId: form.subnetId },
    ...(form.securityGroupIds.length > 0 ? { SecurityGroupIds: form.securityGroupIds } : {}),
    LoginSettings: form.loginMethod === 'key' ? { KeyIds: [form.keyId] } : { Password: password },
    ...(name ? { InstanceName: name } : {}),
    ...(hostName ? { HostName: hostName } : {}),
    ...(tags.length > 0 ? { TagSpecification: [{ ResourceType: 'instance', Tags: tags.map((tag) => ({ Key: tag.key.trim(), Value: tag.value })) }] } : {}),
    ...(form.placementGroupId ? { DisasterRecoverGroupIds: [form.placementGroupId] } : {}),
    ...(clientToken ? { ClientToken: clientToken } : {}),
    ...(dryRun ? { DryRun: true } : {}),
  };
}
