import { DEFAULT_CREDENTIAL } from '@cvm/emulator';
import { signTc3 } from '@cvm/shared/tc3';
import type { Shot } from './closed-loop.ts';

// A CVM API 3.0 request to the emulator as an SDK sends it: the body, and headers with a fresh TC3 signature (the
// timestamp of now), made for every request.

export function signedShot(host: string, action: string, params: object, region = 'ap-guangzhou'): Shot {
  const body = JSON.stringify(params);
  const headers = signTc3(
    { secretId: DEFAULT_CREDENTIAL.secretId, secretKey: DEFAULT_CREDENTIAL.secretKey },
    { service: 'cvm', host, action, version: '2017-03-12', region, timestamp: Math.floor(Date.now() / 1000), payload: body },
  );
  // node:http sends the Host it was given (host:port), which is the value signed.
  delete headers.Host;
  return { path: '/', headers, body };
}
