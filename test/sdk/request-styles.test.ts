import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { sts } from 'tencentcloud-sdk-nodejs/tencentcloud/services/sts/index.js';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { EMULATOR_CREDENTIAL, bypassProxies, codeOf } from '../support/sdk-on-emulator.ts';

// Every request style the reference allows (001 lines 4430–4447, 4608–4657, 6932–7150), each spoken by the official
// SDK unmodified: GET signed with v3, POST form and GET signed with v1 (HmacSHA1 and HmacSHA256), multipart signed
// with v3. The emulator must answer all of them as it answers POST JSON, and refuse in the Tencent envelope.

bypassProxies();
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

type Profile = { reqMethod?: 'GET' | 'POST'; signMethod?: 'HmacSHA1' | 'HmacSHA256' | 'TC3-HMAC-SHA256'; language?: 'zh-CN' | 'en-US' };
const client = (profile: Profile, credential: { secretId: string; secretKey: string; token?: string } = EMULATOR_CREDENTIAL) =>
  new tencentcloud.cvm.v20170312.Client({
    credential,
    region: 'ap-guangzhou',
    profile: {
      signMethod: profile.signMethod,
      language: profile.language,
      httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10, reqMethod: profile.reqMethod ?? 'POST' },
    },
  });

const STYLES: Array<[string, Profile]> = [
  ['GET signed with v3', { reqMethod: 'GET' }],
  ['POST form signed with v1 HmacSHA1', { signMethod: 'HmacSHA1' }],
  ['POST form signed with v1 HmacSHA256', { signMethod: 'HmacSHA256' }],
  ['GET signed with v1 HmacSHA1', { reqMethod: 'GET', signMethod: 'HmacSHA1' }],
  ['GET signed with v1 HmacSHA256', { reqMethod: 'GET', signMethod: 'HmacSHA256' }],
];

