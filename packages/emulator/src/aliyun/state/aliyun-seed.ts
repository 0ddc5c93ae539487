import type { EcsInstance, ScalingInstance } from '@cvm/shared';
import { aliyunId } from './aliyun-ids.ts';
import { aliyunTime } from './aliyun-time.ts';
import type { AliyunRegionState, AliyunWorld, ScalingGroupRecord, ScalingGroupSettings } from './aliyun-world.ts';

// The demo Alibaba Cloud account. Every AttachInstances rule has an instance or a group that shows it:
// a free instance for each group, a stopped one, one in another VPC, a classic-network one, one already in a group,
// a full group, a classic group, an inactive group, a group whose load balancer is down, and a second region.

interface InstanceSeed {
  name: string;
  status?: EcsInstance['Status'];
  network?: 'main' | 'other' | 'classic';
  zone?: number;
  type?: string;
  charge?: EcsInstance['InstanceChargeType'];
}

interface GroupSeed {
  name: string;
  state?: ScalingGroupSettings['LifecycleState'];
  network: 'main' | 'classic';
  min: number;
  max: number;
  loadBalancer?: 'active' | 'inactive' | 'none';
  /** Names of seeded instances that are members (AutoCreated, InService). */
  members?: string[];
}

interface RegionSeed {
  regionId: string;
  /** The name DescribeRegions gives in Chinese (AcceptLanguage zh-CN, the default) and in English. */
  localName: string;
  englishName: string;
  idCode: string;
  zones: string[];
  instances: InstanceSeed[];
  groups: GroupSeed[];
}

const TYPES: Record<string, { cpu: number; memory: number }> = {
  'ecs.g7.large': { cpu: 2, memory: 8192 },
  'ecs.c7.xlarge': { cpu: 4, memory: 8192 },
  'ecs.g7.xlarge': { cpu: 4, memory: 16384 },
};

export const ALIYUN_SEED_REGIONS: RegionSeed[] = [
  {
    regionId: 'cn-hangzhou',
    localName: '华东1（杭州）',
    englishName: 'China (Hangzhou)',
    idCode: 'bp',
    zones: ['cn-hangzhou-h', 'cn-hangzhou-i'],
    instances: [
      { name: 'web-01' },
      { name: 'web-02', zone: 1 },
      { name: 'app-03' },
      { name: 'app-04', zone: 1 },
      { name: 'app-05', type: 'ecs.c7.xlarge', charge: 'PrePaid' },
      { name: 'app-06-stopped', status: 'Stopped' },
      { name: 'analytics-07', network: 'other' },
      { name: 'legacy-08', network: 'classic' },
      { name: 'worker-09' },
      { name: 'worker-10', zone: 1 },
    ],
    groups: [
      { name: 'web-asg', network: 'main', min: 1, max: 6, loadBalancer: 'active', members: ['web-01', 'web-02'] },
      { name: 'worker-asg', network: 'main', min: 0, max: 3, loadBalancer: 'none', members: ['worker-09', 'worker-10'] },
      { name: 'legacy-classic-asg', network: 'classic', min: 0, max: 4, loadBalancer: 'none' },
      { name: 'paused-asg', state: 'Inactive', network: 'main', min: 0, max: 4, loadBalancer: 'none' },
      { name: 'api-asg', network: 'main', min: 0, max: 4, loadBalancer: 'inactive' },
    ],
  },
  {
    regionId: 'cn-shanghai',
    localName: '华东2（上海）',
    englishName: 'China (Shanghai)',
    idCode: 'uf',
    zones: ['cn-shanghai-l', 'cn-shanghai-m'],
    instances: [{ name: 'sh-web-01' }, { name: 'sh-app-02' }],
    groups: [{ name: 'sh-web-asg', network: 'main', min: 1, max: 4, loadBalancer: 'active', members: ['sh-web-01'] }],
  },
];

const DAY_MS = 86_400_000;

