import { createHmac, generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, TENCENT_SERVICES, type RunningEmulator } from '@cvm/emulator';
import type { ActionSpec } from '@cvm/shared';
import { paramsSchema } from '@cvm/shared/params';
import { coerceToShape, referenceExamples, referenceNullableFields, shapeDifferences, type ReferenceExample } from '../contract/reference-examples.ts';
import { shapeOf } from '../contract/zod-shape.ts';
import { errorCode, signedCall, type Envelope } from '../support/signed-call.ts';

// The reference's own examples, replayed: every "示例" of every CVM action the emulator serves (the reference is
// shared/seeds/001_*.txt; test/contract/reference-examples.ts reads it). Each example runs on a fresh emulator, after the
// setup its intent needs (two stopped instances for "启动指定ID的实例", a bound key pair for "解除实例的密钥绑定关系"); the
// resource IDs it names are replaced by real ones of the same kind, in the order it names them, and a zone the emulated
// region does not offer by one it does.
// Each is sent as a POST with a JSON body whose values are of the types the action takes (a GET example's query string
// turned into that body; a JSON example's quoted numbers and booleans unquoted), and, where that differs, as written too:
// a GET example as a GET signed with v1, a JSON example with its values quoted as they are.
// The answer must not be an error and must have the shape of the example's answer: every key, with the same JSON kind,
// into objects and into arrays' first items, null only where the reference says the field may be null
// (test/contract/reference-examples.ts shapeDifferences). What cannot succeed against the emulated world is listed
// (LISTED, DIFFERENCES) with the reason, and must keep failing as listed, so the lists stay honest.

const served = new Map((TENCENT_SERVICES.cvm ?? []).map((handler) => [handler.spec.action, handler.spec as ActionSpec]));

type Json = Record<string, any>;
type IdKind = 'ins' | 'img' | 'skey' | 'sg' | 'vpc' | 'subnet' | 'rep' | 'timer' | 'host' | 'ps' | 'lt' | 'chc' | 'hpc';

const PASSWORD = 'Qcloud@TestApi123++';
const DAY = 86_400_000;
/** Beijing time as the CVM API writes it in parameters: `YYYY-MM-DD hh:mm:ss`. */
const beijing = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** A fresh OpenSSH RSA public key (`ssh-rsa AAAA… comment`), for the example that imports a placeholder. */
function openSshPublicKey(comment: string): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const field = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const mpint = (base64url: string) => {
    const raw = Buffer.from(base64url, 'base64url');
    return field(raw[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), mpint(jwk.e!), mpint(jwk.n!)]);
  return `ssh-rsa ${blob.toString('base64')} ${comment}`;
}

// --- The world an example runs in ------------------------------------------------------------------------------------

interface InstanceOptions {
  count?: number;
  zone?: string;
  prepaid?: boolean;
  stopped?: boolean;
  /** Public bandwidth charged by month (BANDWIDTH_PREPAID), for a prepaid instance. */
  prepaidBandwidth?: boolean;
  tags?: { Key: string; Value: string }[];
  userData?: string;
  /** Another image or type than the examples' usual TencentOS S5.MEDIUM4. */
  imageId?: string;
  instanceType?: string;
}

class World {
  constructor(
    readonly emulator: RunningEmulator,
    readonly region: string,
    /** Where the example's instances are made: the first zone it names (as replaced), or the region's first open one. */
    readonly zone: string,
  ) {}

  call(action: string, params: object = {}, options: { region?: string | null; service?: string; language?: string } = {}): Promise<Envelope> {
    const service = options.service ?? 'cvm';
    return signedCall(this.emulator.url, action, params, {
      region: options.region === undefined ? this.region : options.region,
      service,
      version: '2017-03-12',
      language: options.language as 'zh-CN' | 'en-US' | undefined,
    });
  }

  /**
   * A GET signed with v1 (HmacSHA256), the way the reference writes its GET examples ("部分接口文档中的示例使用的是签名方法
   * v1 GET 请求", 4461): the parameters flat in the query (`InstanceIds.0=…`), with the common ones (6932–7150).
   */
  async getV1(action: string, params: Json, region: string | null): Promise<Envelope> {
    const url = new URL(this.emulator.url);
    const all: Array<[string, string]> = [
      ...flatten(params),
      ['Action', action],
      ['Version', '2017-03-12'],
      ...(region ? [['Region', region] as [string, string]] : []),
      ['Timestamp', String(Math.floor(Date.now() / 1000))],
      ['Nonce', String(1 + Math.floor(Math.random() * 1e6))],
      ['SecretId', 'AKIDEMULATOR'],
      ['SignatureMethod', 'HmacSHA256'],
    ];
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const signed = all.map(([name, value]) => `${name}=${value}`).join('&');
    const signature = createHmac('sha256', 'emulator-secret').update(`GET${url.host}/?${signed}`).digest('base64');
    const query = [...all, ['Signature', signature]].map(([name, value]) => `${name}=${encodeURIComponent(value!)}`).join('&');
    const response = await fetch(`${this.emulator.url}/?${query}`);
    if (response.status !== 200) throw new Error(`emulator answered HTTP ${response.status}`);
    return (await response.json()) as Envelope;
  }

