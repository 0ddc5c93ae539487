import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANCE_COLUMNS, INSTANCE_COLUMN_IDS, type Instance } from '@cvm/shared';
import { en } from '../../../i18n/en.ts';
import { zhCN } from '../../../i18n/zh-CN.ts';
import { instanceColumn } from '../columns/instance-columns.tsx';
import { exportFileName, instancesCsv } from './instances-csv.ts';

const instance = {
  InstanceId: 'ins-abc12345',
  InstanceName: '=HYPERLINK("http://evil")',
  InstanceState: 'RUNNING',
  Placement: { Zone: 'ap-guangzhou-3', ProjectId: 0 },
  InstanceType: 'S5.LARGE8',
  CPU: 4,
  Memory: 8,
  PrivateIpAddresses: ['10.0.0.2'],
  PublicIpAddresses: ['203.0.113.9'],
  IPv6Addresses: null,
  InstanceChargeType: 'POSTPAID_BY_HOUR',
  CreatedTime: '2026-12-07T01:59:26Z',
  ExpiredTime: null,
  Tags: [
    { Key: 'env', Value: 'prod' },
    { Key: 'team', Value: '支付, 核心' },
  ],
  SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 50, DiskId: 'disk-1' },
  DataDisks: [],
  InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 5 },
  VirtualPrivateCloud: { VpcId: 'vpc-1', SubnetId: 'subnet-1', AsVpcGateway: false },
  LoginSettings: { KeyIds: null },
  SecurityGroupIds: ['sg-1', 'sg-2'],
  OsName: 'TencentOS Server 3.1',
  ImageId: 'img-1',
  Uuid: 'b3a1c2d4-0000-4000-8000-000000000001',
  CamRoleName: null,
  RenewFlag: null,
  DisableApiTermination: false,
  LatestOperation: 'StartInstances',
  LatestOperationState: 'SUCCESS',
} as unknown as Instance;

const parse = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean);

describe('instance export CSV', () => {
  it('writes region, ID and name, then the chosen columns as text, behind a byte-order mark', () => {
    const csv = instancesCsv([{ region: 'ap-guangzhou', instance }], DEFAULT_INSTANCE_COLUMNS.map(instanceColumn), en, { region: 'Region', id: 'Instance ID', name: 'Name' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parse(csv);
    expect(header).toBe('Region,Instance ID,Name,State,Zone,Instance type,CPU / Memory,IP addresses,Billing mode,Created');
    // The name would run as a formula in a spreadsheet: it is kept as text.
    expect(row).toBe(
      `ap-guangzhou,ins-abc12345,"'=HYPERLINK(""http://evil"")",Running,ap-guangzhou-3,S5.LARGE8,4 cores / 8 GB,"203.0.113.9 (Public), 10.0.0.2 (Private)",Pay as you go,2026-12-07T01:59:26.000Z`,
    );
  });

  it('quotes what holds commas, in the reader’s language, and gives every column text', () => {
    const csv = instancesCsv(
      [{ region: 'ap-guangzhou', instance }],
      ['tags', 'securityGroups', 'expires'].map((id) => instanceColumn(id as 'tags')),
      zhCN,
      { region: '地域', id: '实例 ID', name: '名称' },
    );
    const [header, row] = parse(csv);
    expect(header).toBe('地域,实例 ID,名称,标签,安全组,到期时间');
    expect(row!.endsWith(',"env=prod; team=支付, 核心","sg-1, sg-2",')).toBe(true);
    for (const id of INSTANCE_COLUMN_IDS) expect(typeof instanceColumn(id).text(instance, en), id).toBe('string');
  });

  it('names the file by region and the reader’s time', () => {
    expect(exportFileName('ap-guangzhou', new Date(2026, 11, 7, 15, 30, 12))).toBe('instances-ap-guangzhou-20261207-153012.csv');
  });
});
