import { cvmHpc } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import type { RequestContext } from '../../action-handler.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { SECURITY_GROUP_ID, SUBNET_ID, VPC_ID } from '../id-formats.ts';
import { settledHosts } from './chc-cloud-hosts.ts';
import { CHC_DEVICE_MODELS, CHC_ID, type ChcHostRecord, type ChcOperation } from './hpc-chc-region.ts';

// CHC hosts (reference 22444–23930): the account's physical servers, listed and described, renamed and given a BMC
// login and security groups, and told what their state forbids. Their networks are chc-networks.ts.
// - ChcIds not shaped chc-xxxxxxxx: InvalidParameterValue.IncorrectFormat; unknown: InvalidParameterValue.ChcHostsNotFound
//   (DescribeChcHosts answers only the hosts it finds, as Describe actions do).
// - What a state forbids (DescribeChcDeniedActions) is what the actions refuse: a busy host (OPERATING, or READY while it
//   prepares) everything; InvalidHost.NotSupported, or the action's own code where it has one.

const { CHC_HOST_STATES } = cvmHpc;
type ChcHost = cvmHpc.ChcHost;

export { CHC_ID };

/** The actions a host's state can forbid, as DescribeChcDeniedActions names them (its example, 22947). */
export const CHC_ACTIONS = ['ConfigureChcAssistVpc', 'ConfigureChcDeployVpc', 'ModifyChcAttribute', 'RemoveChcAssistVpc', 'RemoveChcDeployVpc', 'RunInstances'] as const;
export type ChcAction = (typeof CHC_ACTIONS)[number];

/** What the host's state forbids now, in CHC_ACTIONS' order. */
export function deniedActions(record: ChcHostRecord): ChcAction[] {
  const host = record.host;
  if (record.change) return [...CHC_ACTIONS];
  const bmc = host.BmcVirtualPrivateCloud !== null;
  const deploy = host.DeployVirtualPrivateCloud !== null;
  const failed = host.InstanceState === 'CLEAR_NETWORK_FAILED';
  const online = host.InstanceState === 'ONLINE';
  const denied = new Set<ChcAction>();
  if (bmc || failed || online) denied.add('ConfigureChcAssistVpc');
  if (!bmc || deploy || failed || online) denied.add('ConfigureChcDeployVpc');
  if ((!bmc && !failed) || online) denied.add('RemoveChcAssistVpc');
  if (!deploy || failed || online) denied.add('RemoveChcDeployVpc');
  if (host.InstanceState !== 'PREPARED') denied.add('RunInstances');
  return CHC_ACTIONS.filter((action) => denied.has(action));
}

/** Why a host refuses an action its state forbids, with the code the action documents. */
export function requireAllowed(record: ChcHostRecord, action: ChcAction): void {
  if (!deniedActions(record).includes(action)) return;
  const host = record.host;
  if (record.change) {
    throw new CloudError(
      'InvalidHost.NotSupported',
      `The CHC host \`${host.ChcId}\` is busy with ${record.operation ?? 'an operation'} (${host.InstanceState}); wait until it finishes.`,
    );
  }
  if (action === 'ConfigureChcDeployVpc' && host.DeployVirtualPrivateCloud) {
    throw new CloudError(
      'InvalidParameterValue.DeployVpcAlreadyExists',
      `The CHC host \`${host.ChcId}\` already has a deploy network (${host.DeployVirtualPrivateCloud.VpcId}); remove it first.`,
    );
  }
  const reason: Record<ChcAction, string> = {
    ConfigureChcAssistVpc: 'its out-of-band network is configured already: remove its networks first',
    ConfigureChcDeployVpc: 'a deploy network needs the out-of-band network first (ConfigureChcAssistVpc)',
    RemoveChcAssistVpc: 'it has no network to clear',
    RemoveChcDeployVpc: 'it has no deploy network',
    ModifyChcAttribute: 'it is busy',
    RunInstances: 'it is not PREPARED',
  };
  throw new CloudError('InvalidHost.NotSupported', `The CHC host \`${host.ChcId}\` (${host.InstanceState}) does not allow ${action}: ${reason[action]}.`);
}

/** The named hosts, checked as the CHC actions check them: well-formed IDs, each once, every one exists. */
export function findHosts(world: World, region: RegionWorld, ids: readonly string[]): ChcHostRecord[] {
  for (const id of ids) {
    if (!CHC_ID.test(id))
      throw new CloudError(
        'InvalidParameterValue.IncorrectFormat',
        `The CHC host ID \`${id}\` in \`ChcIds\` is malformed: expected chc- followed by 8 lower-case letters or digits.`,
      );
  }
  if (new Set(ids).size !== ids.length) throw new CloudError('InvalidParameter', 'The parameter `ChcIds` names the same CHC host more than once.');
  const hosts = settledHosts(world, region);
  const missing = ids.filter((id) => !hosts.has(id));
  if (missing.length) {
    throw new CloudError(
      'InvalidParameterValue.ChcHostsNotFound',
      `The CHC host${missing.length > 1 ? 's' : ''} \`${missing.join('`, `')}\` ${missing.length > 1 ? 'do' : 'does'} not exist in ${region.seed.region}.`,
    );
  }
  return ids.map((id) => hosts.get(id)!);
}

