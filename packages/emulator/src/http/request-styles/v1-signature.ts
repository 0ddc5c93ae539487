import { createHmac } from 'node:crypto';
import { CloudError } from '../cloud-error.ts';
import { MAX_SKEW_SECONDS, hostCandidates, signaturesEqual, type CredentialLookup } from '../authenticate.ts';

// Signature v1 (reference 001 lines 6932–7150): every parameter but Signature, sorted by name in ASCII order, written
// `name=value` with the raw (decoded) values and joined with `&`; the text signed is METHOD + host + path + `?` + that
// string; HMAC-SHA256 when SignatureMethod is HmacSHA256, HMAC-SHA1 otherwise; Base64. The common parameters are in the
// request string itself (lines 4608–4657), Token included for temporary credentials.

/** The v1 common parameters: they travel with the action's own and are taken out before the action sees them. */
export const V1_COMMON_PARAMS = new Set(['Action', 'Region', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'Version', 'SignatureMethod', 'Token', 'Language', 'RequestClient']);

export interface V1SignedRequest {
  method: string;
  /** As sent; tried with and without its port, as for TC3 (official SDKs sign the endpoint they were given). */
  host: string;
  path: string;
  params: ReadonlyArray<readonly [string, string]>;
}

const required = (params: ReadonlyMap<string, string>, name: string): string => {
  const value = params.get(name);
  if (value === undefined || value === '') throw new CloudError('MissingParameter', `The request is missing a required parameter \`${name}\`.`);
  return value;
};

export function authenticateV1(request: V1SignedRequest, findCredential: CredentialLookup, nowSeconds: number): { secretId: string } {
  const params = new Map(request.params);
  const signature = required(params, 'Signature');
  const secretId = required(params, 'SecretId');
  const rawTimestamp = required(params, 'Timestamp');
  const nonce = required(params, 'Nonce');
  if (!/^\d+$/.test(rawTimestamp)) throw new CloudError('InvalidParameter', 'The parameter `Timestamp` must be an integer number of seconds.');
  if (!/^\d+$/.test(nonce)) throw new CloudError('InvalidParameter', 'The parameter `Nonce` must be a positive integer.');
  const timestamp = Number(rawTimestamp);
  if (Math.abs(nowSeconds - timestamp) > MAX_SKEW_SECONDS) {
    throw new CloudError('AuthFailure.SignatureExpire', `The signature expired: Timestamp ${timestamp} differs from the server time ${nowSeconds} by more than 5 minutes.`);
  }
  const credential = findCredential(secretId);
  if (!credential) throw new CloudError('AuthFailure.SecretIdNotFound', 'The SecretId is not found; check that the key exists, is enabled and has no surrounding spaces.');
  const token = params.get('Token');
  if ((credential.token ?? '') !== (token ?? '')) {
    throw new CloudError(
      'AuthFailure.TokenFailure',
      credential.token ? 'The Token is missing or does not match the temporary credentials.' : 'A Token was sent with permanent credentials.',
    );
  }
  const algorithm = params.get('SignatureMethod') === 'HmacSHA256' ? 'sha256' : 'sha1';
  const query = request.params
    .filter(([name]) => name !== 'Signature')
    // ASCII order of the names (line 7000: InstanceIds.2 after InstanceIds.12), compared as names: a name may hold `=`.
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  for (const host of hostCandidates(request.host)) {
    const expected = createHmac(algorithm, credential.secretKey).update(`${request.method}${host}${request.path}?${query}`, 'utf8').digest('base64');
    if (signaturesEqual(expected, signature)) return { secretId: credential.secretId };
  }
  throw new CloudError('AuthFailure.SignatureFailure', 'The provided credentials could not be validated. Please check your signature is correct.');
}
