import { defineAction } from './define.ts';

// The tag service (tag 2018-08-13; not in the seeds — its pages: cloud.tencent.com/document/product/651/33020 and
// 33019). It is global: Region is not needed. The console reads tag keys and values to suggest them in the instance
// search.
const service = 'tag';
const version = '2018-08-13';
const limit = { perSecond: 20, source: 'not in the seeds; Tencent Cloud Tag API DescribeTagKeys / DescribeTagValues pages: 20/s' };

/** A tag as the tag service spells it (not CVM's Key/Value). */
export interface TagPair {
  TagKey: string;
  TagValue: string;
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
