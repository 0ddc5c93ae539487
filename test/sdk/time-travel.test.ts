import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, cvmClientOn } from '../support/sdk-on-emulator.ts';

// The emulator's time travel (`--time-travel`), as a script beside the official SDK uses it: its clock runs in real
// time until moved forward through /_emulator/time, and what fell due in between has happened by the very next call —
// while real signatures, stamped with real time, keep working. Without the option the path is no back door.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, timeTravel: true, transitionScale: 0 });
  sdk = cvmClientOn(emulator.port);
});
afterAll(() => emulator.close());

const timeUrl = () => `${emulator.url}/_emulator/time`;
const advance = (body: unknown) => fetch(timeUrl(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('/_emulator/time', () => {
  it('runs a termination timer set for ten minutes ahead as soon as the clock is moved past it', async () => {
    const { InstanceIdSet } = await sdk.RunInstances({
      Placement: { Zone: 'ap-guangzhou-4' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.LARGE8',
      LoginSettings: { Password: 'Qcloud@TestApi123++' },
    });
    const id = InstanceIdSet![0]!;
    const before = (await (await fetch(timeUrl())).json()) as { Now: string; AheadSeconds: number };
    expect(before.AheadSeconds).toBe(0);
    // Real time: the emulator's now is this machine's now.
    expect(Math.abs(Date.parse(before.Now) - Date.now())).toBeLessThan(2_000);
    const ActionTime = `${new Date(Date.parse(before.Now) + 10 * 60_000).toISOString().slice(0, 19)}Z`;
    const { ActionTimerIds } = await sdk.ImportInstancesActionTimer({ InstanceIds: [id], ActionTimer: { TimerAction: 'TerminateInstances', ActionTime } });

    const moved = await advance({ AdvanceSeconds: 11 * 60 });
    expect(moved.status).toBe(200);
    const after = (await moved.json()) as { Now: string; AheadSeconds: number };
    expect(after.AheadSeconds).toBe(660);
    expect(Date.parse(after.Now) - Date.parse(before.Now)).toBeGreaterThanOrEqual(660_000);

    // The SDK's signature carries real time, still within five minutes of what the emulator checks it against.
    const [timer] = (await sdk.DescribeInstancesActionTimer({ ActionTimerIds })).ActionTimers!;
    expect(timer!.Status).toBe('DONE');
    const { InstanceSet } = await sdk.DescribeInstances({ InstanceIds: [id] });
    // Pay-as-you-go is released at once (transitions are instant here), so it is gone from the list.
    expect(InstanceSet).toEqual([]);
  });

  it('moves forward only, by whole seconds up to a year, and says which field is wrong', async () => {
    for (const body of [{ AdvanceSeconds: -60 }, { AdvanceSeconds: 0 }, { AdvanceSeconds: 1.5 }, { AdvanceSeconds: '60' }, { AdvanceSeconds: 400 * 86_400 }, {}]) {
      const res = await advance(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { Error: { Message: string } }).Error.Message).toContain('AdvanceSeconds');
    }
    const notJson = await fetch(timeUrl(), { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    const huge = await fetch(timeUrl(), { method: 'POST', body: 'x'.repeat(4096) });
    expect(huge.status).toBe(413);
    expect((await fetch(timeUrl(), { method: 'DELETE' })).status).toBe(405);
  });

  it('is not served unless asked for: the path is then a cloud call like any other, and refused', async () => {
    const plain = await startEmulator({ rateLimits: false });
    try {
      const res = await fetch(`${plain.url}/_emulator/time`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"AdvanceSeconds":3600}' });
      const body = (await res.json()) as { Response: { Error: { Code: string } } };
      expect(body.Response.Error.Code).toMatch(/^AuthFailure\./);
      expect(plain.timeTravel).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