  /** Calls an action the setup needs to succeed; its failure is the setup's, and says so. */
  async must(action: string, params: object = {}, service = 'cvm'): Promise<Json> {
    const { Response } = await this.call(action, params, { service });
    if (Response.Error) throw new Error(`setup: ${action} ${JSON.stringify(params)} answered ${Response.Error.Code}: ${Response.Error.Message}`);
    return Response;
  }

  /** Buys instances like the examples' own (a public Linux image, a data disk, a public IP), and waits until they settle. */
  async instances(options: InstanceOptions = {}): Promise<string[]> {
    const count = options.count ?? 1;
    const { InstanceIdSet } = await this.must('RunInstances', {
      Placement: { Zone: options.zone ?? this.zone },
      ImageId: options.imageId ?? 'img-eb30mz89',
      InstanceType: options.instanceType ?? 'S5.MEDIUM4',
      InstanceCount: count,
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 50 }],
      InternetAccessible: {
        InternetChargeType: options.prepaidBandwidth ? 'BANDWIDTH_PREPAID' : 'TRAFFIC_POSTPAID_BY_HOUR',
        InternetMaxBandwidthOut: 10,
        PublicIpAssigned: true,
      },
      LoginSettings: { Password: PASSWORD },
      ...(options.prepaid ? { InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' } } : {}),
      ...(options.tags ? { TagSpecification: [{ ResourceType: 'instance', Tags: options.tags }] } : {}),
      ...(options.userData ? { UserData: options.userData } : {}),
    });
    const ids = InstanceIdSet as string[];
    await this.settle(ids, 'RUNNING');
    if (options.stopped) {
      await this.must('StopInstances', { InstanceIds: ids });
      await this.settle(ids, 'STOPPED');
    }
    return ids;
  }

  async settle(ids: string[], state: string): Promise<void> {
    const { InstanceStatusSet } = await this.must('DescribeInstancesStatus', { InstanceIds: ids });
    const states = (InstanceStatusSet as Json[]).map((s) => s.InstanceState);
    if (states.some((s) => s !== state)) throw new Error(`setup: ${ids.join(', ')} are ${states.join(', ')}, not ${state}`);
  }

  async keyPair(name: string): Promise<string> {
    return (await this.must('CreateKeyPair', { KeyName: name, ProjectId: 0 })).KeyPair.KeyId;
  }

  async securityGroups(): Promise<string[]> {
    const { SecurityGroupSet } = await this.must('DescribeSecurityGroups', {}, 'vpc');
    return (SecurityGroupSet as Json[]).map((group) => group.SecurityGroupId);
  }

  async actionTimer(instanceId: string): Promise<string> {
    const { ActionTimerIds } = await this.must('ImportInstancesActionTimer', {
      InstanceIds: [instanceId],
      ActionTimer: { TimerAction: 'TerminateInstances', ActionTime: beijing(Date.now() + DAY) },
    });
    return ActionTimerIds[0];
  }

  /** The region's dedicated hosts in the example's zone (the seed has some: placement/placement-world.ts), newest first. */
  async hosts(): Promise<string[]> {
    const { HostSet } = await this.must('DescribeHosts', { Filters: [{ Name: 'zone', Values: [this.zone] }] });
    return (HostSet as Json[]).map((host) => host.HostId);
  }

  async placementGroup(name: string): Promise<string> {
    return (await this.must('CreateDisasterRecoverGroup', { Name: name, Type: 'HOST' })).DisasterRecoverGroupId;
  }

