import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { findTemplate, findVersion } from './templates.ts';

// ModifyLaunchTemplateDefaultVersion (34007): another existing version becomes the default (the one already default is
// LaunchTemplateIdVerSetAlready). DeleteLaunchTemplateVersions (33468): all named versions or none — never the default
// ("不支持删除默认启动模板版本", LaunchTemplateDefaultVersion). DeleteLaunchTemplate (33318): the template with every version.
// Instances bought from a template keep what they were bought with: nothing of them refers back to it.

export const modifyLaunchTemplateDefaultVersion = handler(cvm.ModifyLaunchTemplateDefaultVersion, (ctx, params) => {
  const template = findTemplate(ctx.region, params.LaunchTemplateId);
  const version = findVersion(template, params.DefaultVersion, 'DefaultVersion');
  if (version.number === template.defaultVersion) {
    throw new CloudError('InvalidParameterValue.LaunchTemplateIdVerSetAlready', `Version ${version.number} is already the default of the launch template \`${template.id}\`.`);
  }
  template.defaultVersion = version.number;
  return {};
});

export const deleteLaunchTemplateVersions = handler(cvm.DeleteLaunchTemplateVersions, (ctx, params) => {
  const template = findTemplate(ctx.region, params.LaunchTemplateId);
  if (params.LaunchTemplateVersions.length === 0) throw new CloudError('MissingParameter', 'The request is missing a required parameter `LaunchTemplateVersions`.');
  if (new Set(params.LaunchTemplateVersions).size !== params.LaunchTemplateVersions.length) {
    throw new CloudError('InvalidParameterValue', '`LaunchTemplateVersions` names the same version more than once.');
  }
  const versions = params.LaunchTemplateVersions.map((number) => findVersion(template, number, 'LaunchTemplateVersions'));
  const dflt = versions.find((version) => version.number === template.defaultVersion);
  if (dflt) {
    throw new CloudError(
      'InvalidParameterValue.LaunchTemplateDefaultVersion',
      `Version ${dflt.number} is the default of the launch template \`${template.id}\` and cannot be deleted; make another version the default first, or delete the template.`,
    );
  }
  for (const version of versions) template.versions.delete(version.number);
  return {};
});

export const deleteLaunchTemplate = handler(cvm.DeleteLaunchTemplate, (ctx, params) => {
  const template = findTemplate(ctx.region, params.LaunchTemplateId);
  ctx.region.launchTemplates.delete(template.id);
  return {};
});
