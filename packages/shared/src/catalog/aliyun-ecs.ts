import type { AliyunPage, AliyunRegion, EcsInstance } from '../types/index.ts';
import { defineAction } from './define.ts';

// Alibaba Cloud ECS 2014-05-26 (RPC): the instances an Auto Scaling group can take, and the regions to look in.
// RegionId comes from the console's region header, like X-TC-Region for Tencent Cloud.
const service = 'ecs';
const version = '2014-05-26';

// Rate limit: not in the seeds, and Alibaba Cloud shows ECS's per-API limits only in its Quota Center console,
// not on the API pages, so 20/s is an assumed budget, not a documented figure. The emulator does not throttle
// Alibaba Cloud calls.
const rateLimit = { perSecond: 20, source: 'not documented: not in the seeds; Alibaba Cloud publishes ECS limits only in its Quota Center console; assumed 20/s' };

export const DescribeRegions = defineAction<{ Regions: { Region: AliyunRegion[] }; RequestId: string }>()({
  service,
  version,
  cloud: 'aliyun',
  action: 'DescribeRegions',
  kind: 'read',
  minRole: 'viewer',
  rateLimit,
  regional: false,
  params: (z) => z.strictObject({ AcceptLanguage: z.enum(['zh-CN', 'en-US', 'ja']).optional() }),
});

export const DescribeInstances = defineAction<AliyunPage & { Instances: { Instance: EcsInstance[] } }>()({
  service,
  version,
  cloud: 'aliyun',
  action: 'DescribeInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit,
  params: (z) =>
    z.strictObject({
      /** A JSON array of up to 100 IDs, as the API takes it: `["i-bp...","i-bp..."]`. */
      InstanceIds: z.string().optional(),
      VpcId: z.string().optional(),
      VSwitchId: z.string().optional(),
      ZoneId: z.string().optional(),
      /** `*` is a wildcard. Instance names are 2–128 characters, and a longer filter is refused before it is signed. */
      InstanceName: z.string().max(128).optional(),
      Status: z.enum(['Pending', 'Running', 'Starting', 'Stopping', 'Stopped']).optional(),
      InstanceNetworkType: z.enum(['vpc', 'classic']).optional(),
      PageNumber: z.number().int().min(1).optional(),
      PageSize: z.number().int().min(1).max(100).optional(),
    }),
});
