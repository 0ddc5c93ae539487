import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { tag } from '@cvm/shared';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf } from '../support/sdk-on-emulator.ts';

// Tagging instances through the tag service (TagResources / UnTagResources, tag 2018-08-13) and the account's identity
// through STS (GetCallerIdentity, sts 2018-08-13), with the official SDK's clients, unmodified. Instances are named by
// their six-segment descriptions, which need the account's UIN: GetCallerIdentity gives it, as it would on the cloud.
// What the tag service changes is what CVM's DescribeInstances answers and filters by (tag:<key>, tag-key).

bypassProxies();

const credential = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };
type Failed = { FailedResources: tag.FailedResource[] };
type TagClient = {
  TagResources(request: { ResourceList: string[]; Tags: { TagKey: string; TagValue: string }[] }): Promise<Failed>;
  UnTagResources(request: { ResourceList: string[]; TagKeys: string[] }): Promise<Failed>;
};
type StsClient = { GetCallerIdentity(): Promise<{ Arn: string; AccountId: string; UserId: string; PrincipalId: string; Type: string }> };

let emulator: RunningEmulator;
let tags: TagClient;
let sts: StsClient;
let cvm: InstanceType<typeof tencentcloud.cvm.v20170312.Client>;
let uin: string;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
  const endpoint = { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 };
  const { Client: TagSdk } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js');
  const { Client: StsSdk } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client.js');
  // The tag service is global (no region); STS documents Region as required.
  tags = new TagSdk({ credential, region: '', profile: { httpProfile: endpoint } }) as unknown as TagClient;
  sts = new StsSdk({ credential, region: 'ap-guangzhou', profile: { httpProfile: endpoint } }) as unknown as StsClient;
  cvm = new tencentcloud.cvm.v20170312.Client({ credential, region: 'ap-guangzhou', profile: { httpProfile: endpoint } });
  uin = (await sts.GetCallerIdentity()).AccountId;
});
afterAll(() => emulator.close());

const resource = (id: string, region = 'ap-guangzhou') => `qcs::cvm:${region}:uin/${uin}:instance/${id}`;

/** Instances of a region (transitions settled), from the emulator's own world, in a stable order; each test takes its own. */
const idsIn = (region: string) =>
  emulator.world
    .listInstances(emulator.world.region(region)!)
    .map((r) => r.instance.InstanceId)
    .sort();
let taken = 0;
const freshIds = (count: number) => idsIn('ap-guangzhou').slice(taken, (taken += count));