describe('the official SDK in every request style', () => {
  it.each(STYLES)('%s: lists instances with filters and paging, exactly as POST JSON does', async (_style, profile) => {
    const query = { Filters: [{ Name: 'instance-state', Values: ['RUNNING', 'STOPPED'] }], Offset: 1, Limit: 3 };
    const expected = await client({}).DescribeInstances(query);
    const answer = await client(profile).DescribeInstances(query);
    expect(answer.TotalCount).toBeGreaterThan(3);
    expect(answer.InstanceSet?.map((i) => i.InstanceId)).toEqual(expected.InstanceSet?.map((i) => i.InstanceId));
    expect(answer.TotalCount).toBe(expected.TotalCount);
  });

  it.each(STYLES)('%s: changes something (a nested, typed purchase) and refuses with the cloud codes', async (_style, profile) => {
    const sdk = client(profile);
    const bought = await sdk.RunInstances({
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM2',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      InternetAccessible: { PublicIpAssigned: false, InternetMaxBandwidthOut: 0 },
      InstanceCount: 2,
      InstanceName: 'styled',
      DryRun: false,
    });
    expect(bought.InstanceIdSet).toHaveLength(2);
    const seen = await sdk.DescribeInstances({ InstanceIds: bought.InstanceIdSet });
    expect(seen.InstanceSet?.map((i) => [i.InstanceName, i.SystemDisk?.DiskSize, i.InternetAccessible?.PublicIpAssigned])).toEqual([
      [expect.stringMatching(/^styled\d$/), 50, false],
      [expect.stringMatching(/^styled\d$/), 50, false],
    ]);
    // A wrong type is the schema's refusal naming the field, as for JSON; an unknown name is UnknownParameter.
    await expect(codeOf(sdk.DescribeInstances({ Limit: 'many' as unknown as number }))).resolves.toBe('InvalidParameter');
    await expect(codeOf(sdk.request('DescribeInstances', { Limitt: 1 }))).resolves.toBe('UnknownParameter');
    await expect(codeOf(sdk.DescribeInstances({ InstanceIds: ['ins-nothere1'] }))).resolves.toBe(undefined);
  });

  it('multipart/form-data signed with v3: structures travel as JSON parts', async () => {
    const sdk = client({});
    const answer = (await sdk.request('DescribeInstances', { Filters: JSON.stringify([{ Name: 'instance-state', Values: ['RUNNING'] }]), Limit: '2' }, { multipart: true })) as {
      TotalCount: number;
      InstanceSet: Array<{ InstanceState: string }>;
    };
    expect(answer.InstanceSet).toHaveLength(2);
    expect(answer.InstanceSet.every((i) => i.InstanceState === 'RUNNING')).toBe(true);
  });

  it('temporary credentials sign v1 requests with their Token, over GET and form alike', async () => {
    const stsClient = new sts.v20180813.Client({
      credential: EMULATOR_CREDENTIAL,
      region: 'ap-guangzhou',
      profile: { signMethod: 'HmacSHA256', httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://' } },
    });
    const uin = emulator.world.account.uin;
    const { Credentials } = await stsClient.AssumeRole({ RoleArn: `qcs::cam::uin/${uin}:roleName/cvm-console-readonly`, RoleSessionName: 'styles' });
    const temporary = { secretId: Credentials!.TmpSecretId!, secretKey: Credentials!.TmpSecretKey!, token: Credentials!.Token! };
    for (const profile of [{ signMethod: 'HmacSHA1' }, { reqMethod: 'GET', signMethod: 'HmacSHA256' }] as Profile[]) {
      const zones = await client(profile, temporary).DescribeZones();
      expect(zones.TotalCount).toBeGreaterThan(0);
      // The token is part of what is signed: without it the keys are not accepted.
      await expect(codeOf(client(profile, { secretId: temporary.secretId, secretKey: temporary.secretKey, token: '' }).DescribeZones())).resolves.toBe('AuthFailure.TokenFailure');
    }
  });
});

/** A v1 request built by hand, as the reference's worked example does (001 lines 6990–7080). */
function v1Url(params: Record<string, string>, options: { method?: 'GET' | 'POST'; key?: string; algorithm?: 'sha1' | 'sha256' } = {}) {
  const method = options.method ?? 'GET';
  const host = `127.0.0.1:${emulator.port}`;
  const all: Record<string, string> = {
    Action: 'DescribeZones',
    Version: '2017-03-12',
    Region: 'ap-guangzhou',
    Timestamp: String(Math.floor(Date.now() / 1000)),
    Nonce: '11886',
    SecretId: EMULATOR_CREDENTIAL.secretId,
    ...(options.algorithm === 'sha256' ? { SignatureMethod: 'HmacSHA256' } : {}),
    ...params,
  };
  const text = Object.keys(all)
    .sort()
    .map((name) => `${name}=${all[name]}`)
    .join('&');
  const signature = createHmac(options.algorithm ?? 'sha1', options.key ?? EMULATOR_CREDENTIAL.secretKey)
    .update(`${method}${host}/?${text}`)
    .digest('base64');
  return new URLSearchParams({ ...all, Signature: signature }).toString();
}

const answerOf = async (response: Response) => {
  expect(response.status).toBe(200);
  return ((await response.json()) as { Response: { Error?: { Code: string; Message: string }; RequestId: string } & Record<string, unknown> }).Response;
};

describe('v1 signatures and the limits of each style', () => {
  it('answers a request signed by hand the way the reference describes', async () => {
    const answer = await answerOf(await fetch(`${emulator.url}/?${v1Url({})}`));
    expect(answer.Error).toBeUndefined();
    expect(answer.TotalCount).toBeGreaterThan(0);
    const sha256 = await answerOf(await fetch(`${emulator.url}/?${v1Url({}, { algorithm: 'sha256' })}`));
    expect(sha256.Error).toBeUndefined();
  });

  it('a bad v1 signature is AuthFailure.SignatureFailure in the Tencent envelope, whichever style carried it', async () => {
    const get = await answerOf(await fetch(`${emulator.url}/?${v1Url({}, { key: 'not-the-key' })}`));
    expect(get.Error?.Code).toBe('AuthFailure.SignatureFailure');
    expect(get.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    const form = await answerOf(
      await fetch(emulator.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: v1Url({}, { method: 'POST', algorithm: 'sha256', key: 'not-the-key' }),
      }),
    );
    expect(form.Error?.Code).toBe('AuthFailure.SignatureFailure');
    // Signed for POST, sent as GET: the method is part of what is signed.
    const moved = await answerOf(await fetch(`${emulator.url}/?${v1Url({}, { method: 'POST' })}`));
    expect(moved.Error?.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses stale, unknown and incomplete v1 requests with the documented codes', async () => {
    const stale = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Timestamp: String(Math.floor(Date.now() / 1000) - 3600) })}`));
    expect(stale.Error?.Code).toBe('AuthFailure.SignatureExpire');
    const unknown = await answerOf(await fetch(`${emulator.url}/?${v1Url({ SecretId: 'AKIDnobody' })}`));
    expect(unknown.Error?.Code).toBe('AuthFailure.SecretIdNotFound');
    const unsigned = await answerOf(await fetch(`${emulator.url}/?Action=DescribeZones&Version=2017-03-12&Region=ap-guangzhou`));
    expect([unsigned.Error?.Code, unsigned.Error?.Message]).toEqual(['MissingParameter', expect.stringContaining('Signature')]);
    const twice = await answerOf(await fetch(`${emulator.url}/?${v1Url({})}&Nonce=2`));
    expect([twice.Error?.Code, twice.Error?.Message]).toEqual(['InvalidParameter', expect.stringContaining('Nonce')]);
  });

  it('a request that fits no style gets the Tencent envelope, not another cloud’s', async () => {
    const put = await answerOf(await fetch(emulator.url, { method: 'PUT', body: '{}' }));
    expect(put.Error?.Code).toBe('UnsupportedProtocol');
    const text = await answerOf(await fetch(emulator.url, { method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: 'TC3-HMAC-SHA256 x' }, body: 'hi' }));
    expect(text.Error?.Code).toBe('UnsupportedProtocol');
    const bare = await answerOf(await fetch(emulator.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    expect(bare.Error?.Code).toBe('AuthFailure.InvalidAuthorization');
  });

  it('each style has its own size limit: GET 32 KB, v1 POST 1 MB', async () => {
    const long = 'x'.repeat(33 * 1024);
    const get = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Padding: long })}`));
    expect(get.Error?.Code).toBe('RequestSizeLimitExceeded');
    const big = await answerOf(
      await fetch(emulator.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: v1Url({ Padding: 'x'.repeat(1024 * 1024) }, { method: 'POST' }),
      }),
    );
    expect(big.Error?.Code).toBe('RequestSizeLimitExceeded');
    // Under the limit the same padding is just an unknown parameter of the action.
    const small = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Padding: 'x' })}`));
    expect([small.Error?.Code, small.Error?.Message]).toEqual(['UnknownParameter', expect.stringContaining('Padding')]);
  });

  it('answers a body far past 10 MB, and a URL past what the server reads, in the Tencent envelope', async () => {
    // 48 MB: answered once the first 10 MB are in, not cut off, and the connection is still good for the next request.
    const huge = await answerOf(
      await fetch(emulator.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'TC3-HMAC-SHA256 x' },
        body: Buffer.alloc(48 * 1024 * 1024, 0x20),
      }),
    );
    expect(huge.Error?.Code).toBe('RequestSizeLimitExceeded');
    expect((await answerOf(await fetch(`${emulator.url}/?${v1Url({})}`))).Error).toBeUndefined();
    // Past the 64 KB of request line and headers the server reads, Node itself refuses it: still the envelope.
    const long = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Padding: 'x'.repeat(100 * 1024) })}`));
    expect([long.Error?.Code, long.RequestId]).toEqual(['RequestSizeLimitExceeded', expect.stringMatching(/^[0-9a-f-]{36}$/)]);
  });

  it('flat names are checked: gaps in a list and hostile names are refused naming the parameter', async () => {
    const gap = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Action: 'DescribeInstances', 'InstanceIds.1': 'ins-aaaaaaaa' })}`));
    expect([gap.Error?.Code, gap.Error?.Message]).toEqual(['InvalidParameter', expect.stringContaining('InstanceIds.0')]);
    const proto = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Action: 'DescribeInstances', '__proto__.Limit': '1' })}`));
    expect(proto.Error?.Code).toBe('UnknownParameter');
    const deep = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Action: 'DescribeInstances', [`${'a.'.repeat(40)}b`]: '1' })}`));
    expect(deep.Error?.Code).toBe('InvalidParameter');
    const nul = await answerOf(await fetch(`${emulator.url}/?${v1Url({ Action: 'DescribeInstances', 'InstanceIds.0': 'ins-\u0000' })}`));
    expect(nul.Error?.Code).toBe('InvalidParameterValue');
  });
});

describe('messages in the language asked for', () => {
  it('answers zh-CN with the reference’s words for the code, and names the parameter in Chinese', async () => {
    const zh = client({ language: 'zh-CN' });
    const malformed = await zh.DescribeInstances({ InstanceIds: ['ins-1122'] }).catch((error: { code: string; message: string }) => error);
    // 001 line 39761: InvalidInstanceId.Malformed 无效实例ID。指定的实例ID格式错误。…
    expect(malformed).toMatchObject({ code: 'InvalidInstanceId.Malformed', message: expect.stringMatching(/^无效实例ID/) });
    const unknown = await zh.request('DescribeInstances', { Limitt: 1 }).catch((error: { message: string }) => error);
    expect(unknown).toMatchObject({ message: expect.stringContaining('未知参数 `Limitt`') });
    const english = await client({})
      .DescribeInstances({ InstanceIds: ['ins-1122'] })
      .catch((error: { message: string }) => error);
    expect(english).toMatchObject({ message: expect.not.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('v1 asks with the Language parameter; a code from another service answers its family’s words', async () => {
    const v1 = client({ signMethod: 'HmacSHA256', language: 'zh-CN' });
    await expect(v1.DescribeZones().then(() => 'ok')).resolves.toBe('ok');
    const vpc = new (await import('tencentcloud-sdk-nodejs/tencentcloud/services/vpc/index.js')).vpc.v20170312.Client({
      credential: EMULATOR_CREDENTIAL,
      region: 'ap-guangzhou',
      profile: { language: 'zh-CN', httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://' } },
    });
    const refused = await vpc.DeleteNetworkInterface({ NetworkInterfaceId: 'eni-nothere1' }).catch((error: { code: string; message: string }) => error);
    expect(refused).toMatchObject({ code: expect.stringMatching(/^ResourceNotFound/), message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });
});
