import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';

// What every official-SDK test against the emulator shares: the emulator's keys, the client profile that reaches it
// over plain HTTP on loopback (not through a proxy the machine may have set), and the cloud's code of a failed call.

export const EMULATOR_CREDENTIAL = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };

/** The SDK's profile for an emulator on `port`. */
export const emulatorProfile = (port: number) => ({ httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: 'http://', reqTimeout: 10 } });

/** The SDKs send loopback traffic through http_proxy when it is set: the tests talk to the emulator directly. */
export function bypassProxies(): void {
  for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];
}

/** The cloud's error code of a call that fails, or undefined when it succeeds. */
export const codeOf = (call: Promise<unknown>): Promise<string | undefined> =>
  call.then(
    () => undefined,
    (error: { code?: string }) => error.code,
  );

/** The official CVM client, unmodified, pointed at an emulator on `port`. */
export const cvmClientOn = (port: number, region = 'ap-guangzhou') =>
  new tencentcloud.cvm.v20170312.Client({ credential: EMULATOR_CREDENTIAL, region, profile: emulatorProfile(port) });