export function seedAliyun(world: AliyunWorld): void {
  ALIYUN_SEED_REGIONS.forEach((seed, regionIndex) => {
    const id = (prefix: string) => aliyunId(prefix, seed.idCode, world.random);
    const now = world.clock.now();
    const mainVpc = id('vpc');
    const otherVpc = id('vpc');
    const vswitches = seed.zones.map(() => id('vsw'));
    const otherVswitch = id('vsw');
    const region: AliyunRegionState = {
      regionId: seed.regionId,
      localName: seed.localName,
      englishName: seed.englishName,
      idCode: seed.idCode,
      zones: seed.zones,
      instances: new Map(),
      groups: new Map(),
      activities: [],
    };
    const byName = new Map<string, EcsInstance>();
    seed.instances.forEach((s, index) => {
      const zoneIndex = s.zone ?? 0;
      const type = s.type ?? 'ecs.g7.large';
      const network = s.network ?? 'main';
      const privateIp = `${network === 'other' ? 172 : 10}.${16 + regionIndex}.${zoneIndex}.${10 + index}`;
      const instance: EcsInstance = {
        InstanceId: id('i'),
        InstanceName: s.name,
        RegionId: seed.regionId,
        ZoneId: seed.zones[zoneIndex]!,
        Status: s.status ?? 'Running',
        InstanceType: type,
        Cpu: TYPES[type]!.cpu,
        Memory: TYPES[type]!.memory,
        OSName: 'Alibaba Cloud Linux 3.2104 LTS 64位',
        ImageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
        InstanceNetworkType: network === 'classic' ? 'classic' : 'vpc',
        InstanceChargeType: s.charge ?? 'PostPaid',
        VpcAttributes:
          network === 'classic'
            ? { VpcId: '', VSwitchId: '', PrivateIpAddress: { IpAddress: [] } }
            : {
                VpcId: network === 'main' ? mainVpc : otherVpc,
                VSwitchId: network === 'main' ? vswitches[zoneIndex]! : otherVswitch,
                PrivateIpAddress: { IpAddress: [privateIp] },
              },
        InnerIpAddress: { IpAddress: network === 'classic' ? [privateIp] : [] },
        PublicIpAddress: { IpAddress: [] },
        CreationTime: aliyunTime(now - (30 - index) * DAY_MS, 'minute'),
      };
      region.instances.set(instance.InstanceId, instance);
      byName.set(s.name, instance);
    });
    for (const g of seed.groups) {
      const vpc = g.network === 'main';
      const group: ScalingGroupRecord = {
        settings: {
          ScalingGroupId: id('asg'),
          ScalingGroupName: g.name,
          RegionId: seed.regionId,
          LifecycleState: g.state ?? 'Active',
          MinSize: g.min,
          MaxSize: g.max,
          DefaultCooldown: 300,
          VpcId: vpc ? mainVpc : '',
          VSwitchId: vpc ? vswitches[0]! : '',
          VSwitchIds: { VSwitchId: vpc ? [...vswitches] : [] },
          LoadBalancerIds: { LoadBalancerId: g.loadBalancer && g.loadBalancer !== 'none' ? [id('lb')] : [] },
          ActiveScalingConfigurationId: id('asc'),
          CreationTime: aliyunTime(now - 60 * DAY_MS, 'minute'),
          loadBalancerStatus: g.loadBalancer === 'inactive' ? 'inactive' : 'active',
        },
        members: new Map(),
      };
      for (const name of g.members ?? []) {
        const instance = byName.get(name)!;
        const member: ScalingInstance = {
          InstanceId: instance.InstanceId,
          ScalingGroupId: group.settings.ScalingGroupId,
          ScalingConfigurationId: group.settings.ActiveScalingConfigurationId,
          CreationType: 'AutoCreated',
          LifecycleState: 'InService',
          HealthStatus: 'Healthy',
          LoadBalancerWeight: 50,
          CreationTime: instance.CreationTime,
          ZoneId: instance.ZoneId,
        };
        group.members.set(instance.InstanceId, member);
      }
      region.groups.set(group.settings.ScalingGroupId, group);
    }
    world.regions.set(seed.regionId, region);
  });
}