  /**
   * A launch template of a purchase like the examples' own (a data disk, a VPC, a security group) with `versions`
   * versions, the first the default: the examples that name one read it, add to it, move its default to version 2 or
   * delete versions 2 and 3.
   */
  async launchTemplate(versions: number): Promise<string> {
    const subnet = (await this.subnets(this.zone))[0]!;
    const { LaunchTemplateId } = await this.must('CreateLaunchTemplate', {
      LaunchTemplateName: 'lt_test',
      Placement: { Zone: this.zone },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 50 }],
      VirtualPrivateCloud: { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId },
      SecurityGroupIds: [(await this.securityGroups())[0]],
      InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 10, PublicIpAssigned: true },
      DisableApiTermination: true,
    });
    for (let n = 1; n < versions; n++) await this.must('CreateLaunchTemplateVersion', { LaunchTemplateId, Placement: { Zone: this.zone } });
    return LaunchTemplateId;
  }

  async subnets(zone: string): Promise<Json[]> {
    const { SubnetSet } = await this.must('DescribeSubnets', { Filters: [{ Name: 'zone', Values: [zone] }] }, 'vpc');
    return SubnetSet;
  }

  /** A zone of the region that sells `type` by the hour (the examples' S5.16XLARGE256 is sold out in some). */
  async zoneSelling(type: string): Promise<string> {
    const { InstanceTypeQuotaSet } = await this.must('DescribeZoneInstanceConfigInfos', {
      Filters: [
        { Name: 'instance-type', Values: [type] },
        { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] },
      ],
    });
    const zone = (InstanceTypeQuotaSet as Json[]).find((item) => item.Status === 'SELL')?.Zone;
    if (!zone) throw new Error(`setup: no zone of ${this.region} sells ${type}`);
    return zone;
  }

  /** The region's CHC hosts named so (seeded), or its first ones. */
  async chcHosts(names?: string[]): Promise<string[]> {
    const { ChcHostSet } = await this.must('DescribeChcHosts', { Limit: 100 });
    const hosts = ChcHostSet as Json[];
    return names ? names.map((name) => hosts.find((h) => h.InstanceName === name)!.ChcId) : hosts.map((h) => h.ChcId);
  }

  /** The default subnet of the zone ap-guangzhou's seeded CHC hosts are in. */
  async chcSubnet(): Promise<Json> {
    return (await this.subnets('ap-guangzhou-3')).find((s) => s.IsDefault)!;
  }

  async hpcCluster(name: string, tags?: { Key: string; Value: string }[]): Promise<string> {
    const tagged = tags ? { TagSpecification: [{ ResourceType: 'hpc', Tags: tags }] } : {};
    return (await this.must('CreateHpcCluster', { Zone: this.zone, Name: name, ...tagged })).HpcClusterSet[0].HpcClusterId;
  }

  /** The instance record itself, for the few states no action makes (a local disk). */
  record(id: string) {
    return this.emulator.world.region(this.region)!.instances.get(id)!;
  }
}

// --- What each example needs -------------------------------------------------------------------------------------------

/** Real IDs by kind, handed out in the order the example first names IDs of that kind; and last edits to the parameters. */
interface Prepared {
  ids?: Partial<Record<IdKind, string[]>>;
  patch?: (params: Json) => void;
}

/** An example's IDs, by kind, in the order it names them. */
type Named = Record<IdKind, string[]>;

type Setup = (world: World, named: Named) => Promise<Prepared>;

const instancesOf =
  (options: InstanceOptions): Setup =>
  async (world, named) => ({ ids: { ins: await world.instances({ count: Math.max(1, named.ins.length), ...options }) } });

/** `count` addresses of the subnet `cidr` that no instance holds (the examples' 10.0.0.19 and .18 are of their own subnet). */
function freeAddresses(cidr: string, count: number): string[] {
  const [base] = cidr.split('/');
  const parts = base!.split('.').map(Number);
  return Array.from({ length: count }, (_, i) => [parts[0], parts[1], parts[2], 200 + i].join('.'));
}

/**
 * By `Action` (every example of it) or `Action 示例N`: the setup that gives the example what it means to act on. An
 * example not here gets fresh running pay-as-you-go instances for the instance IDs it names, and the world's first
 * ones of every other kind.
 */
