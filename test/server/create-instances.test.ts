import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { createUser, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';
import { purchase } from '../support/purchase.ts';

// Buying through the console: the operator's RunInstances reaches the cloud once per purchase even when the answer is
// lost and the console retries, the audit log names what was created, and secrets in the request never reach it.

describe('RunInstances through the console', () => {
  let running: TestConsole;
  let admin: ConsoleClient;
  let operator: ConsoleClient;

  beforeAll(async () => {
    running = await startTestConsole();
    admin = await setupAdmin(running);
    operator = await createUser(admin, 'oscar', 'operator');
  });
  afterAll(() => running.close());

  it('creates, and audits the purchase with its RequestId, the instances it made, the ClientToken, and no password', async () => {
    const password = 'Sup3r-Secret-Pass';
    const { status, json } = await operator.call(
      'cvm',
      'RunInstances',
      purchase({ InstanceCount: 2, InstanceName: 'audited-{R:1}', ClientToken: 'audit-token-1', LoginSettings: { Password: password } }),
    );
    expect(status).toBe(200);
    const ids = json.InstanceIdSet as string[];
    expect(ids).toHaveLength(2);
    const audit = await admin.request('GET', '/api/console/audit?action=cvm.RunInstances&outcome=success');
    const entry = audit.json.entries[0];
    expect(entry).toMatchObject({ action: 'cvm.RunInstances', outcome: 'success', requestId: json.RequestId, actorName: 'oscar' });
    expect(entry.targets).toEqual(expect.arrayContaining(ids));
    expect(entry.params.ClientToken).toBe('audit-token-1');
    expect(JSON.stringify(audit.json)).not.toContain(password);
  });

  it('answers a refusal with the cloud code, the field-naming message and a RequestId, and audits it', async () => {
    const { status, json } = await operator.call('cvm', 'RunInstances', purchase({ LoginSettings: { Password: 'password' } }));
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidPassword' });
    expect(json.message).toContain('LoginSettings.Password');
    expect(json.requestId).toBeTruthy();
    const audit = await admin.request('GET', '/api/console/audit?action=cvm.RunInstances&outcome=failure');
    expect(audit.json.entries[0]).toMatchObject({ errorCode: 'InvalidPassword', requestId: json.requestId });
  });

  it('audits a passed dry run as a success that created nothing', async () => {
    const { status, json } = await operator.call('cvm', 'RunInstances', purchase({ DryRun: true, InstanceName: 'dry-only' }));
    expect(status).toBe(409);
    expect(json.code).toBe('DryRunOperation');
    const audit = await admin.request('GET', '/api/console/audit?action=cvm.RunInstances');
    expect(audit.json.entries[0]).toMatchObject({ outcome: 'success', errorCode: 'DryRunOperation', requestId: json.requestId });
    expect(audit.json.entries[0].params.DryRun).toBe(true);
  });

  it('answers a quota refusal as a conflict, not a server error', async () => {
    const { status, json } = await operator.call(
      'cvm',
      'RunInstances',
      { ...purchase({ Placement: { Zone: 'ap-singapore-4' }, InstanceCount: 3 }) },
      { 'X-Region': 'ap-singapore' },
    );
    expect(status).toBe(409);
    expect(json.code).toBe('InstancesQuotaLimitExceeded');
  });

  it("lists the wizard's networks through the vpc service", async () => {
    const vpcs = await operator.call('vpc', 'DescribeVpcs', { Limit: '100' });
    expect(vpcs.status).toBe(200);
    expect(vpcs.json.VpcSet.length).toBe(2);
    const wrongType = await operator.call('vpc', 'DescribeVpcs', { Limit: 100 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.field).toBe('Limit');
  });
});

describe("a lost answer and the console's retry", () => {
  let cloud: RunningEmulator;
  let gateway: Server;
  let running: TestConsole;
  let client: ConsoleClient;
  /** RunInstances request bodies the gateway saw, in order. */
  const seen: Record<string, unknown>[] = [];
  let loseNextAnswer = false;

  beforeAll(async () => {
    cloud = await startEmulator({ rateLimits: false });
    // A gateway that passes requests to the cloud, and when told to, lets the cloud act but loses its answer,
    // answering InternalError instead: the console cannot know whether the purchase happened.
    gateway = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.headers['x-tc-action'] === 'RunInstances') seen.push(JSON.parse(body.toString()) as Record<string, unknown>);
        const upstream = request(cloud.url, { method: 'POST', headers: req.headers }, (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () => {
            if (req.headers['x-tc-action'] === 'RunInstances' && loseNextAnswer) {
              loseNextAnswer = false;
              res
                .writeHead(200, { 'Content-Type': 'application/json' })
                .end(JSON.stringify({ Response: { Error: { Code: 'InternalError', Message: 'gateway lost the answer' }, RequestId: 'lost-0000' } }));
              return;
            }
            res.writeHead(answer.statusCode ?? 200, { 'Content-Type': 'application/json' }).end(Buffer.concat(parts));
          });
        });
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    running = await startTestConsole({
      TENCENTCLOUD_SECRET_ID: cloud.credentials[0]!.secretId,
      TENCENTCLOUD_SECRET_KEY: cloud.credentials[0]!.secretKey,
      TENCENTCLOUD_ENDPOINT: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
    });
    client = await setupAdmin(running);
    client.account = 'environment';
  });
  afterAll(async () => {
    await running.close();
    gateway.closeAllConnections();
    gateway.close();
    await cloud.close();
  });

  const total = async () => (await client.call('cvm', 'DescribeInstances', { Limit: 1 })).json.TotalCount as number;

  it('retries with the same ClientToken, so one purchase creates its instances once', async () => {
    const before = await total();
    seen.length = 0;
    loseNextAnswer = true;
    const { status, json } = await client.call('cvm', 'RunInstances', purchase({ InstanceCount: 2, InstanceName: 'retried-{R:1}', ClientToken: 'browser-generated-token' }));
    expect(status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.ClientToken).toBe('browser-generated-token');
    expect(await total()).toBe(before + 2);
    const described = await client.call('cvm', 'DescribeInstances', { InstanceIds: json.InstanceIdSet });
    expect(described.json.InstanceSet.map((i: { InstanceName: string }) => i.InstanceName).sort()).toEqual(['retried-1', 'retried-2']);
  });

  it('gives a purchase without a ClientToken one of its own, and keeps it across the retry', async () => {
    const before = await total();
    seen.length = 0;
    loseNextAnswer = true;
    const { status } = await client.call('cvm', 'RunInstances', purchase({ InstanceName: 'tokenless' }));
    expect(status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(typeof seen[0]!.ClientToken).toBe('string');
    expect(seen[1]!.ClientToken).toBe(seen[0]!.ClientToken);
    expect(await total()).toBe(before + 1);
  });
});
