import type { WithRequestId } from '../types/index.ts';
import { defineAction } from './define.ts';
import { idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// Maintenance ("维修任务", reference 34186–34830, RepairTaskInfo 38490): the cloud's repair tasks on the account's
// instances, listed across regions (Region is optional for both actions), and a pending one authorized — now or at a
// time booked ahead of the planned one. Authorizing lets the cloud act on an instance: an admin's. Codes are the cloud's
// (InvalidParameterValue for the list, InvalidParameter for the authorization); the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

/** TaskStatus: 1 待授权 (pending), 2 处理中 (processing), 3 已结束 (ended), 4 已预约 (booked), 5 已取消 (cancelled), 6 已避免 (avoided). */
export const REPAIR_TASK_STATUSES = [1, 2, 3, 4, 5, 6] as const;
/** TaskTypeId: 101 运行隐患 … 107 维护升级 (34282–34294). */
export const REPAIR_TASK_TYPES = [101, 102, 103, 104, 105, 106, 107] as const;
/** The products whose tasks are listed (34218). */
export const REPAIR_PRODUCTS = ['CVM', 'CDH', 'CPM2.0'] as const;

/** A repair task as DescribeTaskInfo answers it (38490). Times are `YYYY-MM-DD hh:mm:ss`, Beijing time. */
export interface RepairTaskInfo {
  TaskId: string;
  InstanceId: string;
  Alias: string | null;
  TaskTypeId: number;
  TaskTypeName: string;
  TaskStatus: number;
  /** 1 故障中, 2 处理中, 3 正常, 4 已预约, 5 已取消, 6 已避免. */
  DeviceStatus: number;
  /** 1 未授权, 2 已授权, 3 已处理, 4 已预约, 5 已取消, 6 已避免. */
  OperateStatus: number;
  CreateTime: string;
  /** When it was authorized, or, while pending, when the cloud will authorize it itself (the planned time). */
  AuthTime: string | null;
  EndTime: string | null;
  TaskDetail: string | null;
  Zone: string | null;
  Region: string | null;
  VpcId: string | null;
  VpcName: string | null;
  SubnetId: string | null;
  SubnetName: string | null;
  WanIp: string | null;
  LanIp: string | null;
  Product: string | null;
  TaskSubType: string | null;
  /** Which authorizations the task offers (1 online migration … 8 lossy local-disk migration). */
  AuthType: number;
  /** Waiting_auth, Customer_auth, System_mandatory_auth or Pre_policy_auth. */
  AuthSource: string;
}

/** 34186: Limit and Offset are required; StartDate/EndDate bound CreateTime (default: today 00:00 until now). */
export const DescribeTaskInfo = defineAction<WithRequestId & { TotalCount: number; RepairTaskInfoSet: RepairTaskInfo[] }>()({
  service,
  version,
  action: 'DescribeTaskInfo',
  kind: 'read',
  minRole: 'viewer',
  regional: false,
  rateLimit: { perSecond: 20, source: '001 line 34192' },
  params: (z) =>
    z.strictObject({
      Limit: limitSchema(z),
      Offset: offsetSchema(z),
      Product: z.string().optional(),
      TaskStatus: z.array(z.number().int()).max(REPAIR_TASK_STATUSES.length).optional(),
      TaskTypeIds: z.array(z.number().int()).max(REPAIR_TASK_TYPES.length).optional(),
      TaskIds: idListSchema(z, 100).optional(),
      InstanceIds: idListSchema(z, 100).optional(),
      Aliases: z.array(z.string()).max(100).optional(),
      StartDate: z.string().optional(),
      EndDate: z.string().optional(),
      OrderField: z.string().optional(),
      Order: z.number().int().optional(),
    }),
});

/** The one Operate the cloud takes (34679). */
export const REPAIR_OPERATIONS = ['AuthorizeRepair'] as const;

/** 34625: a pending task only; OrderAuthTime at least 5 minutes ahead and within 48 hours. */
export const RepairTaskControl = defineAction<WithRequestId & { TaskId: string }>()({
  service,
  version,
  action: 'RepairTaskControl',
  kind: 'mutate',
  minRole: 'admin',
  regional: false,
  rateLimit: { perSecond: 20, source: '001 line 34635' },
  params: (z) =>
    z.strictObject({
      Product: z.string(),
      InstanceIds: idListSchema(z, 100).min(1),
      TaskId: z.string(),
      Operate: z.string(),
      OrderAuthTime: z.string().optional(),
      TaskSubMethod: z.string().optional(),
    }),
});
