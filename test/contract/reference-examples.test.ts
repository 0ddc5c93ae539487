import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_PATH,
  REFERENCE_PATH,
  blankPageBreaks,
  coerceToShape,
  fixtureFromReference,
  joinJson,
  parseReference,
  queryToParams,
  referenceExamples,
  referenceNullableFields,
  referencePresent,
  shapeDifferences,
} from './reference-examples.ts';
import type { Shape } from './zod-shape.ts';

// The reader of the reference's examples (test/emulator/reference-examples.test.ts replays them): what it makes of the
// PDF's text, and, where the reference is present beside the repository, how many examples it finds, so that a reader
// that starts to miss some fails here rather than quietly replaying fewer.

describe('reading the PDF text', () => {
  it('drops what a page break puts inside a JSON body, and joins a string cut across lines', () => {
    const lines = [
      '{',
      '',
      '"InstanceCount": "1",',
      '"Placement": {',
      '',
      'https://cloud.tencent.com/document/api/213/15753#LaunchTemplate',
      ' "Zone": "ap-shanghai-2"',
      '},',
      '"TaskDetail": "监控到您的云服务器需要发起在线维护。为尽快完成维护',
      '',
      '以提升实例性能及安全性，需要您授权。",',
      '地域相关接口',
      '"Limit": 1',
      '}',
    ];
    expect(JSON.parse(joinJson(lines))).toEqual({
      InstanceCount: '1',
      Placement: { Zone: 'ap-shanghai-2' },
      TaskDetail: '监控到您的云服务器需要发起在线维护。为尽快完成维护以提升实例性能及安全性，需要您授权。',
      Limit: 1,
    });
  });

  it("blanks a page's title, its date and its API Explorer prompt, keeping line numbers and the example's markers", () => {
    const lines = [
      '&InstanceIds.1=ins-5d8a23rs',
      '',
      '修改实例续费标识',
      '最近更新时间：2025-04-27 12:08:58',
      '推荐使用 API Explorer 点击调试',
      'https://x',
      '输入示例',
      '最近更新时间：2025-04-27 12:08:38',
    ];
    expect(blankPageBreaks(lines)).toEqual(['&InstanceIds.1=ins-5d8a23rs', '', '', '', '', '', '输入示例', '']);
  });

  it('turns a GET query string into the nested JSON of an API 3.0 POST', () => {
    expect(queryToParams('Action=DescribeInstances&Filters.0.Name=zone&Filters.0.Values.0=ap-guangzhou-1&Filters.0.Values.1=ap-guangzhou-2&Limit=20&<公共请求参数>')).toEqual({
      Filters: [{ Name: 'zone', Values: ['ap-guangzhou-1', 'ap-guangzhou-2'] }],
      Limit: '20',
    });
    expect(queryToParams('InternetAccessible.InternetMaxBandwidthOut=10&InstanceName=%E6%B5%8B%E8%AF%95+1')).toEqual({
      InternetAccessible: { InternetMaxBandwidthOut: '10' },
      InstanceName: '测试 1',
    });
  });

  it("gives strings the types the action's parameters take, leaving what the schema does not know", () => {
    const shape: Shape = {
      kind: 'object',
      fields: new Map<string, { shape: Shape; optional: boolean }>([
        ['Limit', { shape: { kind: 'number' }, optional: true }],
        ['ForceStop', { shape: { kind: 'boolean' }, optional: true }],
        ['DataDisks', { shape: { kind: 'array', element: { kind: 'object', fields: new Map([['DiskSize', { shape: { kind: 'number' }, optional: false }]]) } }, optional: true }],
        ['InstanceName', { shape: { kind: 'string' }, optional: true }],
      ]),
    };
    expect(coerceToShape({ Limit: '20', ForceStop: 'TRUE', DataDisks: [{ DiskSize: '100' }], InstanceName: '10', Other: '1' }, shape)).toEqual({
      Limit: 20,
      ForceStop: true,
      DataDisks: [{ DiskSize: 100 }],
      InstanceName: '10',
      Other: '1',
    });
  });
});

describe('comparing an answer with an example answer', () => {
  const example = { InstanceSet: [{ InstanceId: 'ins-1', Tags: [{ Key: 'a', Value: 'b' }], RenewFlag: 'NOTIFY_AND_MANUAL_RENEW', KmsKeyId: null }], TotalCount: 2 };

  it('asks every key of the example, with its JSON kind, into objects and first items', () => {
    expect(shapeDifferences(example, { InstanceSet: [{ InstanceId: 'ins-2', Tags: [{ Key: 'x', Value: 'y' }], RenewFlag: 'X', KmsKeyId: 'k', More: 1 }], TotalCount: 0 })).toEqual(
      [],
    );
    expect(shapeDifferences(example, { InstanceSet: [{ InstanceId: 3, Tags: [], KmsKeyId: 1 }], TotalCount: '2' })).toEqual([
      'InstanceSet[0].InstanceId: string in the example, number in the answer',
      'InstanceSet[0].Tags: empty, the example has items',
      'InstanceSet[0].RenewFlag: string in the example, missing in the answer',
      'TotalCount: number in the example, string in the answer',
    ]);
    expect(shapeDifferences(example, { InstanceSet: [], TotalCount: 0 })).toEqual(['InstanceSet: empty, the example has items']);
  });

  it('takes null only where the reference says the field may be null', () => {
    const answer = { InstanceSet: [{ InstanceId: 'ins-2', Tags: [{ Key: 'x', Value: 'y' }], RenewFlag: null, KmsKeyId: null }], TotalCount: 1 };
    expect(shapeDifferences(example, answer)).toEqual(['InstanceSet[0].RenewFlag: string in the example, null in the answer']);
    expect(shapeDifferences(example, answer, new Set(['RenewFlag']))).toEqual([]);
  });
});

