import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { tag } from '@cvm/shared';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import type { Client as TagSdkClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client';
import { bypassProxies, codeOf } from '../support/sdk-on-emulator.ts';

// The account's projects through the tag service's DescribeProjects (tag 2018-08-13, 651/78725), with the official
// SDK's tag client, unmodified: the projects CVM's ModifyInstancesProject moves instances between, paged, the default
// project only with AllList 1, and the action's InvalidParameter for what is out of range.

bypassProxies();

const credential = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };

let emulator: RunningEmulator;
let tags: TagSdkClient;
let cvm: InstanceType<typeof tencentcloud.cvm.v20170312.Client>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
  const endpoint = { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 };
  const { Client: TagSdk } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js');
  // The tag service is global: no region.
  tags = new TagSdk({ credential, region: '', profile: { httpProfile: endpoint } });
  cvm = new tencentcloud.cvm.v20170312.Client({ credential, region: 'ap-guangzhou', profile: { httpProfile: endpoint } });
});
afterAll(() => emulator.close());

const all = { AllList: 1, Limit: tag.PROJECT_LIST_LIMIT, Offset: 0 };
const ids = (projects: tag.Project[] | undefined) => projects!.map((p) => p.ProjectId);

describe('DescribeProjects', () => {
  it('lists every project of the account with AllList 1, the default project first, each with its creator and creation time', async () => {
    const answer = await tags.DescribeProjects(all);
    expect(answer.Total).toBe(3);
    expect(ids(answer.Projects)).toEqual([0, 1045, 1046]);
    const uin = Number(emulator.world.account.uin);
    for (const project of answer.Projects!) {
      expect(Object.keys(project).sort()).toEqual(['CreateTime', 'CreatorUin', 'ProjectId', 'ProjectInfo', 'ProjectName']);
      expect(project.CreatorUin).toBe(uin);
      expect(project.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(project.ProjectName).not.toBe('');
    }
    expect(answer.Projects!.find((p) => p.ProjectId === 1045)).toMatchObject({ ProjectName: 'web' });
  });

  it('lists the shown projects only with AllList 0: the default project is not among them', async () => {
    const answer = await tags.DescribeProjects({ ...all, AllList: 0 });
    expect(answer.Total).toBe(2);
    expect(ids(answer.Projects)).toEqual([1045, 1046]);
  });

  it('pages with Offset and Limit, Total counting every project', async () => {
    const first = await tags.DescribeProjects({ ...all, Limit: 2 });
    const second = await tags.DescribeProjects({ ...all, Limit: 2, Offset: 2 });
    expect([first.Total, second.Total]).toEqual([3, 3]);
    expect(ids(first.Projects)).toEqual([0, 1045]);
    expect(ids(second.Projects)).toEqual([1046]);
    // Any offset is taken (the page asks no multiple of Limit); past the end the page is empty.
    expect(ids((await tags.DescribeProjects({ ...all, Limit: 1, Offset: 1 })).Projects)).toEqual([1045]);
    expect(await tags.DescribeProjects({ ...all, Offset: 3 })).toMatchObject({ Total: 3, Projects: [] });
    // The English page's example sends 500: a Limit below the fixed 1000 is taken.
    expect((await tags.DescribeProjects({ ...all, Limit: 500 })).Total).toBe(3);
  });

  it('narrows by ProjectId and ProjectName', async () => {
    expect(ids((await tags.DescribeProjects({ ...all, ProjectId: 1046 })).Projects)).toEqual([1046]);
    expect(await tags.DescribeProjects({ ...all, ProjectId: 9999 })).toMatchObject({ Total: 0, Projects: [] });
    expect(ids((await tags.DescribeProjects({ ...all, ProjectName: 'web' })).Projects)).toEqual([1045]);
    expect((await tags.DescribeProjects({ ...all, ProjectName: 'we' })).Total).toBe(0);
  });

  it('lists the projects ModifyInstancesProject moves an instance into', async () => {
    const target = (await tags.DescribeProjects({ ...all, AllList: 0 })).Projects!.at(-1)!.ProjectId;
    const id = emulator.world
      .listInstances(emulator.world.region('ap-guangzhou')!)
      .map((r) => r.instance)
      .find((i) => i.InstanceState === 'RUNNING' && i.Placement.ProjectId !== target)!.InstanceId;
    await cvm.ModifyInstancesProject({ InstanceIds: [id], ProjectId: target });
    const { InstanceSet } = await cvm.DescribeInstances({ InstanceIds: [id] });
    expect(InstanceSet![0]!.Placement!.ProjectId).toBe(target);
  });

  it('refuses what is out of range with InvalidParameter, and a missing required parameter', async () => {
    expect(await codeOf(tags.DescribeProjects({ ...all, AllList: 2 }))).toBe('InvalidParameter');
    expect(await codeOf(tags.DescribeProjects({ ...all, Limit: tag.PROJECT_LIST_LIMIT + 1 }))).toBe('InvalidParameter');
    expect(await codeOf(tags.DescribeProjects({ ...all, Limit: 0 }))).toBe('InvalidParameter');
    expect(await codeOf(tags.DescribeProjects({ ...all, Offset: -1 }))).toBe('InvalidParameter');
    expect(await codeOf(tags.DescribeProjects({ ...all, ProjectId: 0 }))).toBe('InvalidParameter');
    expect(await codeOf(tags.DescribeProjects({ ...all, Limit: 1.5 }))).toBe('InvalidParameter');
    expect(await codeOf(tags.DescribeProjects({ Limit: 1000, Offset: 0 } as Parameters<TagSdkClient['DescribeProjects']>[0]))).toBe('MissingParameter');
  });
});
