import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvm } from '@cvm/shared';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { ADMIN, ConsoleClient, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';

// Many people share one key: the console keeps its calls inside the cloud's documented limits (per account, region and
// action), asks identical reads once, merges ID-list reads, and a change whose answer was lost says it may have happened.

const rateLimited = (cloud: RunningEmulator) => [...cloud.stats.errors.keys()].filter((key) => /RequestLimitExceeded/.test(key));

async function consoleOn(cloud: RunningEmulator | { url: string; credentials: RunningEmulator['credentials'] }, env: Record<string, string> = {}) {
  const running = await startTestConsole({
    TENCENTCLOUD_SECRET_ID: cloud.credentials[0]!.secretId,
    TENCENTCLOUD_SECRET_KEY: cloud.credentials[0]!.secretKey,
    TENCENTCLOUD_ENDPOINT: cloud.url,
    ...env,
  });
  const admin = await setupAdmin(running);
  admin.account = 'environment';
  return { running, admin };
}

/** One person's sessions in several tabs and browsers, signed in one after another (a burst would be throttled). */
async function sessions(running: TestConsole, count: number): Promise<ConsoleClient[]> {
  const clients: ConsoleClient[] = [];
  for (let n = 0; n < count; n++) {
    const client = new ConsoleClient(running.url);
    client.account = 'environment';
    if ((await client.signIn(ADMIN.username, ADMIN.password)).status !== 200) throw new Error('sign-in failed');
    clients.push(client);
  }
  return clients;
}

describe('a team sharing one cloud account', () => {
  let cloud: RunningEmulator;
  let running: TestConsole;
  let admin: ConsoleClient;
  let team: ConsoleClient[];
  let ids: string[];

  beforeAll(async () => {
    cloud = await startEmulator({ bulkInstances: 300 });
    ({ running, admin } = await consoleOn(cloud, { CLOUD_MAX_WAIT_MS: '8000', SIGNIN_ADDRESS_THRESHOLD: '1000' }));
    team = await sessions(running, 20);
    const { json } = await admin.call('cvm', 'DescribeInstances', { Limit: 100 });
    ids = json.InstanceSet.map((i: { InstanceId: string }) => i.InstanceId);
  });
  afterAll(async () => {
    await running.close();
    await cloud.close();
  });

  it("merges 200 concurrent status reads of everyone's own instances into a few calls, each answer exactly its own", async () => {
    cloud.stats.reset();
    const asks = Array.from({ length: 200 }, (_, n) => ({ client: team[n % team.length]!, mine: [ids[(n * 2) % ids.length]!, ids[(n * 2 + 1) % ids.length]!, 'ins-00000000'] }));
    const answers = await Promise.all(asks.map(({ client, mine }) => client.call('cvm', 'DescribeInstancesStatus', { InstanceIds: mine })));
    for (const [n, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      expect(answer.json.InstanceStatusSet.map((s: { InstanceId: string }) => s.InstanceId).sort()).toEqual(asks[n]!.mine.slice(0, 2).sort());
      expect(answer.json.TotalCount).toBe(2);
      expect(answer.json.RequestId).toBeTruthy();
    }
    const upstream = cloud.stats.calls.get('cvm.DescribeInstancesStatus') ?? 0;
    expect(upstream).toBeGreaterThan(0);
    // The batches grow with the load: how many requests meet depends on how fast they arrive, so only the bound is exact.
    expect(upstream).toBeLessThanOrEqual(50);
    expect(rateLimited(cloud)).toEqual([]);
  });

  it("answers what a call alone would, in the cloud's order", async () => {
    const mine = [ids[5]!, ids[1]!, ids[9]!];
    const through = await team[0]!.call('cvm', 'DescribeInstancesStatus', { InstanceIds: mine });
    const { json: alone } = await admin.call('cvm', 'DescribeInstancesStatus', { InstanceIds: mine, Limit: 3 });
    expect(through.json.InstanceStatusSet).toEqual(alone.InstanceStatusSet);
  });

  it('asks identical reads in flight once, and shares a list page for a moment', async () => {
    cloud.stats.reset();
    const answers = await Promise.all(team.flatMap((client) => [client.call('cvm', 'DescribeZones'), client.call('cvm', 'DescribeZones')]));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(cloud.stats.calls.get('cvm.DescribeZones')).toBe(1);
    for (const client of team) expect((await client.call('cvm', 'DescribeInstances', { Limit: 20 })).status).toBe(200);
    expect(cloud.stats.calls.get('cvm.DescribeInstances')).toBeLessThanOrEqual(2);
  });

  it('keeps 150 different list pages within the documented 40 a second, with no refusal from the cloud', async () => {
    cloud.stats.reset();
    const answers = await Promise.all(Array.from({ length: 150 }, (_, n) => team[n % team.length]!.call('cvm', 'DescribeInstances', { Offset: n, Limit: 1 })));
    expect(
      answers
        .filter((a) => a.status !== 200)
        .map((a) => a.text)
        .slice(0, 2),
    ).toEqual([]);
    expect(Object.fromEntries(cloud.stats.errors)).toEqual({});
    expect(cloud.stats.calls.get('cvm.DescribeInstances')).toBe(150);
    expect(cloud.stats.peakPerSecond.get('cvm.DescribeInstances')).toBeLessThanOrEqual(cvm.DescribeInstances.rateLimit.perSecond);
    expect(rateLimited(cloud)).toEqual([]);
  });

  it('reads a change at once: a change forgets the shared list pages of its account and region', async () => {
    const { json: running } = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 1 });
    const id = running.InstanceSet[0].InstanceId as string;
    const page = { Filters: [{ Name: 'instance-id', Values: [id] }] };
    const before = await admin.call('cvm', 'DescribeInstances', page);
    const renamed = await admin.call('cvm', 'ModifyInstancesAttribute', { InstanceIds: [id], InstanceName: `renamed-${Date.now()}` });
    expect(renamed.json).toMatchObject({ RequestId: expect.any(String) });
    const after = await admin.call('cvm', 'DescribeInstances', page);
    expect(after.json.InstanceSet[0].InstanceName).not.toBe(before.json.InstanceSet[0].InstanceName);
  });

  it('asks a price quote once for the whole team, keeps it across changes, and says how old it is', async () => {
    cloud.stats.reset();
    const quote = { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.LARGE8', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 70 } };
    const first = await Promise.all(team.slice(0, 5).map((client) => client.call('cvm', 'InquiryPriceRunInstances', quote)));
    expect(first.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(first[0]!.headers.get('age')).toBeNull();
    // A change in the account (a rename) does not make a price stale.
    const { json: page } = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 1 });
    expect((await admin.call('cvm', 'ModifyInstancesAttribute', { InstanceIds: [page.InstanceSet[0].InstanceId], InstanceName: `quoted-${Date.now()}` })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const later = await team[7]!.call('cvm', 'InquiryPriceRunInstances', quote);
    expect(later.json.Price).toEqual(first[0]!.json.Price);
    expect(Number(later.headers.get('age'))).toBeGreaterThanOrEqual(1);
    expect(cloud.stats.calls.get('cvm.InquiryPriceRunInstances')).toBe(1);
    // Another configuration is another quote.
    await admin.call('cvm', 'InquiryPriceRunInstances', { ...quote, SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 80 } });
    expect(cloud.stats.calls.get('cvm.InquiryPriceRunInstances')).toBe(2);
  });
});

describe('more calls than the limit allows in the longest wait', () => {
  let cloud: RunningEmulator;
  let running: TestConsole;
  let admin: ConsoleClient;

  beforeAll(async () => {
    cloud = await startEmulator();
    ({ running, admin } = await consoleOn(cloud, { CLOUD_MAX_WAIT_MS: '1000' }));
  });
  afterAll(async () => {
    await running.close();
    await cloud.close();
  });

  it('answers the excess 429 ConsoleBusy with Retry-After, and the cloud never refuses the console', async () => {
    cloud.stats.reset();
    const answers = await Promise.all(Array.from({ length: 60 }, (_, n) => admin.call('cvm', 'DescribeKeyPairs', { Offset: n, Limit: 1 })));
    const busy = answers.filter((a) => a.status === 429);
    // What fits in the longest wait goes through; how many depends on the limit and its headroom, not on this test.
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(cvm.DescribeKeyPairs.rateLimit.perSecond / 2);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.json).toMatchObject({ code: 'ConsoleBusy', retryAfterSeconds: expect.any(Number) });
    expect(Number(busy[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(rateLimited(cloud)).toEqual([]);
  });
});

describe('a change whose answer is lost', () => {
  let cloud: RunningEmulator;
  let gateway: Server;
  let running: TestConsole;
  let admin: ConsoleClient;

  beforeAll(async () => {
    cloud = await startEmulator({ rateLimits: false });
    // Passes every request on; for StopInstances, lets the cloud act and then drops the connection instead of answering.
    gateway = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const upstream = request(cloud.url, { method: 'POST', headers: req.headers }, (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () => {
            if (req.headers['x-tc-action'] === 'StopInstances') return res.socket?.destroy();
            res.writeHead(answer.statusCode ?? 200, { 'Content-Type': 'application/json' }).end(Buffer.concat(parts));
          });
        });
        upstream.end(Buffer.concat(chunks));
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    ({ running, admin } = await consoleOn({ url: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`, credentials: cloud.credentials }));
  });
  afterAll(async () => {
    await running.close();
    gateway.closeAllConnections();
    gateway.close();
    await cloud.close();
  });

  it('says the cloud may have done it, records the outcome as unknown, and the change did happen', async () => {
    const { json: list } = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 1 });
    const id = list.InstanceSet[0].InstanceId as string;
    const { status, json } = await admin.call('cvm', 'StopInstances', { InstanceIds: [id] });
    expect([status, json.code, json.mayHaveHappened]).toEqual([502, 'CloudAnswerLost', true]);
    expect(json.message).toMatch(/may have carried it out/);
    const { json: audit } = await admin.request('GET', `/api/console/audit?instance=${id}`);
    expect(audit.entries[0]).toMatchObject({ action: 'cvm.StopInstances', outcome: 'unknown', errorCode: 'CloudAnswerLost' });
    const { json: after } = await admin.call('cvm', 'DescribeInstances', { InstanceIds: [id] });
    expect(['STOPPING', 'STOPPED']).toContain(after.InstanceSet[0].InstanceState);
  });
});