const OPERATION_NAMES: Record<ChcOperation, { en: string; zh: string }> = {
  ConfigureChcAssistVpc: { en: 'Configure out-of-band network', zh: '配置带外网络' },
  ConfigureChcDeployVpc: { en: 'Configure deploy network', zh: '配置部署网络' },
  ChcPrepare: { en: 'Prepare for cloud hosts', zh: '准备分配云主机' },
  RemoveChcAssistVpc: { en: 'Clear out-of-band and deploy networks', zh: '清理带外和部署网络' },
  RemoveChcDeployVpc: { en: 'Clear deploy network', zh: '清理部署网络' },
};

/** A host as DescribeChcHosts answers it: a copy, its names in the caller's language. */
function answer(record: ChcHostRecord, language: RequestContext['language']): ChcHost {
  const host = structuredClone(record.host);
  const model = CHC_DEVICE_MODELS.find((m) => m.family === host.ChcInstanceFamily);
  if (model && language === 'en-US') host.ChcInstanceFamilyName = model.familyNameEn;
  const name = record.operation && OPERATION_NAMES[record.operation];
  host.LatestOperationName = name ? (language === 'zh-CN' ? name.zh : name.en) : '';
  return host;
}

const inVpc = (host: ChcHost, key: 'VpcId' | 'SubnetId', values: string[]) =>
  [host.BmcVirtualPrivateCloud, host.DeployVirtualPrivateCloud].some((vpc) => vpc !== null && values.includes(vpc[key]));

function filtersFor(region: RegionWorld): Record<string, FilterDefinition<ChcHostRecord>> {
  const notEmpty = (value: string, name: string) => {
    if (!value) throw new CloudError('InvalidParameterValue.NotEmpty', `A value of the filter \`${name}\` is empty.`);
  };
  return {
    zone: {
      match: (r, values) => values.includes(r.host.Placement.Zone),
      validate: (value) => {
        if (!region.seed.zones.some((z) => z.zone === value)) {
          throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${value}\` does not belong to the region \`${region.seed.region}\`.`);
        }
      },
    },
    'instance-name': { match: (r, values) => values.some((v) => r.host.InstanceName.includes(v)), validate: notEmpty },
    'instance-state': {
      match: (r, values) => values.includes(r.host.InstanceState),
      validate: (value) => {
        if (!(CHC_HOST_STATES as readonly string[]).includes(value)) {
          throw new CloudError('InvalidParameterValue.Range', `\`${value}\` is not a CHC host state; use one of ${CHC_HOST_STATES.join(', ')}.`);
        }
      },
    },
    'device-type': { match: (r, values) => values.includes(r.host.DeviceType), validate: notEmpty },
    'vpc-id': {
      match: (r, values) => inVpc(r.host, 'VpcId', values),
      validate: (value) => {
        if (!VPC_ID.test(value)) throw new CloudError('InvalidParameterValue.VpcIdMalformed', `The VPC ID \`${value}\` in the filter \`vpc-id\` is malformed.`);
      },
    },
    'subnet-id': {
      match: (r, values) => inVpc(r.host, 'SubnetId', values),
      validate: (value) => {
        if (!SUBNET_ID.test(value)) throw new CloudError('InvalidParameterValue.SubnetIdMalformed', `The subnet ID \`${value}\` in the filter \`subnet-id\` is malformed.`);
      },
    },
    sn: { match: (r, values) => values.includes(r.host.SerialNumber), validate: notEmpty },
  };
}

/** Every host of the region, settled, newest first. */
export function listHosts(world: World, region: RegionWorld): ChcHostRecord[] {
  return [...settledHosts(world, region).values()].sort((a, b) => b.createdAt - a.createdAt || (a.host.ChcId < b.host.ChcId ? -1 : 1));
}

export const describeChcHosts = handler(cvmHpc.DescribeChcHosts, (ctx, params) => {
  const { world, region } = ctx;
  if (params.ChcIds?.length && params.Filters?.length) throw new CloudError('InvalidParameter.AtMostOne', '`ChcIds` and `Filters` cannot be given together.');
  const offset = params.Offset ?? 0;
  const limit = params.Limit ?? 20;
  if (offset < 0) throw new CloudError('InvalidParameterValueOffset', `\`Offset\` is ${offset}; it must be 0 or more.`);
  if (limit < 1 || limit > 100) throw new CloudError('InvalidParameterValueLimit', `\`Limit\` is ${limit}; it must be 1–100.`);
  for (const id of params.ChcIds ?? []) {
    if (!CHC_ID.test(id)) throw new CloudError('InvalidParameterValue.IncorrectFormat', `The CHC host ID \`${id}\` in \`ChcIds\` is malformed.`);
  }
  const wanted = params.ChcIds?.length ? new Set(params.ChcIds) : undefined;
  const matches = compileFilters(params.Filters, filtersFor(region));
  const hosts = listHosts(world, region).filter((record) => (wanted ? wanted.has(record.host.ChcId) : matches(record)));
  return { TotalCount: hosts.length, ChcHostSet: paginate(hosts, offset, limit).map((record) => answer(record, ctx.language)) };
});

