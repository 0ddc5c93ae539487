import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { ManualClock } from '@cvm/server';
import { type ConsoleClient, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';
import { signedCall } from '../support/signed-call.ts';

// What the console does with an answer on its way to the browser: passes the cloud's bytes on (parsing only what it
// reads), sends them over kept-alive connections, without an ETag; and resolves a session from memory without a write.

async function consoleOn(endpoint: string, credentials: { secretId: string; secretKey: string }, env: Record<string, string> = {}) {
  const running = await startTestConsole({ TENCENTCLOUD_SECRET_ID: credentials.secretId, TENCENTCLOUD_SECRET_KEY: credentials.secretKey, TENCENTCLOUD_ENDPOINT: endpoint, ...env });
  const admin = await setupAdmin(running);
  admin.account = 'environment';
  return { running, admin };
}

const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, RequestId: '-' });

describe('a read passed on as the cloud sent it', () => {
  let cloud: RunningEmulator;
  let running: TestConsole;
  let admin: ConsoleClient;
  beforeAll(async () => {
    cloud = await startEmulator({ rateLimits: false, bulkInstances: 50 });
    ({ running, admin } = await consoleOn(cloud.url, cloud.credentials[0]!));
  });
  afterAll(async () => {
    await running.close();
    await cloud.close();
  });

  it('answers the same JSON, byte for byte, as when it parsed and wrote it again, and the same the cloud gave', async () => {
    const reads: [string, object, Record<string, string>?][] = [
      ['DescribeInstances', { Limit: 20 }],
      ['DescribeInstances', { Limit: 5, Offset: 10, Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }] }],
      ['DescribeZones', {}, { 'Accept-Language': 'zh-CN' }],
      ['DescribeRegions', {}],
    ];
    for (const [action, params, headers] of reads) {
      const answer = await admin.call('cvm', action, params, headers);
      expect(answer.status).toBe(200);
      // What res.json(JSON.parse(...)) wrote before: the same bytes.
      expect(answer.text).toBe(JSON.stringify(JSON.parse(answer.text)));
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('etag')).toBeNull();
      expect(answer.json.RequestId).toMatch(/./);
      const direct = await signedCall(cloud.url, action, params, { ...cloud.credentials[0]!, language: headers ? 'zh-CN' : undefined });
      expect(withoutRequestId(answer.json)).toEqual(withoutRequestId(direct.Response));
    }
  });

  it('still splits a batched read by ID, each caller its own instances', async () => {
    const { json: page } = await admin.call('cvm', 'DescribeInstances', { Limit: 6 });
    const ids = page.InstanceSet.map((i: { InstanceId: string }) => i.InstanceId) as string[];
    const asks = [ids.slice(0, 2), ids.slice(2, 3), ids.slice(3, 6)];
    const answers = await Promise.all(asks.map((mine) => admin.call('cvm', 'DescribeInstances', { InstanceIds: mine })));
    for (const [n, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      expect(answer.json.TotalCount).toBe(asks[n]!.length);
      expect(answer.json.InstanceSet.map((i: { InstanceId: string }) => i.InstanceId)).toEqual(asks[n]);
      expect(answer.text).toBe(JSON.stringify(JSON.parse(answer.text)));
    }
  });

  it('sends no ETag on API answers of any kind', async () => {
    const answers = [
      await admin.request('GET', '/api/console/session'),
      await admin.call('cvm', 'DescribeInstances', { InstanceIds: ['ins-00000000'] }),
      await admin.call('cvm', 'NoSuchAction', {}),
    ];
    for (const answer of answers) expect(answer.headers.get('etag')).toBeNull();
  });
});

/** A stand-in cloud answering each action with a body of the test's choosing, counting connections and requests. */
class ScriptedCloud {
  server: Server;
  url = '';
  connections = 0;
  requests: string[] = [];
  /** The next request that comes on a connection already used is met by closing it, unanswered. */
  closeReusedOnce = false;
  answers = new Map<string, string>();
  private used = new WeakSet<Socket>();

  constructor() {
    this.server = createServer((req, res) => this.answer(req, res));
    this.server.on('connection', () => this.connections++);
    this.server.keepAliveTimeout = 60_000;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const action = String(req.headers['x-tc-action']);
    this.requests.push(action);
    if (this.used.has(req.socket) && this.closeReusedOnce) {
      this.closeReusedOnce = false;
      req.socket.destroy();
      return;
    }
    this.used.add(req.socket);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(this.answers.get(action) ?? `{"Response":{"RequestId":"req-${action}"}}`);
    });
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

