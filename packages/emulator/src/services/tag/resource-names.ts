import { CloudError } from '../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../state/world.ts';

// The six-segment resource description TagResources and UnTagResources name resources by (CAM's resource description,
// cloud.tencent.com/document/product/598/10606; the tag-supporting resources, 651/89122):
//   qcs::cvm:<region>:uin/<uin>:instance/<instance-id>
// The emulator's taggable resources are CVM instances, so each name must be exactly that: `qcs`, an empty project
// segment, the service `cvm` (another service: InvalidParameter.UnsupportedService), a region the account has, the
// account's own UIN and `instance/` with an ID. Anything else is InvalidParameterValue.ResourceDescriptionError, the
// tag service's code for a wrong description; the whole request is refused before any resource is changed.

export interface InstanceResource {
  /** The name as sent, which FailedResources quotes back. */
  name: string;
  region: RegionWorld;
  instanceId: string;
}

function describeError(field: string, name: string, why: string): CloudError {
  return new CloudError('InvalidParameterValue.ResourceDescriptionError', `The parameter \`${field}\` (\`${name}\`) is not a resource description the emulator has: ${why}.`);
}

/** Reads one name of ResourceList (`field` is `ResourceList.<n>`), or throws the code for what is wrong with it. */
export function parseInstanceResource(world: World, name: string, field: string): InstanceResource {
  const segments = name.split(':');
  if (segments.length !== 6 || segments[0] !== 'qcs' || segments[1] !== '') {
    throw describeError(field, name, 'it must read qcs::<service>:<region>:uin/<uin>:<type>/<id>');
  }
  const [, , service, regionName, account, resource] = segments as [string, string, string, string, string, string];
  if (!/^[a-z][a-z0-9-]*$/.test(service)) throw describeError(field, name, `\`${service}\` is not a service name`);
  if (service !== 'cvm') {
    throw new CloudError('InvalidParameter.UnsupportedService', `The parameter \`${field}\` names the service \`${service}\`; the emulator tags cvm instances only.`);
  }
  const region = world.region(regionName);
  if (!region) throw describeError(field, name, `the region \`${regionName}\` is not one the account has`);
  if (account !== `uin/${world.account.uin}`) throw describeError(field, name, `\`${account}\` is not this account (uin/${world.account.uin})`);
  const slash = resource.indexOf('/');
  const type = resource.slice(0, slash);
  const instanceId = resource.slice(slash + 1);
  if (slash < 0 || type !== 'instance' || instanceId === '') {
    throw describeError(field, name, `\`${resource}\` is not instance/<instance-id>`);
  }
  return { name, region, instanceId };
}

/** Every name of ResourceList read, each distinct one once (a name sent twice is changed once). */
export function parseResourceList(world: World, names: readonly string[]): InstanceResource[] {
  const parsed = names.map((name, index) => parseInstanceResource(world, name, `ResourceList.${index}`));
  return [...new Map(parsed.map((resource) => [resource.name, resource])).values()];
}