/** The instances DescribeInstances answers for one filter, by ID. */
async function filtered(Name: string, Values: string[], client = cvm): Promise<string[]> {
  const { InstanceSet } = await client.DescribeInstances({ Filters: [{ Name, Values }], Limit: 100 });
  return InstanceSet!.map((i) => i.InstanceId!).sort();
}
const tagsOf = async (id: string, client = cvm) => (await client.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!.Tags!;

describe('STS GetCallerIdentity', () => {
  it("answers the emulated account's identity for its keys", async () => {
    const identity = await sts.GetCallerIdentity();
    expect(identity.AccountId).toBe(emulator.world.account.uin);
    expect(identity.AccountId).toMatch(/^\d+$/);
    expect(identity).toMatchObject({ UserId: identity.AccountId, PrincipalId: identity.AccountId, Type: 'CAMUser', Arn: `qcs::cam::uin/${uin}:uin/${uin}` });
  });
});

describe('TagResources and UnTagResources', () => {
  it('tags three instances at once, and DescribeInstances finds them by tag:<key> and tag-key', async () => {
    const ids = freshIds(3);
    const answer = await tags.TagResources({
      ResourceList: ids.map((id) => resource(id)),
      Tags: [
        { TagKey: 'cost-center', TagValue: 'cc-042' },
        { TagKey: '团队', TagValue: '平台 (基础)' },
      ],
    });
    expect(answer.FailedResources).toEqual([]);
    expect(await filtered('tag:cost-center', ['cc-042'])).toEqual(ids);
    expect(await filtered('tag-key', ['团队'])).toEqual(ids);
    expect(await tagsOf(ids[0]!)).toEqual(expect.arrayContaining([{ Key: 'cost-center', Value: 'cc-042' }]));
    // The tag service's own reads see the new key and value too.
    expect(emulator.world.region('ap-guangzhou')!.instances.peek(ids[1]!)!.instance.Tags).toContainEqual({ Key: '团队', Value: '平台 (基础)' });
  });

  it('replaces the value of a key an instance already has, in its place, and tags other regions in the same call', async () => {
    const [first, second] = freshIds(2) as [string, string];
    const shanghai = idsIn('ap-shanghai')[0]!;
    await tags.TagResources({ ResourceList: [resource(first), resource(second), resource(shanghai, 'ap-shanghai')], Tags: [{ TagKey: 'stage', TagValue: 'blue' }] });
    const before = await tagsOf(first);
    expect((await tags.TagResources({ ResourceList: [resource(first)], Tags: [{ TagKey: 'stage', TagValue: 'green' }] })).FailedResources).toEqual([]);
    const after = await tagsOf(first);
    expect(after.length).toBe(before.length);
    expect(after.findIndex((t) => t.Key === 'stage')).toBe(before.findIndex((t) => t.Key === 'stage'));
    expect(after.find((t) => t.Key === 'stage')!.Value).toBe('green');
    expect(await filtered('tag:stage', ['blue'])).toEqual([second]);
    expect(await filtered('tag:stage', ['green'])).toEqual([first]);

    const shanghaiCvm = new tencentcloud.cvm.v20170312.Client({
      credential,
      region: 'ap-shanghai',
      profile: { httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 } },
    });
    expect(await filtered('tag:stage', ['blue'], shanghaiCvm)).toEqual([shanghai]);
  });

  it('untags: the keys leave the instances named, others keep theirs, and a key an instance lacks is no change', async () => {
    const ids = freshIds(3);
    await tags.TagResources({
      ResourceList: ids.map((id) => resource(id)),
      Tags: [
        { TagKey: 'owner', TagValue: 'ana' },
        { TagKey: 'ttl', TagValue: '7d' },
      ],
    });
    const kept = (await tagsOf(ids[2]!)).length;
    const answer = await tags.UnTagResources({ ResourceList: [resource(ids[0]!), resource(ids[1]!)], TagKeys: ['owner', 'never-set'] });
    expect(answer.FailedResources).toEqual([]);
    expect(await filtered('tag-key', ['owner'])).toEqual([ids[2]]);
    expect(await filtered('tag:ttl', ['7d'])).toEqual(ids);
    expect((await tagsOf(ids[0]!)).some((t) => t.Key === 'owner')).toBe(false);
    expect((await tagsOf(ids[2]!)).length).toBe(kept);
  });

  it('refuses reserved, empty, too long, illegal and repeated keys and values, and changes nothing', async () => {
    const [id] = freshIds(1) as [string];
    const before = await tagsOf(id);
    const tagWith = (TagKey: string, TagValue = 'v') => codeOf(tags.TagResources({ ResourceList: [resource(id)], Tags: [{ TagKey, TagValue }] }));
    expect(await tagWith('qcloud:app')).toBe('InvalidParameter.ReservedTagKey');
    expect(await tagWith('qcs:owner')).toBe('InvalidParameter.ReservedTagKey');
    expect(await tagWith('project')).toBe('InvalidParameter.ReservedTagKey');
    expect(await tagWith('')).toBe('InvalidParameterValue.TagKeyEmpty');
    expect(await tagWith('k'.repeat(tag.TAG_KEY_MAX_LENGTH))).toBeUndefined();
    expect(await tagWith('k'.repeat(tag.TAG_KEY_MAX_LENGTH + 1))).toBe('InvalidParameterValue.TagKeyLengthExceeded');
    expect(await tagWith('cost#center')).toBe('InvalidParameterValue.TagKeyCharacterIllegal');
    expect(await tagWith(' padded')).toBe('InvalidParameterValue.TagKeyCharacterIllegal');
    expect(await tagWith('env', '')).toBe('InvalidParameterValue.TagValueEmpty');
    expect(await tagWith('env', '值'.repeat(tag.TAG_VALUE_MAX_LENGTH + 1))).toBe('InvalidParameterValue.TagValueLengthExceeded');
    expect(await tagWith('env', 'a&b')).toBe('InvalidParameterValue.TagValueCharacterIllegal');
    const twice = tags.TagResources({
      ResourceList: [resource(id)],
      Tags: [
        { TagKey: 'env', TagValue: 'a' },
        { TagKey: 'env', TagValue: 'b' },
      ],
    });
    expect(await codeOf(twice)).toBe('InvalidParameterValue.TagKeyDuplicate');
    expect(await codeOf(tags.UnTagResources({ ResourceList: [resource(id)], TagKeys: ['tencent-managed'] }))).toBe('InvalidParameter.ReservedTagKey');
    // Only the one valid call above (the 127-character key) changed the instance.
    expect((await tagsOf(id)).filter((t) => !before.some((b) => b.Key === t.Key)).map((t) => t.Key)).toEqual(['k'.repeat(tag.TAG_KEY_MAX_LENGTH)]);
  });

  it('refuses more than ten resources or tags in one call', async () => {
    const ids = idsIn('ap-guangzhou').slice(0, tag.TAG_MAX_PER_REQUEST + 1);
    const one = [{ TagKey: 'bulk', TagValue: 'x' }];
    expect(await codeOf(tags.TagResources({ ResourceList: ids.map((id) => resource(id)), Tags: one }))).toBe('LimitExceeded.ResourceNumPerRequest');
    expect(await codeOf(tags.UnTagResources({ ResourceList: ids.map((id) => resource(id)), TagKeys: ['bulk'] }))).toBe('LimitExceeded.ResourceNumPerRequest');
    const eleven = Array.from({ length: tag.TAG_MAX_PER_REQUEST + 1 }, (_, n) => ({ TagKey: `k${n}`, TagValue: 'v' }));
    expect(await codeOf(tags.TagResources({ ResourceList: [resource(ids[0]!)], Tags: eleven }))).toBe('LimitExceeded.TagNumPerRequest');
    expect(await codeOf(tags.UnTagResources({ ResourceList: [resource(ids[0]!)], TagKeys: eleven.map((t) => t.TagKey) }))).toBe('LimitExceeded.TagNumPerRequest');
    expect(await filtered('tag-key', ['bulk'])).toEqual([]);
  });

  it('refuses names that are not six-segment descriptions of the account’s instances, before changing any', async () => {
    const [id] = freshIds(1) as [string];
    const tagNamed = (...names: string[]) => codeOf(tags.TagResources({ ResourceList: [resource(id), ...names], Tags: [{ TagKey: 'named', TagValue: 'x' }] }));
    expect(await tagNamed(id)).toBe('InvalidParameterValue.ResourceDescriptionError');
    expect(await tagNamed(`qcs:cvm:ap-guangzhou:uin/${uin}:instance/${id}`)).toBe('InvalidParameterValue.ResourceDescriptionError');
    expect(await tagNamed(`qcs::cvm:ap-nowhere:uin/${uin}:instance/${id}`)).toBe('InvalidParameterValue.ResourceDescriptionError');
    expect(await tagNamed(`qcs::cvm:ap-guangzhou:uin/123:instance/${id}`)).toBe('InvalidParameterValue.ResourceDescriptionError');
    expect(await tagNamed(`qcs::cvm:ap-guangzhou:uin/${uin}:volume/disk-12345678`)).toBe('InvalidParameterValue.ResourceDescriptionError');
    expect(await tagNamed(`qcs::cvm:ap-guangzhou:uin/${uin}:instance/`)).toBe('InvalidParameterValue.ResourceDescriptionError');
    expect(await tagNamed(`qcs::cos:ap-guangzhou:uin/${uin}:prefix//bucket-1250000000/`)).toBe('InvalidParameter.UnsupportedService');
    expect(await filtered('tag-key', ['named'])).toEqual([]);
  });

  it('answers an instance the region lacks in FailedResources, and tags the others', async () => {
    const [id] = freshIds(1) as [string];
    const missing = resource('ins-00000000');
    const elsewhere = resource(id, 'ap-beijing');
    const answer = await tags.TagResources({ ResourceList: [missing, resource(id), elsewhere], Tags: [{ TagKey: 'partial', TagValue: 'yes' }] });
    expect(answer.FailedResources.map((f) => [f.Resource, f.Code])).toEqual([
      [missing, 'InvalidParameterValue.ResourceIdInvalid'],
      [elsewhere, 'InvalidParameterValue.ResourceIdInvalid'],
    ]);
    expect(answer.FailedResources.every((f) => f.Message.length > 0)).toBe(true);
    expect(await filtered('tag:partial', ['yes'])).toEqual([id]);
    const untag = await tags.UnTagResources({ ResourceList: [missing, resource(id)], TagKeys: ['partial'] });
    expect(untag.FailedResources.map((f) => f.Resource)).toEqual([missing]);
    expect(await filtered('tag-key', ['partial'])).toEqual([]);
  });

  it(`keeps a resource at ${tag.TAG_MAX_PER_RESOURCE} tags: one more fails for that resource only; a new value for a key it has still lands`, async () => {
    const [full, other] = freshIds(2) as [string, string];
    for (let n = (await tagsOf(full)).length; n < tag.TAG_MAX_PER_RESOURCE; n += tag.TAG_MAX_PER_REQUEST) {
      const batch = Array.from({ length: Math.min(tag.TAG_MAX_PER_REQUEST, tag.TAG_MAX_PER_RESOURCE - n) }, (_, i) => ({ TagKey: `fill-${n + i}`, TagValue: 'x' }));
      expect((await tags.TagResources({ ResourceList: [resource(full)], Tags: batch })).FailedResources).toEqual([]);
    }
    expect(await tagsOf(full)).toHaveLength(tag.TAG_MAX_PER_RESOURCE);
    const answer = await tags.TagResources({ ResourceList: [resource(full), resource(other)], Tags: [{ TagKey: 'one-more', TagValue: 'x' }] });
    expect(answer.FailedResources.map((f) => [f.Resource, f.Code])).toEqual([[resource(full), 'LimitExceeded.ResourceAttachedTags']]);
    expect(await filtered('tag-key', ['one-more'])).toEqual([other]);
    expect(await tagsOf(full)).toHaveLength(tag.TAG_MAX_PER_RESOURCE);
    const replaced = await tags.TagResources({ ResourceList: [resource(full)], Tags: [{ TagKey: 'fill-49', TagValue: 'y' }] });
    expect(replaced.FailedResources).toEqual([]);
    expect(await filtered('tag:fill-49', ['y'])).toEqual([full]);
  });
});