describe('the examples of the reference (shared/seeds/001_*.txt), as the repository keeps them', () => {
  // The examples' answers are free JSON, read here as the reference writes them.
  const { actions, problems } = referenceExamples() as { actions: Map<string, any[]>; problems: string[] };
  const count = (action: string) => actions.get(action)?.length;

  it('reads every example of every one of the 98 actions, and nothing it cannot parse', () => {
    expect(problems).toEqual([]);
    expect(actions.size).toBe(98);
    expect([...actions.values()].flat()).toHaveLength(113);
    expect([...actions].filter(([, examples]) => examples.length === 0).map(([action]) => action)).toEqual([]);
    const several = Object.fromEntries([...actions].filter(([, examples]) => examples.length > 1).map(([action, examples]) => [action, examples.length]));
    expect(several).toEqual({
      DescribeZones: 2,
      RunInstances: 5,
      DescribeInstances: 3,
      InquiryPriceRunInstances: 3,
      ModifyInstancesChargeType: 2,
      DescribeImages: 2,
      SyncImages: 2,
      DeleteImages: 2,
      ModifyKeyPairAttribute: 2,
      RepairTaskControl: 2,
    });
    expect([count('StopInstances'), count('DescribeRegions'), count('ModifyHpcClusterAttribute')]).toEqual([1, 1, 1]);
  });

  it('numbers and titles each example as the reference does', () => {
    expect(actions.get('RunInstances')!.map((e: { number: number; title: string }) => `${e.number} ${e.title}`)).toEqual([
      '1 独享子机购买',
      '2 包年包月实例购买',
      '3 最简单参数的购买',
      '4 按小时后付费实例购买',
      '5 指定私有网络ip创建实例',
    ]);
  });

  it('reads a POST example: its JSON body (page links inside it dropped), its language, its answer', () => {
    const [first, second] = actions.get('DescribeZones')!;
    expect(first).toMatchObject({ style: 'json', language: 'zh-CN', params: {} });
    expect(first.response.ZoneSet).toHaveLength(5);
    expect(first.response.ZoneSet[2]).toEqual({ ZoneState: 'AVAILABLE', ZoneId: '100003', Zone: 'ap-guangzhou-3', ZoneName: '广州三区' });
    expect(second).toMatchObject({ style: 'query', params: {} });
    expect(second.language).toBeUndefined();

    const cdh = actions.get('RunInstances')![0];
    expect(cdh.params.Placement).toEqual({ HostIds: ['host-q88gab4i'], Zone: 'ap-shanghai-2' });
    expect(cdh.params.DataDisks).toEqual([{ DiskSize: '100', DiskType: 'CLOUD_PREMIUM' }]);
    expect(cdh.response).toEqual({ InstanceIdSet: ['ins-0s7wsh5x'], RequestId: '3c140219-cfe9-470e-b241-907877d6fb03' });
  });

  it('reads a GET example into nested parameters, even across a page break', () => {
    expect(actions.get('StopInstances')![0].params).toEqual({ InstanceIds: ['ins-r8hr2upy', 'ins-5d8a23rs'], ForceStop: 'false' });
    // A page break (title, date, links) falls between InstanceIds.1 and RenewFlag.
    expect(actions.get('ModifyInstancesRenewFlag')![0].params).toEqual({ InstanceIds: ['ins-r8hr2upy', 'ins-5d8a23rs'], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' });
    expect(actions.get('DescribeInstanceTypeConfigs')![0].params).toEqual({
      Filters: [
        { Name: 'zone', Values: ['ap-guangzhou-2'] },
        { Name: 'instance-family', Values: ['I1'] },
      ],
    });
  });

  it("joins an answer's string cut across lines", () => {
    const task = actions.get('DescribeTaskInfo')![0].response.RepairTaskInfoSet[0];
    expect(task.TaskDetail).toBe(
      '监控到您的云服务器因底层宿主机架构、软件升级需要发起在线维护，处理过程中云服务器可能出现短时间高负载或者网络抖动。为尽快完成维护以提升实例性能及安全性，需要您授权我们在线维护。感谢您的支持与理解。',
    );
  });

  it('reads which answer fields the reference says may be null, by action', () => {
    const nullable = referenceNullableFields();
    const instances = nullable.get('DescribeInstances')!;
    for (const field of ['RenewFlag', 'ExpiredTime', 'PublicIpAddresses', 'LatestOperation', 'KeyIds', 'KmsKeyId']) expect(instances, field).toContain(field);
    for (const field of ['InstanceId', 'InstanceState', 'Placement', 'Zone', 'CreatedTime']) expect(instances, field).not.toContain(field);
    // From the output table itself (28089), not a structure.
    expect(nullable.get('DescribeImageFromFamily')).toContain('Image');
    expect(nullable.get('DescribeTaskInfo')).toContain('AuthTime');
    expect(nullable.get('DescribeRegions')).toBeUndefined();
  });
});

// The reference lives beside the repository; where it is present, the kept examples are what the reader makes of it.
describe.skipIf(!referencePresent())('the kept examples (reference-examples.json)', () => {
  it('are what the reader makes of the reference today (rewrite: node --import tsx test/contract/reference-examples.ts --write)', () => {
    expect(parseReference().problems).toEqual([]);
    expect(readFileSync(FIXTURE_PATH, 'utf8')).toBe(fixtureFromReference(readFileSync(REFERENCE_PATH, 'utf8')));
  });
});
