import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';

// Batch through the console: the server routes `batch` calls to the embedded emulator, AttachInstances is the admin's
// (it reinstalls the OS) and lands in the audit log with the new login password redacted.

let running: TestConsole;
let admin: ConsoleClient;
let operator: ConsoleClient;
const PASSWORD = 'Attach-secret-2024';

beforeAll(async () => {
  running = await startTestConsole();
  admin = await setupAdmin(running);
  operator = await createUser(admin, 'bea', 'operator');
});
afterAll(() => running.close());

async function renderFarm(): Promise<string> {
  const { status, json } = await admin.call('batch', 'DescribeComputeEnvs', { Filters: [{ Name: 'env-name', Values: ['render-farm'] }] });
  expect(status).toBe(200);
  return json.ComputeEnvSet[0].EnvId;
}

describe('Batch through the console', () => {
  it('answers a refusal CVM gave Batch (InternalError.CallCvm) as 400, a failure that changed nothing', async () => {
    const envId = await renderFarm();
    const { status, json } = await admin.call('batch', 'AttachInstances', { EnvId: envId, Instances: [{ InstanceId: 'ins-zzzzzzzz' }] });
    expect([status, json.code, json.mayHaveHappened]).toEqual([400, 'InternalError.CallCvm', undefined]);
    const { json: audit } = await admin.request('GET', '/api/console/audit?action=batch.AttachInstances&outcome=failure');
    expect(audit.entries[0]).toMatchObject({ errorCode: 'InternalError.CallCvm', requestId: json.requestId });
  });

  it('audits an AttachInstances with the password redacted and the RequestId', async () => {
    const envId = await renderFarm();
    const run = await admin.call('cvm', 'RunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    });
    expect(run.status).toBe(200);
    const id = run.json.InstanceIdSet[0] as string;
    // Refused while it is still PENDING: the refusal is audited too, without the password.
    const refused = await admin.call('batch', 'AttachInstances', { EnvId: envId, Instances: [{ InstanceId: id, LoginSettings: { Password: PASSWORD } }] });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('UnsupportedOperation.InstancesNotAllowToAttach');

    const { json } = await admin.request('GET', `/api/console/audit?action=${encodeURIComponent('batch.AttachInstances')}`);
    expect(json.entries[0]).toMatchObject({
      action: 'batch.AttachInstances',
      category: 'cloud',
      region: 'ap-guangzhou',
      targets: [id],
      params: { EnvId: envId, Instances: [{ InstanceId: id, LoginSettings: { Password: '[redacted]' } }] },
      outcome: 'failure',
      errorCode: 'UnsupportedOperation.InstancesNotAllowToAttach',
      requestId: refused.json.requestId,
    });

    // A RUNNING demo instance in the environment's zone is taken: the success is audited the same way.
    const demo = await admin.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: ['web-prod-01'] }] });
    const webProd = demo.json.InstanceSet[0].InstanceId as string;
    const accepted = await admin.call('batch', 'AttachInstances', {
      EnvId: envId,
      Instances: [{ InstanceId: webProd, ImageId: 'img-487zeit5', LoginSettings: { Password: PASSWORD } }],
    });
    expect(accepted.status).toBe(200);
    const success = (await admin.request('GET', `/api/console/audit?instance=${webProd}`)).json.entries[0];
    expect(success).toMatchObject({
      actorName: 'admin',
      action: 'batch.AttachInstances',
      targets: [webProd],
      params: { EnvId: envId, Instances: [{ InstanceId: webProd, ImageId: 'img-487zeit5', LoginSettings: { Password: '[redacted]' } }] },
      outcome: 'success',
      requestId: accepted.json.RequestId,
    });
    expect(JSON.stringify(json)).not.toContain(PASSWORD);
    expect(JSON.stringify(success)).not.toContain(PASSWORD);
    const csv = await admin.request('GET', '/api/console/audit.csv');
    expect(csv.text).not.toContain(PASSWORD);
    expect(running.logs.join('\n')).not.toContain(PASSWORD);
  });

  it('lets only an admin attach, and an operator detach', async () => {
    const envId = await renderFarm();
    const attach = await operator.call('batch', 'AttachInstances', { EnvId: envId, Instances: [{ InstanceId: 'ins-00000000' }] });
    expect(attach.status).toBe(403);
    expect(attach.json.message).toContain('admin');
    const detach = await operator.call('batch', 'DetachInstances', { EnvId: envId, InstanceIds: ['ins-00000000'] });
    expect(detach.json.code).toBe('UnsupportedOperation');
    const { json } = await admin.request('GET', `/api/console/audit?action=${encodeURIComponent('batch.DetachInstances')}`);
    expect(json.entries[0]).toMatchObject({ actorName: 'bea', outcome: 'failure', errorCode: 'UnsupportedOperation' });
  });
});
