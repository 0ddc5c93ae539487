import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { LaunchTemplateData, LaunchTemplateRecord } from '../../../state/launch-template-record.ts';
import { resourceId } from '../../../state/random.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { creationTags } from '../resource-tags.ts';
import { TEMPLATES_PER_REGION, VERSIONS_PER_TEMPLATE, checkTemplateData, checkTemplateName, checkVersionDescription, findTemplate, findVersion } from './templates.ts';

// CreateLaunchTemplate (31918) makes a template whose version 1 is its default; CreateLaunchTemplateVersion (32641)
// adds the next version, "新实例模板中未显式指定的参数值，使用指定版本号对应参数值覆盖" (32649): what it leaves out is taken
// from LaunchTemplateVersion, the default one when that is absent. Either checks the version's parameters as a purchase
// is checked (templates.ts checkTemplateData) and stores what was given; DryRun checks everything, quota included, and
// answers DryRunOperation as RunInstances does, making nothing.

/** A request's own parameters that are not a version's: the template's name and tags, the version's description, the call's switches. */
const NOT_DATA = new Set(['LaunchTemplateName', 'LaunchTemplateVersionDescription', 'LaunchTemplateTagSpecification', 'DryRun', 'LaunchTemplateId', 'LaunchTemplateVersion']);

/** What a request gives a version: its purchase parameters that are set, copied. */
function dataOf(params: object): Partial<LaunchTemplateData> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([key, value]) => value !== undefined && !NOT_DATA.has(key))
      .map(([key, value]) => [key, structuredClone(value)]),
  );
}

function newTemplateId(ctx: RequestContext): string {
  for (;;) {
    const id = resourceId('lt', ctx.world.random);
    if (!ctx.region.launchTemplates.has(id)) return id;
  }
}

export const createLaunchTemplate = handler(cvm.CreateLaunchTemplate, (ctx, params) => {
  checkTemplateName(params.LaunchTemplateName);
  const description = checkVersionDescription(params.LaunchTemplateVersionDescription);
  const data = dataOf(params) as LaunchTemplateData;
  checkTemplateData(ctx, data);
  const tags = creationTags(params.LaunchTemplateTagSpecification, {
    noun: 'a launch template',
    parameter: 'LaunchTemplateTagSpecification',
    reservedKeyCode: 'FailedOperation.TagKeyReserved',
  });
  if (ctx.region.launchTemplates.size >= TEMPLATES_PER_REGION) {
    throw new CloudError('LimitExceeded.LaunchTemplateQuota', `${ctx.region.seed.region} already holds ${TEMPLATES_PER_REGION} launch templates, the account's quota.`);
  }
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; no launch template was made.');
  const now = ctx.world.clock.now();
  const template: LaunchTemplateRecord = {
    id: newTemplateId(ctx),
    name: params.LaunchTemplateName,
    createdAt: now,
    defaultVersion: 1,
    lastNumber: 1,
    versions: new Map([[1, { number: 1, description, createdAt: now, data }]]),
    tags,
  };
  ctx.region.launchTemplates.set(template.id, template);
  return { LaunchTemplateId: template.id };
});

export const createLaunchTemplateVersion = handler(cvm.CreateLaunchTemplateVersion, (ctx, params) => {
  const template = findTemplate(ctx.region, params.LaunchTemplateId);
  const base = findVersion(template, params.LaunchTemplateVersion ?? template.defaultVersion, 'LaunchTemplateVersion');
  const description = checkVersionDescription(params.LaunchTemplateVersionDescription);
  const data: LaunchTemplateData = { ...structuredClone(base.data), ...dataOf(params) };
  checkTemplateData(ctx, data);
  if (template.lastNumber >= VERSIONS_PER_TEMPLATE) {
    throw new CloudError(
      'LimitExceeded.LaunchTemplateVersionQuota',
      `The launch template \`${template.id}\` has made ${VERSIONS_PER_TEMPLATE} versions, the most one template may make.`,
    );
  }
  if (params.DryRun) throw new CloudError('DryRunOperation', 'DryRun: the request would have succeeded; no version was made.');
  const number = template.lastNumber + 1;
  template.lastNumber = number;
  template.versions.set(number, { number, description, createdAt: ctx.world.clock.now(), data });
  return { LaunchTemplateVersionNumber: number };
});
