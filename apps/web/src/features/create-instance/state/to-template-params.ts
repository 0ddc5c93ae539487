import type { ParamsOf, cvm } from '@cvm/shared';
import { toQuoteParams } from './to-params.ts';
import type { WizardForm } from './wizard-form.ts';

/** What a launch template version holds (CreateLaunchTemplate's and CreateLaunchTemplateVersion's purchase parameters). */
export type TemplateData = Omit<ParamsOf<typeof cvm.CreateLaunchTemplate>, 'LaunchTemplateName' | 'LaunchTemplateVersionDescription' | 'LaunchTemplateTagSpecification'>;

/**
 * The wizard's choices as a launch template version: everything a purchase would send — where, billing, type, image,
 * disks, network, bandwidth, how many, names and tags — and the key pair when it logs in with one. Never a password:
 * a template is read by everyone who may read the region, and the cloud answers none back; whoever buys from it gives
 * one. Undefined while the form is not complete enough to price.
 */
export function toTemplateData(form: WizardForm): TemplateData | undefined {
  const quote = toQuoteParams(form);
  if (!quote?.Placement || !quote.ImageId) return undefined;
  const { LaunchTemplate: _from, ...purchase } = quote;
  const tags = form.tags.filter((tag) => tag.key.trim() !== '');
  const name = form.name.trim();
  const hostName = form.hostName.trim();
  return {
    ...purchase,
    Placement: quote.Placement,
    ImageId: quote.ImageId,
    ...(form.vpcId && form.subnetId ? { VirtualPrivateCloud: { VpcId: form.vpcId, SubnetId: form.subnetId } } : {}),
    ...(form.securityGroupIds.length > 0 ? { SecurityGroupIds: form.securityGroupIds } : {}),
    ...(form.loginMethod === 'key' && form.keyId ? { LoginSettings: { KeyIds: [form.keyId] } } : {}),
    ...(name ? { InstanceName: name } : {}),
    ...(hostName ? { HostName: hostName } : {}),
    ...(tags.length > 0 ? { TagSpecification: [{ ResourceType: 'instance', Tags: tags.map((tag) => ({ Key: tag.key.trim(), Value: tag.value })) }] } : {}),
  };
}
