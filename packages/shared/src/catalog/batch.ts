import type { ComputeEnvDetail, ComputeEnvView, WithRequestId } from '../types/index.ts';
import { defineAction } from './define.ts';
import { filtersSchema, idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// Batch (批量计算) 2017-03-12: compute environments and the CVM instances in them. AttachInstances comes from seed 000
// (the instance is not in Batch yet, RUNNING, not spot; its UserData is reset and its OS reinstalled);
// the neighbouring actions carry the public Batch API's names and fields.
const service = 'batch';
const version = '2017-03-12';

export const DescribeComputeEnvs = defineAction<{ ComputeEnvSet: ComputeEnvView[]; TotalCount: number }>()({
  service,
  version,
  action: 'DescribeComputeEnvs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 2, source: 'not in the seeds; Tencent Cloud Batch API page tencentcloud.com/document/api/599/30509: 2/s' },
  params: (z) =>
    z.strictObject({
      EnvIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

export const DescribeComputeEnv = defineAction<ComputeEnvDetail>()({
  service,
  version,
  action: 'DescribeComputeEnv',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 2, source: 'not in the seeds; Tencent Cloud Batch API page tencentcloud.com/document/api/599/30517: 2/s' },
  params: (z) => z.strictObject({ EnvId: z.string().min(1) }),
});

/**
 * The admin's call, like CVM's ResetInstance: every instance added is reinstalled, which wipes its system disk and its
 * UserData. LoginSettings.Password is a secret; the audit log redacts any `Password` key at any depth.
 */
export const AttachInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'AttachInstances',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '000 line 25' },
  params: (z) =>
    z.strictObject({
      EnvId: z.string().min(1),
      Instances: z
        .array(
          z.strictObject({
            InstanceId: z.string().min(1),
            ImageId: z.string().min(1).optional(),
            LoginSettings: z
              .strictObject({
                Password: z.string().optional(),
                KeyIds: z.array(z.string()).optional(),
                KeepImageLogin: z.enum(['TRUE', 'FALSE']).optional(),
              })
              .optional(),
          }),
        )
        .min(1)
        .max(100),
    }),
});

/** Takes attached instances back out of an environment; they keep running as they are. */
export const DetachInstances = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DetachInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud Batch API page tencentcloud.com/document/api/599/34862: 20/s' },
  params: (z) =>
    z.strictObject({
      EnvId: z.string().min(1),
      InstanceIds: z.array(z.string().min(1)).min(1).max(100),
    }),
});
