import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import { sts } from 'tencentcloud-sdk-nodejs/tencentcloud/services/sts/index.js';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, EMULATOR_CREDENTIAL, emulatorProfile } from '../support/sdk-on-emulator.ts';

// STS AssumeRole through the official SDK: temporary keys for one of the account's roles, which then sign CVM calls
// with their Token (the SDK sends X-TC-Token), say who they are (GetCallerIdentity: the role's session), and stop
// working once their time is up by the emulator's clock. Refusals with the codes of the SDKs' sts errors list.

bypassProxies();

const clock = new ManualClock();
let emulator: RunningEmulator;
let client: InstanceType<typeof sts.v20180813.Client>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0, clock });
  client = new sts.v20180813.Client({ credential: EMULATOR_CREDENTIAL, region: 'ap-guangzhou', profile: emulatorProfile(emulator.port) });
});
afterAll(() => emulator.close());

const uin = () => emulator.world.account.uin;

describe('sts AssumeRole', () => {
  it('gives keys that sign CVM calls as the role until they expire, then AuthFailure.TokenFailure', async () => {
    const answer = await client.AssumeRole({ RoleArn: `qcs::cam::uin/${uin()}:roleName/cvm-console-operator`, RoleSessionName: 'console-replica-1', DurationSeconds: 900 });
    const { TmpSecretId, TmpSecretKey, Token } = answer.Credentials!;
    expect(TmpSecretId).toMatch(/^AKID/);
    expect(answer.ExpiredTime).toBe(Math.floor(clock.now() / 1000) + 900);
    expect(Date.parse(answer.Expiration!)).toBe(answer.ExpiredTime! * 1000);

    const asRole = { secretId: TmpSecretId!, secretKey: TmpSecretKey!, token: Token! };
    const cvm = new tencentcloud.cvm.v20170312.Client({ credential: asRole, region: 'ap-guangzhou', profile: emulatorProfile(emulator.port) });
    expect((await cvm.DescribeInstances({ Limit: 1 })).InstanceSet).toHaveLength(1);
    const roleClient = new sts.v20180813.Client({ credential: asRole, region: 'ap-guangzhou', profile: emulatorProfile(emulator.port) });
    const identity = await roleClient.GetCallerIdentity();
    expect(identity).toMatchObject({
      Type: 'CAMRole',
      AccountId: uin(),
      UserId: '4611686018427397919:console-replica-1',
      Arn: `qcs::sts:${uin()}:assumed-role/4611686018427397919/console-replica-1`,
    });
    // Without the token, or with another, the keys are refused.
    const tokenless = new tencentcloud.cvm.v20170312.Client({
      credential: { secretId: TmpSecretId!, secretKey: TmpSecretKey! },
      region: 'ap-guangzhou',
      profile: emulatorProfile(emulator.port),
    });
    expect(await codeOf(tokenless.DescribeInstances({ Limit: 1 }))).toBe('AuthFailure.TokenFailure');

    clock.advance(900_000);
    expect(await codeOf(cvm.DescribeInstances({ Limit: 1 }))).toBe('AuthFailure.TokenFailure');
  });

  it('takes a role by ID too, for the default two hours', async () => {
    const before = Math.floor(clock.now() / 1000);
    const answer = await client.AssumeRole({ RoleArn: `qcs::cam::uin/${uin()}:role/4611686018427397920`, RoleSessionName: 'ro' });
    expect(answer.ExpiredTime).toBe(before + 7200);
  });

  it('refuses with the codes the SDKs list', async () => {
    const arn = `qcs::cam::uin/${uin()}:roleName/cvm-console-operator`;
    expect(await codeOf(client.AssumeRole({ RoleArn: `qcs::cam::uin/${uin()}:roleName/no-such-role`, RoleSessionName: 'x1' }))).toBe('ResourceNotFound.RoleNotFound');
    expect(await codeOf(client.AssumeRole({ RoleArn: 'qcs::cam::uin/999:roleName/cvm-console-operator', RoleSessionName: 'x1' }))).toBe('InvalidParameter.AccountNotAvaliable');
    expect(await codeOf(client.AssumeRole({ RoleArn: 'arn:aws:iam::1:role/x', RoleSessionName: 'x1' }))).toBe('InvalidParameter.ParamError');
    expect(await codeOf(client.AssumeRole({ RoleArn: arn, RoleSessionName: 'x' }))).toBe('InvalidParameter.ParamError');
    expect(await codeOf(client.AssumeRole({ RoleArn: arn, RoleSessionName: 'has space' }))).toBe('InvalidParameter.ParamError');
    expect(await codeOf(client.AssumeRole({ RoleArn: arn, RoleSessionName: 'x1', DurationSeconds: 43_201 }))).toBe('InvalidParameter.OverTimeError');
  });
});