describe('reading only what the console needs from an answer', () => {
  const cloud = new ScriptedCloud();
  let running: TestConsole;
  let admin: ConsoleClient;
  beforeAll(async () => {
    await cloud.start();
    ({ running, admin } = await consoleOn(cloud.url, { secretId: 'AKIDSCRIPTED', secretKey: 'scripted-secret' }));
  });
  afterAll(async () => {
    await running.close();
    cloud.close();
  });

  it('finds the Response wherever the envelope puts it, and an Error only at its top', async () => {
    const response =
      '{ "ZoneSet" : [{"Zone":"ap-guangzhou-3","ZoneName":"\\u5e7f\\u5dde\\u4e09\\u533a","Note":"a \\"quoted\\" \\u2028 word"}], "TotalCount":1.0e0, "Items":[{"Error":{"Code":"NotMine"}}], "RequestId":"req-zones" }';
    cloud.answers.set('DescribeZones', `{"Meta":{"Response":1},\n "Response":${response}}`);
    const { status, json } = await admin.call('cvm', 'DescribeZones', {});
    expect(status).toBe(200);
    expect(json).toEqual(JSON.parse(response));
    expect(json.ZoneSet[0].ZoneName).toBe('广州三区');
  });

  it("turns an error envelope into {code, message, requestId} with the cloud's Code and RequestId", async () => {
    cloud.answers.set(
      'DescribeInstances',
      '{"Response":{"RequestId":"req-missing","Error":{"Code":"InvalidInstanceId.NotFound","Message":"The instance ins-12345678 does not exist."}}}',
    );
    const { status, json } = await admin.call('cvm', 'DescribeInstances', { InstanceIds: ['ins-12345678'] });
    expect(status).toBe(404);
    expect(json).toEqual({ code: 'InvalidInstanceId.NotFound', message: 'The instance ins-12345678 does not exist.', requestId: 'req-missing' });
  });

  it('answers 502 CloudBadResponse for a broken read, and "may have happened" for a broken change', async () => {
    cloud.answers.set('DescribeRegions', '{"Response":{"RegionSet":[{"Region":"ap-guangzhou"}],"RequestId":"req-cut');
    const read = await admin.call('cvm', 'DescribeRegions', {});
    expect([read.status, read.json.code]).toEqual([502, 'CloudBadResponse']);
    cloud.answers.set('StopInstances', '{"Response":{"RequestId":"req-stop"');
    const change = await admin.call('cvm', 'StopInstances', { InstanceIds: ['ins-12345678'] });
    expect([change.status, change.json.code, change.json.mayHaveHappened]).toEqual([502, 'CloudBadResponse', true]);
    expect(change.json.message).toMatch(/may have carried it out/);
    cloud.answers.delete('StopInstances');
  });

  it('keeps its connection to the cloud alive between calls', async () => {
    cloud.answers.set('DescribeZones', '{"Response":{"ZoneSet":[],"TotalCount":0,"RequestId":"req-z"}}');
    await admin.call('cvm', 'DescribeZones', {});
    const before = cloud.connections;
    for (let n = 0; n < 5; n++) expect((await admin.call('cvm', 'DescribeZones', {})).status).toBe(200);
    expect(cloud.connections).toBe(before);
  });

  it('sends a read again at once when the kept connection turns out closed, and never a change into a used one', async () => {
    await admin.call('cvm', 'DescribeZones', {});
    cloud.requests.length = 0;
    cloud.closeReusedOnce = true;
    const read = await admin.call('cvm', 'DescribeZones', {});
    expect(read.status).toBe(200);
    // The first try met the closed connection; the second went on a new one.
    expect(cloud.requests).toEqual(['DescribeZones', 'DescribeZones']);

    cloud.requests.length = 0;
    cloud.closeReusedOnce = true;
    const before = cloud.connections;
    const change = await admin.call('cvm', 'StopInstances', { InstanceIds: ['ins-12345678'] });
    expect(change.status).toBe(200);
    expect(change.json.mayHaveHappened).toBeUndefined();
    expect(cloud.requests).toEqual(['StopInstances']);
    expect(cloud.connections).toBe(before + 1);
    cloud.closeReusedOnce = false;
  });
});

describe('a session resolved from memory', () => {
  const SECOND = 1000;
  const MINUTE = 60 * SECOND;
  const clock = new ManualClock();
  let running: TestConsole;
  let admin: ConsoleClient;
  beforeAll(async () => {
    running = await startTestConsole({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' }, { clock });
    admin = await setupAdmin(running);
  });
  afterAll(() => running.close());

  const lastSeen = async () => {
    const rows = await running.database.db.selectFrom('sessions').select('last_seen_at').execute();
    expect(rows).toHaveLength(1);
    return rows[0]!.last_seen_at.getTime();
  };

  it('writes last_seen_at at most once a minute, yet ends a session idle past its timeout, measured from its last request', async () => {
    const signedInAt = await lastSeen();
    // Requests from memory and reads from the database within the minute: nothing written.
    for (let n = 0; n < 5; n++) {
      clock.advance(11 * SECOND);
      expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
      expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    }
    expect(await lastSeen()).toBe(signedInAt);
    // Past the minute, the next read from the database writes it.
    clock.advance(11 * SECOND);
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    const touched = await lastSeen();
    expect(touched).toBe(clock.now());
    expect(touched - signedInAt).toBe(66 * SECOND);

    // Used 50 s after that write (not written: under a minute), then idle: the idle time counts from that request.
    clock.advance(50 * SECOND);
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    expect(await lastSeen()).toBe(touched);
    clock.advance(30 * MINUTE - 20 * SECOND);
    expect((await admin.call('cvm', 'DescribeZones')).status).toBe(200);
    clock.advance(30 * MINUTE + SECOND);
    const expired = await admin.call('cvm', 'DescribeZones');
    expect([expired.status, expired.json.code]).toEqual([401, 'NotSignedIn']);
  });
});
