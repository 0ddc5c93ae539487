import { isIPv6 } from 'node:net';
import { INSTANCE_CHARGE_TYPES, INSTANCE_STATES, type Instance } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { FilterDefinition } from '../filters.ts';
import { ZONE_FIELD } from '../../state/instance-index.ts';
import { INSTANCE_ID, SECURITY_GROUP_ID, SUBNET_ID, VPC_ID, assertDateTime, assertIpv4, assertPattern, assertUuid } from './id-formats.ts';

// The filters of DescribeInstances (reference 9866–10955; instances.md), plus instance-type. String equality unless noted.
// Each exact filter also says how an index files instances for it (`index`, state/instance-index.ts); instance-name
// (a substring) and the creation times (ranges) have none and are checked on whatever the other filters leave.

type Item = InstanceRecord;

/** Exact equality with one value of the instance, and the index that files each instance under that value. */
const equals = (get: (i: Instance) => string | number | null | undefined): Pick<FilterDefinition<Item>, 'match' | 'index'> => ({
  match: ({ instance }, values) => values.includes(String(get(instance) ?? '')),
  index: { keys: ({ instance }) => [String(get(instance) ?? '')] },
});

/** One of the instance's values (IPs, security groups) among the filter's; filed under each of them. */
const includesAny = (get: (i: Instance) => readonly string[] | null | undefined): Pick<FilterDefinition<Item>, 'match' | 'index'> => ({
  match: ({ instance }, values) => (get(instance) ?? []).some((v) => values.includes(v)),
  index: { keys: ({ instance }) => get(instance) ?? [] },
});

const oneOf = (allowed: readonly string[], what: string) => (value: string, name: string) => {
  if (!allowed.includes(value)) {
    throw new CloudError('InvalidParameterValue', `The value \`${value}\` of filter \`${name}\` is not a valid ${what}; expected one of ${allowed.join(', ')}.`);
  }
};

function assertTagKey(key: string): void {
  if (key.length > 127) throw new CloudError('FailedOperation.IllegalTagKey', `The tag key \`${key.slice(0, 20)}…\` is longer than 127 characters: no tag has it.`);
}

function assertTagValue(value: string): void {
  if (value.length > 255) throw new CloudError('FailedOperation.IllegalTagValue', `The tag value \`${value.slice(0, 20)}…\` is longer than 255 characters: no tag has it.`);
}

/** `2023-06-01 00:00:00` in the reference's examples is Beijing time (UTC+8). */
const beijingTime = (value: string) => Date.parse(`${value.replace(' ', 'T')}+08:00`);

export const INSTANCE_FILTERS: Record<string, FilterDefinition<Item>> = {
  zone: { ...equals((i) => i.Placement.Zone), index: ZONE_FIELD },
  'project-id': {
    ...equals((i) => i.Placement.ProjectId),
    validate: (value, name) => {
      if (!/^\d+$/.test(value)) throw new CloudError('InvalidParameterValue', `The value \`${value}\` of filter \`${name}\` must be an integer project ID.`);
    },
  },
  'host-id': { ...equals((i) => i.Placement.HostId), validate: assertPattern(/^host-[a-z0-9]{8}$/, 'InvalidHostId.Malformed', 'CDH ID') },
  'dedicated-cluster-id': { ...equals((i) => i.DedicatedClusterId) },
  'vpc-id': { ...equals((i) => i.VirtualPrivateCloud.VpcId), validate: assertPattern(VPC_ID, 'InvalidParameterValue.VpcIdMalformed', 'VPC ID') },
  'subnet-id': { ...equals((i) => i.VirtualPrivateCloud.SubnetId), validate: assertPattern(SUBNET_ID, 'InvalidParameterValue.SubnetIdMalformed', 'subnet ID') },
  'instance-id': { ...equals((i) => i.InstanceId), validate: assertPattern(INSTANCE_ID, 'InvalidInstanceId.Malformed', 'instance ID') },
  uuid: { ...equals((i) => i.Uuid), validate: assertUuid },
  'security-group-id': { ...includesAny((i) => i.SecurityGroupIds), validate: assertPattern(SECURITY_GROUP_ID, 'InvalidSgId.Malformed', 'security group ID') },
  // A fuzzy match, as the console's name search is (InvalidParameterValue.InvalidVagueName is its error code).
  'instance-name': {
    match: ({ instance }, values) => values.some((v) => instance.InstanceName.toLowerCase().includes(v.toLowerCase())),
    validate: (value, name) => {
      if (value.length === 0 || value.length > 128) throw new CloudError('InvalidParameterValue.InvalidVagueName', `The value of filter \`${name}\` must be 1 to 128 characters.`);
    },
  },
  'instance-charge-type': { ...equals((i) => i.InstanceChargeType), validate: oneOf(INSTANCE_CHARGE_TYPES.slice(0, 3), 'charge type') },
  // Not in the 2017-03-12 reference's list, but accepted by the cloud's console API and asked for by our users.
  'instance-type': { ...equals((i) => i.InstanceType) },
  'instance-state': { ...equals((i) => i.InstanceState), validate: oneOf(INSTANCE_STATES, 'instance state') },
  'private-ip-address': { ...includesAny((i) => i.PrivateIpAddresses), validate: assertIpv4 },
  'public-ip-address': { ...includesAny((i) => i.PublicIpAddresses), validate: assertIpv4 },
  // InvalidParameterValue.IPv6AddressMalformed (reference 10923).
  'ipv6-address': {
    ...includesAny((i) => i.IPv6Addresses),
    validate: (value, name) => {
      if (!isIPv6(value)) throw new CloudError('InvalidParameterValue.IPv6AddressMalformed', `The value \`${value}\` of filter \`${name}\` is not a valid IPv6 address.`);
    },
  },
  // A key or value no tag can have (longer than RunInstances' tags may be: 127 and 255 characters) is
  // FailedOperation.IllegalTagKey / IllegalTagValue, which DescribeInstances lists (reference 10900–10902).
  'tag-key': {
    match: ({ instance }, values) => instance.Tags.some((t) => values.includes(t.Key)),
    index: { keys: ({ instance }) => instance.Tags.map((t) => t.Key) },
    validate: (value) => assertTagKey(value),
  },
  'tag-value': {
    match: ({ instance }, values) => instance.Tags.some((t) => values.includes(t.Value)),
    index: { keys: ({ instance }) => instance.Tags.map((t) => t.Value) },
    validate: (value) => assertTagValue(value),
  },
  'tag:': {
    validate: (value, name) => {
      assertTagKey(name.slice(4));
      assertTagValue(value);
    },
    match: ({ instance }, values, name) => {
      const key = name.slice(4);
      return instance.Tags.some((t) => t.Key === key && values.includes(t.Value));
    },
    // Filed under key and value together: `tag:env` = `prod` looks up `env\0prod`.
    index: { keys: ({ instance }) => instance.Tags.map((t) => `${t.Key}\0${t.Value}`), lookupKey: (value, name) => `${name.slice(4)}\0${value}` },
  },
  'creation-start-time': {
    match: ({ createdAt }, values) => values.some((v) => createdAt >= beijingTime(v)),
    validate: assertDateTime,
  },
  'creation-end-time': {
    match: ({ createdAt }, values) => values.some((v) => createdAt <= beijingTime(v)),
    validate: assertDateTime,
  },
};
