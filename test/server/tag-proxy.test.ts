import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instance, sts, tag } from '@cvm/shared';
import { createUser, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';

// The tag service and STS through the console, on its embedded emulator: signed by the server for each service, a
// viewer reads whose account this is, an operator tags an instance by its six-segment name and a viewer may not.

let running: TestConsole;
let viewer: ConsoleClient;
let operator: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole();
  const admin = await setupAdmin(running);
  viewer = await createUser(admin, 'vic', 'viewer');
  operator = await createUser(admin, 'otto', 'operator');
});
afterAll(() => running.close());

describe('tags and the caller identity through the console', () => {
  it('reads the identity, tags an instance the filters then find, and keeps viewers from tagging', async () => {
    const identity = await viewer.call('sts', 'GetCallerIdentity');
    expect(identity.status).toBe(200);
    const { AccountId } = identity.json as sts.CallerIdentity;
    expect(AccountId).toMatch(/^\d+$/);

    const list = await viewer.call('cvm', 'DescribeInstances', { Limit: 1 });
    const id = (list.json.InstanceSet as Instance[])[0]!.InstanceId;
    const request = { ResourceList: [`qcs::cvm:ap-guangzhou:uin/${AccountId}:instance/${id}`], Tags: [{ TagKey: 'via-console', TagValue: 'yes' }] };
    expect((await viewer.call('tag', 'TagResources', request)).status).toBe(403);
    const tagged = await operator.call('tag', 'TagResources', request);
    expect(tagged.status).toBe(200);
    expect((tagged.json as { FailedResources: tag.FailedResource[] }).FailedResources).toEqual([]);
    const found = await viewer.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'tag:via-console', Values: ['yes'] }] });
    expect((found.json.InstanceSet as Instance[]).map((i) => i.InstanceId)).toEqual([id]);

    const refused = await operator.call('tag', 'UnTagResources', { ResourceList: [`qcs::cvm:ap-guangzhou:uin/1:instance/${id}`], TagKeys: ['via-console'] });
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('InvalidParameterValue.ResourceDescriptionError');
  });
});
