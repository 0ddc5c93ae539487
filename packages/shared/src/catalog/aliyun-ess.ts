import type { AliyunPage, ScalingActivity, ScalingGroup, ScalingInstance } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';

// Alibaba Cloud Auto Scaling (ESS) 2014-08-28, RPC style (seed 003: AttachInstances). Lists are sent as `Name.N`,
// 1-based; the console's JSON uses the wire name with an array (`InstanceId: [...]` becomes InstanceId.1, .2, ...).
const service = 'ess';
const version = '2014-08-28';

// Rate limit: not in the seeds, and Alibaba Cloud shows Auto Scaling's per-API limits only in its Quota Center console,
// not on the API pages, so 20/s is an assumed budget, not a documented figure. The emulator does not throttle
// Alibaba Cloud calls.
const rateLimit = { perSecond: 20, source: 'not documented: not in the seeds; Alibaba Cloud publishes Auto Scaling limits only in its Quota Center console; assumed 20/s' };

const page = (z: Zod) => ({ PageNumber: z.number().int().min(1).optional(), PageSize: z.number().int().min(1).max(50).optional() });

export const DescribeScalingGroups = defineAction<AliyunPage & { ScalingGroups: { ScalingGroup: ScalingGroup[] } }>()({
  service,
  version,
  cloud: 'aliyun',
  action: 'DescribeScalingGroups',
  kind: 'read',
  minRole: 'viewer',
  rateLimit,
  params: (z) => z.strictObject({ ScalingGroupId: z.array(z.string().min(1)).max(20).optional(), ScalingGroupName: z.string().optional(), ...page(z) }),
});

export const DescribeScalingInstances = defineAction<AliyunPage & { ScalingInstances: { ScalingInstance: ScalingInstance[] } }>()({
  service,
  version,
  cloud: 'aliyun',
  action: 'DescribeScalingInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit,
  params: (z) =>
    z.strictObject({
      ScalingGroupId: z.string().min(1).optional(),
      InstanceId: z.array(z.string().min(1)).max(20).optional(),
      CreationType: z.enum(['AutoCreated', 'Attached']).optional(),
      LifecycleState: z.enum(['InService', 'Pending', 'Removing']).optional(),
      ...page(z),
    }),
});

export const DescribeScalingActivities = defineAction<AliyunPage & { ScalingActivities: { ScalingActivity: ScalingActivity[] } }>()({
  service,
  version,
  cloud: 'aliyun',
  action: 'DescribeScalingActivities',
  kind: 'read',
  minRole: 'viewer',
  rateLimit,
  params: (z) =>
    z.strictObject({
      ScalingGroupId: z.string().min(1).optional(),
      ScalingActivityId: z.array(z.string().min(1)).max(20).optional(),
      StatusCode: z.enum(['Successful', 'Warning', 'Failed', 'InProgress', 'Rejected']).optional(),
      ...page(z),
    }),
});

export const AttachInstances = defineAction<{ RequestId: string; ScalingActivityId: string }>()({
  service,
  version,
  cloud: 'aliyun',
  action: 'AttachInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit,
  params: (z) =>
    z.strictObject({
      ScalingGroupId: z.string().min(1),
      InstanceId: z.array(z.string().min(1)).min(1).max(20),
      /** Weight of instance N as a load balancer backend, 0–100 (default 50); position N matches InstanceId N. */
      LoadBalancerWeight: z.array(z.number().int().min(0).max(100)).max(20).optional(),
    }),
});
