import type { LaunchTemplateData } from '../../../state/launch-template-record.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { findTemplate, findVersion } from './templates.ts';

// RunInstances' and InquiryPriceRunInstances' LaunchTemplate (37935): the version named (LaunchTemplateVersion, else the
// template's default) gives the purchase's parameters, and the request's own override it field by field — "若同时传递
// Placement和LaunchTemplate，则默认覆盖LaunchTemplate中对应的Placement的值" (8620–8624), and so for ImageId (8688–8692) and
// every other one. An unknown template is LaunchTemplateNotFound and a version it does not have LaunchTemplateVersion,
// the codes RunInstances documents (9682–9691). With TemplateDataModifyAction Update, the request's Metadata items are
// merged into the version's by key; otherwise (Replace, the default) the request's replace them. The version's
// ClientToken is not the purchase's: each purchase is its own request, and a token kept in a template would make every
// purchase after the first answer the first one's instances.

interface TemplatedParams {
  LaunchTemplate?: { LaunchTemplateId: string; LaunchTemplateVersion?: number };
  Metadata?: { Items: { Key: string; Value: string }[] };
}

/** The request's parameters with the template's filled in where the request gives none; without LaunchTemplate. */
export function withLaunchTemplate<P extends TemplatedParams>(region: RegionWorld, params: P): P {
  const chosen = params.LaunchTemplate;
  if (!chosen) return params;
  const template = findTemplate(region, chosen.LaunchTemplateId, 'InvalidParameterValue.LaunchTemplateNotFound');
  const version = findVersion(
    template,
    chosen.LaunchTemplateVersion ?? template.defaultVersion,
    'LaunchTemplate.LaunchTemplateVersion',
    'InvalidParameterValue.LaunchTemplateVersion',
  );
  const { ClientToken: _token, TemplateDataModifyAction: modify, ...data }: LaunchTemplateData = structuredClone(version.data);
  const given = Object.fromEntries(Object.entries(params).filter(([key, value]) => value !== undefined && key !== 'LaunchTemplate'));
  const merged = { ...data, ...given } as unknown as P;
  if (modify === 'Update' && data.Metadata && params.Metadata) {
    const items = new Map(data.Metadata.Items.map((item) => [item.Key, item.Value]));
    for (const item of params.Metadata.Items) items.set(item.Key, item.Value);
    merged.Metadata = { Items: [...items].map(([Key, Value]) => ({ Key, Value })) };
  }
  return merged;
}