const SETUPS: Record<string, Setup> = {
  // "查看实例列表", "查询实例的最新操作情况": the first instance listed in the zones is one bought like the example's (the
  // list is newest first), with a data disk, a public IP and a latest operation.
  'DescribeInstances 示例1': async (world) => {
    await world.instances({ tags: [{ Key: 'myKey', Value: 'myValue' }] });
    return {};
  },
  'DescribeInstances 示例3': async (world) => {
    await world.instances({ tags: [{ Key: 'myKey', Value: 'myValue' }] });
    return {};
  },
  // "查询绑定了标签的实例": an instance tagged city=shenzhen.
  'DescribeInstances 示例2': async (world) => {
    await world.instances({ tags: [{ Key: 'city', Value: 'shenzhen' }] });
    return {};
  },
  // The family I1 is an old generation the emulated catalog does not sell: the zone's S5 instead.
  DescribeInstanceTypeConfigs: async () => ({
    patch: (params) => {
      for (const filter of params.Filters ?? []) if (filter.Name === 'instance-family') filter.Values = ['S5'];
    },
  }),
  InquiryPriceRenewInstances: instancesOf({ prepaid: true }),
  'InquiryPriceResetInstancesType 示例1': async (world, named) => ({
    ids: { ins: await world.instances({ count: named.ins.length, prepaid: true, zone: await world.zoneSelling('S5.16XLARGE256') }) },
  }),
  StartInstances: instancesOf({ stopped: true }),
  RenewInstances: instancesOf({ prepaid: true }),
  'ModifyInstancesChargeType 示例1': instancesOf({ prepaid: true }),
  ModifyInstancesRenewFlag: instancesOf({ prepaid: true }),
  InquiryPriceTerminateInstances: instancesOf({ prepaid: true }),
  // "重置实例机型": a stopped instance, in a zone that sells the type it asks for.
  ResetInstancesType: async (world, named) => ({
    ids: { ins: await world.instances({ count: named.ins.length, stopped: true, zone: await world.zoneSelling('S5.16XLARGE256') }) },
  }),
  // "默认扩容方式为关机后扩容" (15090): without ForceStop or ResizeOnline, the instance is a stopped one.
  ResizeInstanceDisks: instancesOf({ stopped: true }),
  // "只支持查询BANDWIDTH_PREPAID（预付费按带宽结算）计费模式的带宽配置" (30462).
  DescribeInstanceInternetBandwidthConfigs: instancesOf({ prepaid: true, prepaidBandwidth: true }),
  DescribeInstancesAttributes: instancesOf({ userData: Buffer.from('MyUserData\n').toString('base64') }),
  // "查询定时任务": an instance with a timer.
  DescribeInstancesActionTimer: async (world) => {
    const [id] = await world.instances();
    await world.actionTimer(id!);
    return { ids: { ins: [id!] } };
  },
  // The example's time (2018) is past; the cloud takes only times more than five minutes ahead.
  ImportInstancesActionTimer: async (world, named) => ({
    ids: { ins: await world.instances({ count: named.ins.length }) },
    patch: (params) => {
      params.ActionTimer.ActionTime = beijing(Date.now() + DAY);
    },
  }),
  DeleteInstancesActionTimer: async (world) => {
    const [id] = await world.instances();
    return { ids: { timer: [await world.actionTimer(id!)] } };
  },
  ExitRescueMode: async (world) => {
    const [id] = await world.instances();
    await world.must('EnterRescueMode', { InstanceId: id, Password: PASSWORD, ForceStop: true });
    return { ids: { ins: [id!] } };
  },
  // Only local disks change medium, and the emulator sells none: the stopped instance's system disk is made local.
  ModifyInstanceDiskType: async (world) => {
    const [id] = await world.instances({ stopped: true });
    world.record(id!).instance.SystemDisk.DiskType = 'LOCAL_BASIC';
    return { ids: { ins: [id!] } };
  },
  // "查询密钥对列表" by the name Tencent: a key of that name.
  DescribeKeyPairs: async (world) => {
    await world.keyPair('Tencent');
    return {};
  },
  AssociateInstancesKeyPairs: async (world, named) => ({
    ids: { ins: await world.instances({ count: named.ins.length, stopped: true }), skey: [await world.keyPair('example_key')] },
  }),
  DisassociateInstancesKeyPairs: async (world, named) => {
    const ins = await world.instances({ count: named.ins.length, stopped: true });
    const key = await world.keyPair('example_key');
    await world.must('AssociateInstancesKeyPairs', { InstanceIds: ins, KeyIds: [key] });
    return { ids: { ins, skey: [key] } };
  },
  DeleteKeyPairs: async (world) => ({ ids: { skey: [await world.keyPair('example_key')] } }),
  // The example's key is a placeholder (`ssh-rsa XXXXXXXXXXXX== skey_45071`): a real one in its place.
  ImportKeyPair: async () => ({
    patch: (params) => {
      params.PublicKey = openSshPublicKey('skey_45071');
    },
  }),
  // Images (25368–28269): the examples act on a custom image of the account; ap-guangzhou's seeded "test-image"
  // (img-qlzp4oea) stands in for theirs, shared with the example's accounts where the answer lists shares.
  DescribeImageSharePermission: async (world) => {
    await world.must('ModifyImageSharePermission', { ImageId: 'img-qlzp4oea', AccountIds: ['101104350000', '101104350001'], Permission: 'SHARE' });
    return { ids: { img: ['img-qlzp4oea'] } };
  },
  ModifyImageSharePermission: async () => ({ ids: { img: ['img-qlzp4oea'] } }),
  ModifyImageAttribute: async () => ({ ids: { img: ['img-qlzp4oea'] } }),
  DeleteImages: async () => ({ ids: { img: ['img-qlzp4oea'] } }),
  // "同步镜像img-o3ycss2p到广州": the example's image is of another region; a custom image is copied to regions not its own.
  SyncImages: async () => ({
    ids: { img: ['img-qlzp4oea'] },
    patch: (params) => {
      params.DestinationRegions = ['ap-shanghai'];
    },
  }),
  // A bucket is named <name>-<AppId>: the example's placeholder "AppId" is the account's.
  ExportImages: async () => ({
    ids: { img: ['img-qlzp4oea'] },
    patch: (params) => {
      params.BucketName = params.BucketName.replace('AppId', '1250000000');
    },
  }),
  AssociateSecurityGroups: async (world, named) => {
    const groups = await world.securityGroups();
    return { ids: { ins: await world.instances({ count: named.ins.length }), sg: [groups.at(-1)!] } };
  },
  DisassociateSecurityGroups: async (world, named) => {
    const ins = await world.instances({ count: named.ins.length });
    const group = (await world.securityGroups()).at(-1)!;
    await world.must('AssociateSecurityGroups', { InstanceIds: ins, SecurityGroupIds: [group] });
    return { ids: { ins, sg: [group] } };
  },
  // StartTime and EndTime are for monthly bandwidth (BANDWIDTH_PREPAID), and the example's 2017 dates are past.
  ResetInstancesInternetMaxBandwidth: async (world) => ({
    ids: { ins: await world.instances({ prepaid: true, prepaidBandwidth: true }) },
    patch: (params) => {
      params.StartTime = beijing(Date.now()).slice(0, 10);
      params.EndTime = beijing(Date.now() + DAY).slice(0, 10);
    },
  }),
  // "迁移实例私有网络且指定子网IP": into the other VPC's subnet in the instances' zone, at addresses of that subnet. Running
  // instances: "此操作默认会关闭实例，完成后再启动" (ForceStop defaults to true, 31350).
  ModifyInstancesVpcAttribute: async (world, named) => {
    const ins = await world.instances({ count: named.ins.length });
    const current = world.record(ins[0]!).instance.VirtualPrivateCloud.VpcId;
    const subnet = (await world.subnets(world.zone)).find((s) => s.VpcId !== current)!;
    return {
      ids: { ins, vpc: [subnet.VpcId], subnet: [subnet.SubnetId] },
      patch: (params) => {
        params.VirtualPrivateCloud.PrivateIpAddresses = freeAddresses(subnet.CidrBlock, params.VirtualPrivateCloud.PrivateIpAddresses.length);
      },
    };
  },
  // "指定私有网络ip创建实例": the region's other VPC, its subnet in the zone, and addresses of it.
  'RunInstances 示例5': async (world) => {
    const subnet = (await world.subnets(world.zone)).find((s) => !s.IsDefault) ?? (await world.subnets(world.zone))[0]!;
    return {
      ids: { vpc: [subnet.VpcId], subnet: [subnet.SubnetId] },
      patch: (params) => {
        params.VirtualPrivateCloud.PrivateIpAddresses = freeAddresses(subnet.CidrBlock, params.VirtualPrivateCloud.PrivateIpAddresses.length);
      },
    };
  },
  // "查询CDH实例列表": the zone's host, with an instance bought onto it (the example's host has two).
  DescribeHosts: async (world) => {
    const [host] = await world.hosts();
    await world.must('RunInstances', {
      Placement: { Zone: world.zone, HostIds: [host] },
      InstanceChargeType: 'CDHPAID',
      ImageId: 'img-eb30mz89',
      InstanceType: 'CDH_2C4G',
      LoginSettings: { Password: PASSWORD },
    });
    return {};
  },
  // "查询分散置放群组信息": a group to list.
  DescribeDisasterRecoverGroups: async (world) => {
    await world.placementGroup('数据库业务');
    return {};
  },
  // The example's window (March 2023) holds none of the world's tasks: the last thirty days instead.
  DescribeTaskInfo: async () => ({
    patch: (params) => {
      params.StartDate = beijing(Date.now() - 30 * DAY);
      params.EndDate = beijing(Date.now());
    },
  }),
  RepairTaskControl: async (world) => {
    const { RepairTaskInfoSet } = await world.must('DescribeTaskInfo', { StartDate: beijing(Date.now() - 30 * DAY), TaskStatus: [1], Limit: 100, Offset: 0 });
    const task = (RepairTaskInfoSet as Json[]).find((t) => t.Region === world.region)!;
    return {
      ids: { rep: [task.TaskId], ins: [task.InstanceId] },
      // A booking must fall before the cloud's own planned time (the task's AuthTime), and after now.
      patch: (params) => {
        if (params.OrderAuthTime) params.OrderAuthTime = beijing(Date.now() + 3_600_000);
      },
    };
  },
  // HPC clusters and CHC hosts (34906–35745, 22444–23930). A cluster of the example's zone, tagged as its answer shows.
  DescribeHpcClusters: async (world) => {
    await world.hpcCluster('test_33311', [{ Key: 'tag_key', Value: 'tag_value' }]);
    return {};
  },
  // The examples name two CHC hosts each: ap-guangzhou's seeded ones, brought to the state the action needs. The
  // example's networks are placeholders in quotes ("subnet-12345678", 22510): the hosts' zone's subnet, at free addresses.
  ConfigureChcAssistVpc: async (world) => {
    const [bare, assisted] = await world.chcHosts(['rack-a01', 'rack-a02']);
    await world.must('RemoveChcAssistVpc', { ChcIds: [assisted] });
    const subnet = await world.chcSubnet();
    return {
      ids: { chc: [bare!, assisted!] },
      patch: (params) => {
        const [bmc1, bmc2, deploy1, deploy2] = freeAddresses(subnet.CidrBlock, 4);
        params.BmcVirtualPrivateCloud = { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId, PrivateIpAddresses: [bmc1, bmc2] };
        params.DeployVirtualPrivateCloud = { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId, PrivateIpAddresses: [deploy1, deploy2] };
      },
    };
  },
  ConfigureChcDeployVpc: async (world) => {
    const [bare, assisted] = await world.chcHosts(['rack-a01', 'rack-a02']);
    const subnet = await world.chcSubnet();
    await world.must('ConfigureChcAssistVpc', { ChcIds: [bare], BmcVirtualPrivateCloud: { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId } });
    return {
      ids: { chc: [bare!, assisted!] },
      patch: (params) => {
        params.DeployVirtualPrivateCloud = { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId, PrivateIpAddresses: freeAddresses(subnet.CidrBlock, 2) };
      },
    };
  },
  // "清理…带外网络和部署网络": a host with its out-of-band network and one with both.
  RemoveChcAssistVpc: async (world) => ({ ids: { chc: await world.chcHosts(['rack-a02', 'rack-a03']) } }),
  // "清理…部署网络": two hosts with a deploy network, rack-a02 given one first.
  RemoveChcDeployVpc: async (world) => {
    const [assisted, prepared] = await world.chcHosts(['rack-a02', 'rack-a03']);
    const subnet = await world.chcSubnet();
    await world.must('ConfigureChcDeployVpc', { ChcIds: [assisted], DeployVirtualPrivateCloud: { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId } });
    return { ids: { chc: [assisted!, prepared!] } };
  },
  // The example's host is PREPARED, with both networks and a tag: rack-a03.
  DescribeChcHosts: async (world) => ({ ids: { chc: await world.chcHosts(['rack-a03']) } }),
  // "仅支持源操作系统为 CentOS 7、CentOS 8 的实例" (28274): a running CentOS 7 instance.
  ConvertOperatingSystems: async (world, named) => ({ ids: { ins: await world.instances({ count: named.ins.length, imageId: 'img-l8og963d' }) } }),
  // The example programs two cards (18817): an FX4.8XLARGE128, which has them, in the zone that sells it.
  ProgramFpgaImage: async (world) => ({ ids: { ins: await world.instances({ zone: 'ap-guangzhou-6', instanceType: 'FX4.8XLARGE128' }) } }),
};

