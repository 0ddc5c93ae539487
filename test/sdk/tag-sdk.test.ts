import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';

// The official CommonClient calling the tag service (tag 2018-08-13) on the emulator: the tags on every region's
// instances, keys and values, paged. No region is needed (the service is global).

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

const tagClient = async () => {
  const { CommonClient } = await import('tencentcloud-sdk-nodejs-common');
  return new CommonClient(`127.0.0.1:${emulator.port}`, '2018-08-13', {
    credential: { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
    region: '',
    profile: { httpProfile: { protocol: 'http://', reqTimeout: 10 } },
  });
};

type KeysAnswer = { TotalCount: number; Offset: number; Limit: number; Tags: string[] };
type ValuesAnswer = { TotalCount: number; Offset: number; Limit: number; Tags: { TagKey: string; TagValue: string }[] };

describe('official CommonClient for the tag service', () => {
  it('lists the tag keys of every region, in order, paged', async () => {
    const client = await tagClient();
    const all = (await client.request('DescribeTagKeys', { Limit: 1000 })) as KeysAnswer;
    expect(all.Tags).toEqual(expect.arrayContaining(['env', 'team']));
    expect(all.Tags).toEqual([...all.Tags].sort());
    expect(all.TotalCount).toBe(all.Tags.length);
    const first = (await client.request('DescribeTagKeys', {})) as KeysAnswer;
    expect([first.Offset, first.Limit]).toEqual([0, 15]);
    const second = (await client.request('DescribeTagKeys', { Offset: 1, Limit: 1 })) as KeysAnswer;
    expect(second.Tags).toEqual([all.Tags[1]]);
    const thirdPair = (await client.request('DescribeTagKeys', { Offset: 4, Limit: 2 })) as KeysAnswer;
    expect(thirdPair.Tags).toEqual(all.Tags.slice(4, 6));
    // An offset that is not a whole number of pages is refused, as the pages require.
    await expect(client.request('DescribeTagKeys', { Offset: 3, Limit: 2 })).rejects.toMatchObject({ code: 'InvalidParameterValue.OffsetInvalid' });
    await expect(client.request('DescribeTagValues', { TagKeys: ['env'], Offset: 1, Limit: 15 })).rejects.toMatchObject({ code: 'InvalidParameterValue.OffsetInvalid' });
  });

  it('lists the values of the keys asked for, as TagKey / TagValue pairs', async () => {
    const client = await tagClient();
    const answer = (await client.request('DescribeTagValues', { TagKeys: ['env'], Limit: 100 })) as ValuesAnswer;
    expect(answer.Tags.map((t) => t.TagValue)).toEqual(expect.arrayContaining(['prod', 'staging']));
    expect(answer.Tags.every((t) => t.TagKey === 'env')).toBe(true);
    // Shanghai's and Beijing's instances are tagged too: the service sees every region.
    const keys = ((await client.request('DescribeTagKeys', { Limit: 1000 })) as KeysAnswer).Tags;
    const everything = (await client.request('DescribeTagValues', { TagKeys: keys, Limit: 1000 })) as ValuesAnswer;
    expect(everything.TotalCount).toBe(everything.Tags.length);
    expect(new Set(everything.Tags.map((t) => t.TagKey))).toEqual(new Set(keys));
    await expect(client.request('DescribeTagValues', { TagKeys: [] })).rejects.toMatchObject({ code: expect.stringMatching(/^(InvalidParameter|MissingParameter)/) });
  });
});