export const describeChcDeniedActions = handler(cvmHpc.DescribeChcDeniedActions, (ctx, params) => {
  const records = findHosts(ctx.world, ctx.region, params.ChcIds);
  return {
    ChcHostDeniedActionSet: records.map((record) => ({ ChcId: record.host.ChcId, State: record.host.InstanceState, DenyActions: deniedActions(record) })),
  };
});

/** The BMC login user: letters, digits, hyphens and underscores (23086). */
const BMC_USER = /^[A-Za-z0-9_-]{1,32}$/;
/** 8–16 characters: letters, digits and ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/ (23091). */
const BMC_PASSWORD = /^[A-Za-z0-9()`~!@#$%^&*\-+=_|{}[\]:;'<>,.?/]{8,16}$/;
/** A device type as the cloud writes them: CHCS5, CHC_HS1. */
const DEVICE_TYPE = /^[A-Z][A-Z0-9_]{0,31}$/;
export const CHC_NAME_MAX = 60;

/** Security groups for a host's interface: each of the region's, each once (≤ 5 is the schema's LimitExceeded). */
export function checkSecurityGroups(region: RegionWorld, ids: readonly string[] | undefined, parameter: string, missingCode: string): string[] | undefined {
  if (ids === undefined) return undefined;
  for (const id of ids) {
    if (!SECURITY_GROUP_ID.test(id)) throw new CloudError('InvalidParameterValue.IncorrectFormat', `The security group ID \`${id}\` in \`${parameter}\` is malformed.`);
    if (!region.network.securityGroups.some((group) => group.SecurityGroupId === id)) {
      throw new CloudError(missingCode, `The security group \`${id}\` in \`${parameter}\` does not exist in ${region.seed.region}.`);
    }
  }
  if (new Set(ids).size !== ids.length) throw new CloudError('InvalidParameter', `\`${parameter}\` names the same security group more than once.`);
  return [...ids];
}

export const modifyChcAttribute = handler(cvmHpc.ModifyChcAttribute, (ctx, params) => {
  const records = findHosts(ctx.world, ctx.region, params.ChcIds);
  const given = [params.InstanceName, params.DeviceType, params.BmcUser, params.Password, params.BmcSecurityGroupIds].filter((value) => value !== undefined);
  if (!given.length) throw new CloudError('InvalidParameter', 'Give at least one of `InstanceName`, `DeviceType`, `BmcUser`, `Password` and `BmcSecurityGroupIds`.');
  for (const [name, value] of [
    ['InstanceName', params.InstanceName],
    ['DeviceType', params.DeviceType],
    ['BmcUser', params.BmcUser],
    ['Password', params.Password],
  ] as const) {
    if (value === '') throw new CloudError('InvalidParameterValue.NotEmpty', `\`${name}\` is empty.`);
  }
  if (params.InstanceName !== undefined && params.InstanceName.length > CHC_NAME_MAX) {
    throw new CloudError('InvalidParameterValue.IncorrectFormat', `\`InstanceName\` is ${params.InstanceName.length} characters; at most ${CHC_NAME_MAX} are allowed.`);
  }
  if (params.DeviceType !== undefined && !DEVICE_TYPE.test(params.DeviceType)) {
    throw new CloudError(
      'InvalidParameterValue.IncorrectFormat',
      `\`DeviceType\` \`${params.DeviceType}\` is not a device type (capital letters, digits and underscores, as CHC_HS1).`,
    );
  }
  if (params.BmcUser !== undefined && !BMC_USER.test(params.BmcUser)) {
    throw new CloudError('InvalidParameterValue.IncorrectFormat', '`BmcUser` may hold only letters, digits, hyphens and underscores (at most 32).');
  }
  if (params.Password !== undefined && !BMC_PASSWORD.test(params.Password)) {
    throw new CloudError('InvalidPassword', "The BMC password must be 8–16 characters of letters, digits and ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/.");
  }
  const groups = checkSecurityGroups(ctx.region, params.BmcSecurityGroupIds, 'BmcSecurityGroupIds', 'InvalidSecurityGroupId.NotFound');
  for (const record of records) {
    requireAllowed(record, 'ModifyChcAttribute');
    if (groups && !record.host.BmcVirtualPrivateCloud) {
      throw new CloudError(
        'InvalidParameterValue.ChcNetworkEmpty',
        `The CHC host \`${record.host.ChcId}\` has no out-of-band network for \`BmcSecurityGroupIds\`: configure it first.`,
      );
    }
  }
  for (const record of records) {
    const host = record.host;
    if (params.InstanceName !== undefined) host.InstanceName = params.InstanceName;
    if (params.DeviceType !== undefined) host.DeviceType = params.DeviceType;
    if (params.BmcUser !== undefined) record.bmcUser = params.BmcUser;
    if (groups) host.BmcSecurityGroupIds = [...groups];
    // The password goes to the server's BMC and is kept nowhere.
  }
  return {};
});