// --- What cannot succeed here, and why ----------------------------------------------------------------------------------

interface Listed {
  reason: string;
  /** How it fails: the error code it gets, or the shape difference it shows. */
  fails: string;
}

/**
 * Examples that cannot succeed against the emulated world, by `Action 示例N` (replayed with the parameters typed as the
 * action takes them) or `Action 示例N as written` (a JSON example replayed with its quoted numbers and booleans as they
 * are). Each must keep failing as it says; one that starts to pass fails the test until it is taken off.
 */
const LISTED: Record<string, Listed> = {};

/**
 * Shape differences that are the example's data rather than the emulator's shape, by `Action <difference>`: an answer
 * showing one of these still passes, and each must still be seen, so the list stays honest.
 */
const DIFFERENCES: Record<string, string> = {
  'DescribeInstances InstanceSet[0].LoginSettings.Password: string in the example, missing in the answer':
    'the example shows a password, but the answer\'s LoginSettings "目前只返回实例所关联的密钥" (only the bound keys, 001 line 37070)',
  'DescribeImages ImageSet[0].Tags: empty, the example has items':
    "the example's public image carries a tag; the emulated public images have none, and the tag service tags only instances",
};

// --- Running one example -----------------------------------------------------------------------------------------------

const ID = /^(ins|img|skey|sg|vpc|subnet|rep|host|ps|lt|chc|hpc)-[0-9a-z]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ZONE = /^([a-z]{2}-[a-z]+)-\d+$/;

