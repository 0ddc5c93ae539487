import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { LaunchTemplateRecord } from '../../../state/launch-template-record.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { tagFilters } from '../resource-tags.ts';
import { LAUNCH_TEMPLATE_ID, checkVersionNumber, findTemplate, templateInfo, versionInfo } from './templates.ts';

// DescribeLaunchTemplates (31644): the region's templates, newest first, by LaunchTemplateIds or by Filters (not both);
// DescribeLaunchTemplateVersions (33648): one template's versions in number order, by LaunchTemplateVersions, by the
// range MinVersion–MaxVersion, or its default alone (DefaultVersion, not with LaunchTemplateVersions).

const TEMPLATE_FILTERS: Record<string, FilterDefinition<LaunchTemplateRecord>> = {
  // A part of the name, as the console's search box finds one.
  LaunchTemplateName: { match: (template, values) => values.some((value) => template.name.includes(value)) },
  ...tagFilters((template: LaunchTemplateRecord) => template.tags),
};

export const describeLaunchTemplates = handler(cvm.DescribeLaunchTemplates, (ctx, params) => {
  if (params.LaunchTemplateIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter', 'The parameters `LaunchTemplateIds` and `Filters` cannot be specified at the same time.');
  }
  for (const id of params.LaunchTemplateIds ?? []) {
    if (!LAUNCH_TEMPLATE_ID.test(id))
      throw new CloudError('InvalidParameterValue.LaunchTemplateIdMalformed', `The launch template ID \`${id}\` in \`LaunchTemplateIds\` is malformed.`);
  }
  const wanted = params.LaunchTemplateIds?.length ? new Set(params.LaunchTemplateIds) : undefined;
  const matches = compileFilters(params.Filters, TEMPLATE_FILTERS);
  const templates = [...ctx.region.launchTemplates.values()].reverse().filter((template) => (wanted ? wanted.has(template.id) : matches(template)));
  return { TotalCount: templates.length, LaunchTemplateSet: paginate(templates, params.Offset, params.Limit).map((template) => templateInfo(ctx.world, template)) };
});

export const describeLaunchTemplateVersions = handler(cvm.DescribeLaunchTemplateVersions, (ctx, params) => {
  const template = findTemplate(ctx.region, params.LaunchTemplateId);
  if (params.DefaultVersion && params.LaunchTemplateVersions?.length) {
    throw new CloudError('InvalidParameterCombination', '`DefaultVersion` and `LaunchTemplateVersions` cannot be specified at the same time.');
  }
  for (const number of params.LaunchTemplateVersions ?? []) checkVersionNumber(number, 'LaunchTemplateVersions');
  // "通过范围指定版本时的最小版本号，默认为0" and "最大版本号，默认为30" (33685, 33690).
  const min = params.MinVersion ?? 0;
  const max = params.MaxVersion ?? 30;
  if (min < 0 || max < 0) throw new CloudError('InvalidParameterValue.LaunchTemplateVersion', '`MinVersion` and `MaxVersion` are version numbers, 0 or more.');
  if (min > max) throw new CloudError('InvalidParameterValue', `\`MinVersion\` ${min} is above \`MaxVersion\` ${max}.`);
  const wanted = params.LaunchTemplateVersions?.length ? new Set(params.LaunchTemplateVersions) : undefined;
  const versions = [...template.versions.values()]
    .sort((a, b) => a.number - b.number)
    .filter((version) => (params.DefaultVersion ? version.number === template.defaultVersion : true))
    .filter((version) => (wanted ? wanted.has(version.number) : version.number >= min && version.number <= max));
  return {
    TotalCount: versions.length,
    LaunchTemplateVersionSet: paginate(versions, params.Offset, params.Limit).map((version) => versionInfo(ctx.world, template, version)),
  };
});
