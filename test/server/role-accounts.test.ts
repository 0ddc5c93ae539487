import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@cvm/server';
import type { CloudAccount } from '@cvm/shared';
import { ADMIN, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';

// A cloud account that is a CAM role, through the console on its embedded emulator: no key is stored; the console's
// own keys ask STS AssumeRole for temporary ones, which sign the account's calls with their token, are reused while
// they last, renewed shortly before they end, and a role the cloud will not give is refused with the cloud's code.
// The console's clock (a ManualClock) and the emulator's (its time travel) are moved together.

const clock = new ManualClock();
let running: TestConsole;
let admin: ConsoleClient;
const UIN = '100012345678';

beforeAll(async () => {
  running = await startTestConsole({ EMULATOR_TIME_TRAVEL: 'true' }, { clock });
  admin = await setupAdmin(running);
});
afterAll(() => running.close());

const assumeRoleCalls = () => running.emulator!.stats.calls.get('sts.AssumeRole') ?? 0;
/** Moves both clocks: the console's (when keys are renewed) and the emulator's (when they stop working). */
async function advance(seconds: number): Promise<void> {
  clock.advance(seconds * 1000);
  const moved = await fetch(`${running.emulator!.url}/_emulator/time`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ AdvanceSeconds: seconds }),
  });
  expect(moved.status).toBe(200);
}

describe('a role account', () => {
  let account: CloudAccount;
  // A read of its own each time: identical list pages are shared for a second, and would not reach the account's keys.
  let page = 0;
  const list = () => admin.call('cvm', 'DescribeInstances', { Limit: 2, Offset: page++ }, { 'X-Account': account.id });

  it('is saved with no key after the console has assumed the role once, and lists instances with its temporary keys', async () => {
    const before = assumeRoleCalls();
    const created = await admin.request('POST', '/api/console/accounts', {
      name: 'Operators role',
      roleArn: `qcs::cam::uin/${UIN}:roleName/cvm-console-operator`,
      roleSessionName: 'cvm-console-test',
      durationSeconds: 900,
      defaultRegion: 'ap-guangzhou',
    });
    expect(created.status, created.text).toBe(201);
    account = created.json.account as CloudAccount;
    expect(account).toMatchObject({
      secretIdLast4: '',
      hasToken: false,
      role: { arn: `qcs::cam::uin/${UIN}:roleName/cvm-console-operator`, sessionName: 'cvm-console-test', durationSeconds: 900 },
    });
    // The test before saving assumed it.
    expect(assumeRoleCalls()).toBe(before + 1);
    const row = await running.database.db.selectFrom('cloud_accounts').selectAll().where('id', '=', account.id).executeTakeFirstOrThrow();
    expect([row.secret_id, row.secret_key_enc, row.token_enc]).toEqual([null, null, null]);

    const first = await list();
    expect(first.status, first.text).toBe(200);
    expect((first.json.InstanceSet as unknown[]).length).toBeGreaterThan(0);
    const identity = await admin.call('sts', 'GetCallerIdentity', {}, { 'X-Account': account.id });
    expect(identity.json).toMatchObject({ Type: 'CAMRole', UserId: '4611686018427397919:cvm-console-test' });
  });

  it('reuses its keys while they last and asks for new ones shortly before they end', async () => {
    const calls = assumeRoleCalls();
    await advance(300);
    expect((await list()).status).toBe(200);
    expect(assumeRoleCalls()).toBe(calls);
    // 900 s keys, renewed a fifth of their life (180 s) before they end: at 12 minutes, new ones.
    await advance(450);
    expect((await list()).status).toBe(200);
    expect(assumeRoleCalls()).toBe(calls + 1);
    // Long past any keys' end: asked again, and the call still succeeds (the admin signs in again: an hour idle).
    await advance(3600);
    expect((await admin.signIn(ADMIN.username, ADMIN.password)).status).toBe(200);
    expect((await list()).status).toBe(200);
    expect(assumeRoleCalls()).toBe(calls + 2);
  });

  it("is refused with the cloud's code when the role cannot be assumed", async () => {
    const refused = await admin.request('POST', '/api/console/accounts', {
      name: 'No such role',
      roleArn: `qcs::cam::uin/${UIN}:roleName/does-not-exist`,
      defaultRegion: 'ap-guangzhou',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('ResourceNotFound.RoleNotFound');
    const mixed = await admin.request('POST', '/api/console/accounts', {
      name: 'Both',
      roleArn: `qcs::cam::uin/${UIN}:roleName/cvm-console-operator`,
      secretId: 'AKIDEMULATOR',
      defaultRegion: 'ap-guangzhou',
    });
    expect([mixed.status, mixed.json.field]).toEqual([400, 'secretId']);
    const keysToRole = await admin.request('PATCH', `/api/console/accounts/${account.id}`, { secretKey: 'emulator-secret' });
    expect([keysToRole.status, keysToRole.json.code]).toEqual([400, 'RoleAccountHasNoKeys']);
  });

  it('is never relayed AssumeRole itself: its answer holds keys', async () => {
    const relayed = await admin.call('sts', 'AssumeRole', { RoleArn: `qcs::cam::uin/${UIN}:roleName/cvm-console-operator`, RoleSessionName: 'sneaky' });
    expect([relayed.status, relayed.json.code]).toEqual([403, 'ServerOnlyAction']);
    expect(relayed.text).not.toContain('TmpSecretKey');
  });
});