/** Nested parameters as a GET or form request carries them: `Filters.0.Values.0=…`, `Placement.Zone=…`. */
function flatten(value: unknown, name = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => flatten(item, `${name}.${i}`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => flatten(item, name ? `${name}.${key}` : key));
  return [[name, String(value)]];
}

/** Every string of the parameters, depth first, in the order the example writes them. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

function replaceStrings(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, replace));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceStrings(item, replace)]));
  return value;
}

function kindOf(text: string): IdKind | undefined {
  if (UUID.test(text)) return 'timer';
  return ID.exec(text)?.[1] as IdKind | undefined;
}

const exampleKey = (example: ReferenceExample) => `${example.action} 示例${example.number}`;

interface Replay {
  params: Json;
  code?: string;
  problems: string[];
}

async function replay(example: ReferenceExample, literal: boolean): Promise<Replay> {
  const spec = served.get(example.action)!;
  const emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
  try {
    const named: Named = { ins: [], img: [], skey: [], sg: [], vpc: [], subnet: [], rep: [], timer: [], host: [], ps: [], lt: [], chc: [], hpc: [] };
    const zones: string[] = [];
    for (const text of strings(example.params)) {
      const kind = kindOf(text);
      if (kind && !named[kind].includes(text)) named[kind].push(text);
      if (ZONE.test(text) && !zones.includes(text)) zones.push(text);
    }

    // The region is the one the example's zones are in, where the emulator has it; the zones, ones it offers there.
    const lister = new World(emulator, 'ap-guangzhou', '');
    const { RegionSet } = await lister.must('DescribeRegions');
    const regions = (RegionSet as Json[]).map((r) => r.Region as string);
    const region = zones.map((zone) => ZONE.exec(zone)![1]!).find((r) => regions.includes(r)) ?? 'ap-guangzhou';
    const { ZoneSet } = await new World(emulator, region, '').must('DescribeZones');
    const open = (ZoneSet as Json[]).filter((z) => z.ZoneState === 'AVAILABLE').map((z) => z.Zone as string);
    const zoneFor = new Map<string, string>();
    for (const zone of zones) {
      if (open.includes(zone)) zoneFor.set(zone, zone);
    }
    for (const zone of zones) {
      if (!zoneFor.has(zone)) zoneFor.set(zone, open.find((z) => ![...zoneFor.values()].includes(z)) ?? open[0]!);
    }
    const world = new World(emulator, region, zoneFor.get(zones[0] ?? '') ?? open[0]!);

    const setup = SETUPS[exampleKey(example)] ?? SETUPS[example.action];
    const prepared = setup ? await setup(world, named) : {};
    const pools: Partial<Record<IdKind, string[]>> = { ...prepared.ids };
    if (named.ins.length && !pools.ins) pools.ins = await world.instances({ count: named.ins.length });
    if (named.img.length && !pools.img) {
      const { ImageSet } = await world.must('DescribeImages', { Filters: [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }], Limit: 100 });
      const known = new Set((ImageSet as Json[]).map((image) => image.ImageId));
      // An image the emulator has is the example's own; another is a public Linux one.
      pools.img = named.img.map((id) => (known.has(id) ? id : (ImageSet as Json[]).find((image) => image.Platform !== 'Windows')!.ImageId));
    }
    if (named.skey.length && !pools.skey) pools.skey = await Promise.all(named.skey.map((_, i) => world.keyPair(`example_key_${i}`)));
    // CHC hosts are the account's own servers (a few seeded per region); HPC clusters are made for the example.
    if (named.chc.length && !pools.chc) pools.chc = await world.chcHosts();
    if (named.hpc.length && !pools.hpc) pools.hpc = await Promise.all(named.hpc.map((_, i) => world.hpcCluster(`example-cluster-${i}`)));
    // Dedicated hosts: the seed's in the example's zone; placement groups: new ones.
    if (named.host.length && !pools.host) pools.host = await world.hosts();
    if (named.ps.length && !pools.ps) pools.ps = await Promise.all(named.ps.map((_, i) => world.placementGroup(`example-${i}`)));
    if (named.sg.length && !pools.sg) pools.sg = await world.securityGroups();
    if (named.lt.length && !pools.lt) pools.lt = await Promise.all(named.lt.map(() => world.launchTemplate(3)));
    if ((named.vpc.length || named.subnet.length) && !pools.subnet) {
      const subnet = (await world.subnets(world.zone))[0]!;
      pools.vpc ??= [subnet.VpcId];
      pools.subnet = [subnet.SubnetId];
    }

    const given = new Map<string, string>();
    const replace = (text: string): string => {
      if (zoneFor.has(text)) return zoneFor.get(text)!;
      const kind = kindOf(text);
      if (!kind) return text;
      if (!given.has(text)) {
        const pool = pools[kind] ?? [];
        const real = pool[named[kind].indexOf(text)];
        if (real === undefined) throw new Error(`setup: nothing of the emulator's in place of ${text}`);
        given.set(text, real);
      }
      return given.get(text)!;
    };
    const substituted = replaceStrings(structuredClone(example.params), replace);
    const params = (literal ? substituted : coerceToShape(substituted, shapeOf(paramsSchema(spec)))) as Json;
    prepared.patch?.(params);

    const target = spec.regional ? world.region : null;
    const envelope =
      literal && example.style === 'query'
        ? await world.getV1(example.action, params, target)
        : await world.call(example.action, params, { region: target, language: example.language });
    const code = errorCode(envelope);
    const problems = code
      ? [`answered ${code}: ${envelope.Response.Error!.Message}`]
      : shapeDifferences(example.response, envelope.Response, referenceNullableFields().get(example.action));
    return { params, code, problems };
  } finally {
    await emulator.close();
  }
}

// --- The examples ------------------------------------------------------------------------------------------------------

// The examples as the repository keeps them (test/contract/reference-examples.json), so this runs wherever it is checked out.
const all = [...referenceExamples().actions.values()].flat();
const replayed = all.filter((example) => served.has(example.action));
/**
 * The examples replayed as written too: a GET example as the GET it is (signed with v1), and a JSON example whose quoted
 * numbers or booleans the typed replay unquotes, with them quoted. Not one that cannot succeed here anyway.
 */
