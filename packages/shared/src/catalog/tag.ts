import { defineAction } from './define.ts';

// The tag service (tag 2018-08-13; not in the seeds — its pages: cloud.tencent.com/document/product/651/33020 and
// 33019). It is global: Region is not needed. The console reads tag keys and values to suggest them in the instance
// search, and binds and unbinds instances' tags with TagResources / UnTagResources (pages 651/46533 and 651/46532),
// which name each resource by its six-segment description: qcs::cvm:<region>:uin/<uin>:instance/<instance-id>. It also
// lists the account's projects (DescribeProjects, 651/78725), which the console offers when moving instances between
// projects (CVM's ModifyInstancesProject).
const service = 'tag';
const version = '2018-08-13';
const limit = { perSecond: 20, source: 'not in the seeds; Tencent Cloud Tag API DescribeTagKeys / DescribeTagValues pages: 20/s' };

/**
 * What one TagResources / UnTagResources call may name: ResourceList.N, Tags.N and TagKeys.N each document "N: 0-9".
 * Past it the service answers LimitExceeded.ResourceNumPerRequest / LimitExceeded.TagNumPerRequest, so the schemas
 * leave the figure to the rule (a schema's own cap would answer another code) and only keep a request's size sane.
 */
export const TAG_MAX_PER_REQUEST = 10;
/** Tags one resource may carry (Use Limits, cloud.tencent.com/document/product/651/13354). */
export const TAG_MAX_PER_RESOURCE = 50;
/** Unicode characters in a key and in a value (651/13354). */
export const TAG_KEY_MAX_LENGTH = 127;
export const TAG_VALUE_MAX_LENGTH = 255;

/** One resource TagResources or UnTagResources could not change, and why (data type FailedResource, 651/33023). */
export interface FailedResource {
  Resource: string;
  Code: string;
  Message: string;
}

/** A tag as the tag service spells it (not CVM's Key/Value). */
export interface TagPair {
  TagKey: string;
  TagValue: string;
  /** Custom (a tag someone put on a resource) or System (the cloud's own); DescribeTagValues answers it. */
  Category?: 'Custom' | 'System';
}

export const DescribeTagKeys = defineAction<{ TotalCount: number; Offset: number; Limit: number; Tags: string[] }>()({
  service,
  version,
  action: 'DescribeTagKeys',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: limit,
  regional: false,
  params: (z) =>
    z.strictObject({
      CreateUin: z.number().int().optional(),
      Offset: z.number().int().min(0).optional(),
      Limit: z.number().int().min(1).max(1000).optional(),
      ShowProject: z.number().int().optional(),
      Category: z.enum(['Custom', 'System', 'All']).optional(),
    }),
});

export const DescribeTagValues = defineAction<{ TotalCount: number; Offset: number; Limit: number; Tags: TagPair[] }>()({
  service,
  version,
  action: 'DescribeTagValues',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: limit,
  regional: false,
  params: (z) =>
    z.strictObject({
      TagKeys: z.array(z.string().min(1).max(127)).min(1).max(100),
      CreateUin: z.number().int().optional(),
      Offset: z.number().int().min(0).optional(),
      Limit: z.number().int().min(1).max(1000).optional(),
      Category: z.enum(['Custom', 'System', 'All']).optional(),
    }),
});

/** 46533: binds every tag to every resource; a key a resource already has takes the new value. */
export const TagResources = defineAction<{ FailedResources: FailedResource[] }>()({
  service,
  version,
  action: 'TagResources',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud Tag API TagResources page tencentcloud.com/document/api/651/46533: 20/s' },
  regional: false,
  params: (z) =>
    z.strictObject({
      ResourceList: z.array(z.string()).min(1).max(1000),
      Tags: z
        // Category (Custom, System) is the answers' kind of tag: taken and not applied.
        .array(z.strictObject({ TagKey: z.string(), TagValue: z.string(), Category: z.string().optional() }))
        .min(1)
        .max(1000),
    }),
});

/** 46532: unbinds the keys from every resource; a key a resource does not have is no change. */
export const UnTagResources = defineAction<{ FailedResources: FailedResource[] }>()({
  service,
  version,
  action: 'UnTagResources',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud Tag API UnTagResources page tencentcloud.com/document/api/651/46532: 20/s' },
  regional: false,
  params: (z) =>
    z.strictObject({
      ResourceList: z.array(z.string()).min(1).max(1000),
      TagKeys: z.array(z.string()).min(1).max(1000),
    }),
});

/** DescribeProjects' page size: the page documents Limit as "分页条数，固定值1000" (651/78725); it is also the most it takes. */
export const PROJECT_LIST_LIMIT = 1000;

/** One project of the account (the SDK's data type Project); CreateTime is Beijing time, `YYYY-MM-DD hh:mm:ss`. */
export interface Project {
  ProjectId: number;
  ProjectName: string;
  /** The UIN of whoever created it, as a number (the page's example: 100000012345). */
  CreatorUin: number;
  /** The project's description; empty when it has none. */
  ProjectInfo: string;
  CreateTime: string;
}

/**
 * 651/78725 ("获取项目列表"): the account's projects, paged. AllList 1 lists them all, hidden ones included, 0 only the
 * shown ones; ProjectId (greater than 0) and ProjectName narrow the list. AllList, Limit and Offset are required. The
 * schema checks their types only: a value out of range (AllList not 0 or 1, Limit not 1–1000, a negative Offset, a
 * ProjectId not above 0) is the action's own InvalidParameter, which a schema bound would answer with another code.
 */
export const DescribeProjects = defineAction<{ Total: number; Projects: Project[] }>()({
  service,
  version,
  action: 'DescribeProjects',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud Tag API DescribeProjects page cloud.tencent.com/document/api/651/78725: 20/s' },
  regional: false,
  params: (z) =>
    z.strictObject({
      AllList: z.number().int(),
      Limit: z.number().int(),
      Offset: z.number().int(),
      ProjectId: z.number().int().optional(),
      ProjectName: z.string().optional(),
    }),
});
