import { CloudError } from '../../http/cloud-error.ts';

// Resource ID shapes (protocol.md §10): a prefix and eight lower-case letters or digits.
const shape = (prefix: string) => new RegExp(`^${prefix}-[a-z0-9]{8}$`);

export const INSTANCE_ID = shape('ins');
export const VPC_ID = shape('vpc');
export const SUBNET_ID = shape('subnet');
export const SECURITY_GROUP_ID = shape('sg');
export const IMAGE_ID = shape('img');
export const NETWORK_INTERFACE_ID = shape('eni');
/** Instance types are FAMILY.SIZE: S5.MEDIUM4, SA2.2XLARGE16; a family may end in lower case (HCCPNV4ane, 35344). */
export const INSTANCE_TYPE = /^[A-Z][A-Za-z0-9]*\.[A-Z0-9]+$/;
export const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

export function assertInstanceId(id: string, parameter = 'InstanceIds'): void {
  if (!INSTANCE_ID.test(id)) {
    throw new CloudError('InvalidInstanceId.Malformed', `The instance ID \`${id}\` in \`${parameter}\` is malformed: expected ins- followed by 8 lower-case letters or digits.`);
  }
}

export function assertPattern(pattern: RegExp, code: string, what: string) {
  return (value: string, name: string) => {
    if (!pattern.test(value)) throw new CloudError(code, `The value \`${value}\` of filter \`${name}\` is not a valid ${what}.`);
  };
}

export const assertIpv4 = assertPattern(IPV4, 'InvalidParameterValue.IPAddressMalformed', 'IPv4 address');
export const assertUuid = assertPattern(UUID, 'InvalidParameterValue.UuidMalformed', 'UUID');
export const assertDateTime = assertPattern(DATE_TIME, 'InvalidParameterValue.InvalidTimeFormat', 'time (YYYY-MM-DD hh:mm:ss)');