const asWritten = replayed.filter(
  (example) =>
    !LISTED[exampleKey(example)] &&
    (example.style === 'query' || JSON.stringify(example.params) !== JSON.stringify(coerceToShape(example.params, shapeOf(paramsSchema(served.get(example.action)!))))),
);

describe('the reference examples of the emulated CVM actions', () => {
  const passing: string[] = [];
  const seen = new Set<string>();
  afterAll(() => {
    const listed = Object.keys(LISTED).length;
    console.log(
      `${replayed.length} of ${all.length} reference examples replayed (${all.length - replayed.length} are of the ${new Set(all.map((e) => e.action)).size - new Set(replayed.map((e) => e.action)).size} actions the emulator does not serve), ` +
        `${asWritten.length} of them also as written: ${passing.length} of ${replayed.length + asWritten.length} replays pass, ${listed} listed as unable to succeed here`,
    );
  });

  it('lists only examples that are replayed', () => {
    const keys = new Set([...replayed.map(exampleKey), ...asWritten.map((example) => `${exampleKey(example)} as written`)]);
    expect(Object.keys(LISTED).filter((key) => !keys.has(key))).toEqual([]);
  });

  const runs = [...replayed.map((example) => ({ example, literal: false })), ...asWritten.map((example) => ({ example, literal: true }))];
  for (const { example, literal } of runs) {
    const key = `${exampleKey(example)}${literal ? ' as written' : ''}`;
    const listed = LISTED[key];
    it(`${key} ${example.title}${listed ? ' (listed: cannot succeed here)' : ''}`, async () => {
      const { params, code, problems: found } = await replay(example, literal);
      const problems = found.filter((problem) => {
        const known = `${example.action} ${problem}`;
        if (!Object.hasOwn(DIFFERENCES, known)) return true;
        seen.add(known);
        return false;
      });
      if (listed) {
        expect(problems, `${key} is listed (${listed.reason}) but now passes: take it off the list`).not.toEqual([]);
        expect(code ?? problems.join('; '), `${key} fails otherwise than listed`).toContain(listed.fails);
        return;
      }
      expect(problems.join('\n'), `${key} (reference line ${example.line}) with ${JSON.stringify(params)}`).toBe('');
      passing.push(key);
    });
  }

  it('still sees every listed shape difference', () => {
    expect(Object.keys(DIFFERENCES).filter((known) => !seen.has(known))).toEqual([]);
  });
});
