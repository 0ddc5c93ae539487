import type { cvm } from '@cvm/shared';
import type { Change, Leg } from '../../../state/change-over-time/index.ts';
import { beijingTime } from '../../../state/cloud-time.ts';
import { resourceId, seededRandom } from '../../../state/random.ts';
import type { World } from '../../../state/world.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { startOfBeijingDay } from './task-time.ts';

// The account's repair tasks ("维修任务", reference 34186–34830): what DescribeTaskInfo lists and RepairTaskControl
// authorizes. A task is the cloud's, about one instance; it waits for authorization (1 待授权) until its planned time,
// when the cloud authorizes it itself (System_mandatory_auth), or until a customer authorizes it — at once (2 处理中)
// or booked for a time before the planned one (4 已预约). Once begun, the repair takes its time (CVM_TRANSITIONS.repair)
// and the task ends (3 已结束). Every wait and repair is a change on the world's timeline, landing lazily like the rest.
//
// Kept per world, and seeded at the first read: a few tasks on the demo instances, as of when the world was made, so
// the same start shows the same tasks. Their IDs come from a generator of their own: asking for them never changes
// an ID the world hands out.

export type RepairStage = 'PROCESSING' | 'ENDED';

export interface RepairTask {
  /** The answer's fields; the instance's own (name, addresses, network) are read afresh while it exists. */
  info: cvm.RepairTaskInfo;
  region: string;
  /** Emulator ms, for the CreateTime window. */
  createdAt: number;
  /** While pending: when the cloud authorizes it itself (the task's AuthTime says so). */
  plannedAt?: number;
  /** The wait or repair under way; a customer's authorization replaces the cloud's own. */
  change?: Change<RepairStage>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** TaskTypeName by TaskTypeId (34282–34294). */
export const REPAIR_TASK_TYPE_NAMES: Record<number, string> = {
  101: '实例运行隐患',
  102: '实例运行异常',
  103: '实例硬盘异常',
  104: '实例网络连接异常',
  105: '实例运行预警',
  106: '实例硬盘预警',
  107: '实例维护升级',
};

/** The three status fields move together: [TaskStatus, DeviceStatus, OperateStatus]. */
const STATUS = {
  pending: [1, 1, 1],
  processing: [2, 2, 2],
  ended: [3, 3, 3],
  booked: [4, 4, 4],
  avoided: [6, 6, 6],
} as const;
type Status = keyof typeof STATUS;

function setStatus(task: RepairTask, status: Status): void {
  const [TaskStatus, DeviceStatus, OperateStatus] = STATUS[status];
  Object.assign(task.info, { TaskStatus, DeviceStatus, OperateStatus });
}

interface SeedTask {
  region: string;
  /** A demo instance's name (seed/demo-instances.ts); skipped where the world has no such instance. */
  instance: string;
  type: keyof typeof REPAIR_TASK_TYPE_NAMES;
  status: 'pending' | 'ended' | 'avoided';
  authType: number;
  /** Before the seed; the first task is today's, so DescribeTaskInfo's default window (today) shows one. */
  createdAgo: number;
  /** Pending: the planned time after the seed. Ended: when it was authorized and how long the repair took. */
  plannedIn?: number;
  authorized?: { ago: number; source: 'Customer_auth' | 'System_mandatory_auth'; took: number };
  detail: string;
}

const SEED: SeedTask[] = [
  {
    region: 'ap-guangzhou',
    instance: 'web-prod-01',
    type: 107,
    status: 'pending',
    authType: 6,
    createdAgo: HOUR / 2,
    plannedIn: 2 * DAY,
    // The reference's example (34457).
    detail:
      '监控到您的云服务器因底层宿主机架构、软件升级需要发起在线维护，处理过程中云服务器可能出现短时间高负载或者网络抖动。为尽快完成维护以提升实例性能及安全性，需要您授权我们在线维护。感谢您的支持与理解。',
  },
  {
    region: 'ap-guangzhou',
    instance: 'mysql-replica',
    type: 101,
    status: 'pending',
    authType: 2,
    createdAgo: 26 * HOUR,
    plannedIn: 46 * HOUR,
    detail: '监控到您的云服务器存在隐患，可能导致云服务器高负载或宕机。为尽快修复隐患，需要您授权我们停机处理。感谢您的支持与理解。',
  },
  {
    region: 'ap-guangzhou',
    instance: 'batch-worker-1',
    type: 106,
    status: 'ended',
    authType: 5,
    createdAgo: 10 * DAY,
    authorized: { ago: 9 * DAY, source: 'Customer_auth', took: 2 * HOUR },
    detail: '监控到您的云服务器硬盘存在故障预警，可能导致数据读写异常。为尽快修复，需要您授权我们停机换盘处理。感谢您的支持与理解。',
  },
  {
    region: 'ap-shanghai',
    instance: 'kafka-1',
    type: 102,
    status: 'ended',
    authType: 1,
    createdAgo: 20 * DAY,
    authorized: { ago: 18 * DAY, source: 'System_mandatory_auth', took: HOUR },
    detail: '监控到您的云服务器运行异常，需要在线迁移至健康的宿主机。为尽快恢复，需要您授权我们在线迁移。感谢您的支持与理解。',
  },
  {
    region: 'ap-beijing',
    instance: 'bj-edge-01',
    type: 105,
    status: 'avoided',
    authType: 7,
    createdAgo: 5 * DAY,
    detail: '监控到您的云服务器存在运行风险预警，经评估风险已规避，无需处理。',
  },
];

const books = new WeakMap<World, RepairTask[]>();

/** Puts the task's next stages on the timeline: processing (at `beginAt`, or already) and, a repair later, ended. */
export function scheduleRepair(world: World, task: RepairTask, beginAt: number | undefined, onBegin?: (at: number) => void): void {
  const legs: Leg<RepairStage>[] = [];
  if (beginAt !== undefined) legs.push({ to: 'PROCESSING', at: beginAt });
  legs.push({ to: 'ENDED' });
  task.change = world.changes.start<RepairStage>({
    transition: CVM_TRANSITIONS.repair,
    legs,
    injectFaults: false,
    enter: (stage, at) => {
      if (stage === 'PROCESSING') {
        task.plannedAt = undefined;
        setStatus(task, 'processing');
        onBegin?.(at);
      } else {
        setStatus(task, 'ended');
        task.info.EndTime = beijingTime(at);
      }
    },
    onSuccess: () => {
      task.change = undefined;
    },
  });
}

function seedTasks(world: World): RepairTask[] {
  const random = seededRandom(0x72657061); // 'repa'
  const seededAt = world.seededAt;
  const tasks: RepairTask[] = [];
  for (const seed of SEED) {
    const region = world.region(seed.region);
    const record = region && world.listInstances(region).find((r) => r.instance.InstanceName === seed.instance);
    if (!record) continue;
    const { instance } = record;
    const createdAt = seed.createdAgo < DAY ? Math.max(startOfBeijingDay(seededAt), seededAt - seed.createdAgo) : seededAt - seed.createdAgo;
    const authorizedAt = seed.authorized && seededAt - seed.authorized.ago;
    const task: RepairTask = {
      region: seed.region,
      createdAt,
      info: {
        TaskId: resourceId('rep', random),
        InstanceId: instance.InstanceId,
        Alias: instance.InstanceName,
        TaskTypeId: seed.type,
        TaskTypeName: REPAIR_TASK_TYPE_NAMES[seed.type]!,
        TaskStatus: 0,
        DeviceStatus: 0,
        OperateStatus: 0,
        CreateTime: beijingTime(createdAt),
        AuthTime: seed.plannedIn ? beijingTime(seededAt + seed.plannedIn) : authorizedAt ? beijingTime(authorizedAt) : null,
        EndTime: seed.status === 'ended' ? beijingTime(authorizedAt! + seed.authorized!.took) : seed.status === 'avoided' ? beijingTime(createdAt + DAY) : null,
        TaskDetail: seed.detail,
        Zone: null,
        Region: seed.region,
        VpcId: null,
        VpcName: null,
        SubnetId: null,
        SubnetName: null,
        WanIp: null,
        LanIp: null,
        Product: 'CVM',
        TaskSubType: null,
        AuthType: seed.authType,
        AuthSource: seed.authorized?.source ?? 'Waiting_auth',
      },
    };
    // The instance's zone, network and addresses as of the seed: kept should the instance go.
    task.info = describedTask(world, task);
    setStatus(task, seed.status);
    if (seed.status === 'pending') {
      const planned = seededAt + seed.plannedIn!;
      task.plannedAt = planned;
      // Nobody authorized it by the planned time: the cloud does, then, and the repair begins.
      scheduleRepair(world, task, planned, () => Object.assign(task.info, { AuthSource: 'System_mandatory_auth', AuthTime: beijingTime(planned) }));
    }
    tasks.push(task);
  }
  return tasks;
}

/** The world's repair tasks, seeded at the first call, every wait and repair due by now landed. */
export function repairTasks(world: World): RepairTask[] {
  let tasks = books.get(world);
  if (!tasks) {
    tasks = seedTasks(world);
    books.set(world, tasks);
  }
  world.changes.settle();
  return tasks;
}

/** A task as DescribeTaskInfo answers it: the instance's name, zone, network and addresses as they are now. */
export function describedTask(world: World, task: RepairTask): cvm.RepairTaskInfo {
  const info = { ...task.info };
  const region = world.region(task.region);
  const instance = region?.instances.peek(info.InstanceId)?.instance;
  if (!region || !instance) return info;
  const vpc = region.network.vpcs.find((v) => v.VpcId === instance.VirtualPrivateCloud.VpcId);
  const subnet = region.network.subnets.find((s) => s.info.SubnetId === instance.VirtualPrivateCloud.SubnetId);
  return {
    ...info,
    Alias: instance.InstanceName,
    Zone: instance.Placement.Zone,
    VpcId: instance.VirtualPrivateCloud.VpcId,
    VpcName: vpc?.VpcName ?? null,
    SubnetId: instance.VirtualPrivateCloud.SubnetId,
    SubnetName: subnet?.info.SubnetName ?? null,
    WanIp: instance.PublicIpAddresses?.[0] ?? null,
    LanIp: instance.PrivateIpAddresses[0] ?? null,
  };
}
