import { ecs } from '@cvm/shared';
import { AliyunError, invalidParameter } from '../http/aliyun-error.ts';
import { pageOf, rpcHandler } from '../rpc-handler.ts';

/** InstanceIds is one parameter holding a JSON array of up to 100 IDs. */
function parseInstanceIds(text: string | undefined): Set<string> | undefined {
  if (text === undefined) return undefined;
  let ids: unknown;
  try {
    ids = JSON.parse(text);
  } catch {
    ids = undefined;
  }
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw new AliyunError(400, 'InvalidInstanceIds.Malformed', 'The specified parameter InstanceIds is not valid: it must be a JSON array of instance IDs, e.g. ["i-bp1..."].');
  }
  if (ids.length > 100) throw new AliyunError(400, 'InvalidInstanceIds.ValueNotSupported', 'The specified parameter InstanceIds holds more than 100 IDs.');
  return new Set(ids as string[]);
}

/** `*` matches any run of characters, everything else itself; no regular expression, so no name can make one blow up. */
export function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export const describeInstances = rpcHandler(ecs.DescribeInstances, ({ region, params }) => {
  const ids = parseInstanceIds(params.string('InstanceIds'));
  const vpcId = params.string('VpcId');
  const vSwitchId = params.string('VSwitchId');
  const zoneId = params.string('ZoneId');
  const name = params.string('InstanceName');
  if (name && name.length > 128) throw invalidParameter('InstanceName', 'The name is longer than 128 characters.');
  const status = params.oneOf('Status', ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'] as const);
  const network = params.oneOf('InstanceNetworkType', ['vpc', 'classic'] as const);
  const page = params.page(100);
  const matching = [...region.instances.values()]
    .filter(
      (i) =>
        (!ids || ids.has(i.InstanceId)) &&
        (!vpcId || i.VpcAttributes.VpcId === vpcId) &&
        (!vSwitchId || i.VpcAttributes.VSwitchId === vSwitchId) &&
        (!zoneId || i.ZoneId === zoneId) &&
        // The cloud matches InstanceName with * as a wildcard; without one it is an exact name.
        (!name || wildcardMatch(name, i.InstanceName)) &&
        (!status || i.Status === status) &&
        (!network || i.InstanceNetworkType === network),
    )
    .sort((a, b) => (a.CreationTime < b.CreationTime ? 1 : a.CreationTime > b.CreationTime ? -1 : 0));
  const { slice, ...paging } = pageOf(matching, page);
  return { Instances: { Instance: slice }, ...paging };
});
