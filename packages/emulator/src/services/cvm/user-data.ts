import { CloudError } from '../../http/cloud-error.ts';

// UserData (RunInstances, ModifyInstancesAttribute, ResetInstance): base64, at most 16 KB once decoded.

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAX_USER_DATA_BYTES = 16 * 1024;

export function checkUserData(userData: string | undefined): void {
  if (userData === undefined) return;
  if (!BASE64.test(userData)) throw new CloudError('InvalidParameterValue.InvalidUserDataFormat', '`UserData` must be base64-encoded.');
  if (Buffer.from(userData, 'base64').length > MAX_USER_DATA_BYTES) {
    throw new CloudError('InvalidParameterValue.InvalidUserDataFormat', `\`UserData\` decodes to more than ${MAX_USER_DATA_BYTES / 1024} KB.`);
  }
}
