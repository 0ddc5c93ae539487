import type { LaunchTemplateInfo, LaunchTemplateVersionInfo, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, limitSchema, offsetSchema } from './common-params.ts';
import { RunInstances } from './cvm-create.ts';

// Launch templates (reference 31644–34100): a named template whose numbered versions each hold a purchase's parameters;
// RunInstances and InquiryPriceRunInstances take one (their LaunchTemplate) and override what they give themselves.
// The schemas check shapes; names, version numbers, quotas and the purchase rules a version must pass are the cloud's,
// refused with its codes.
const service = 'cvm';
const version = '2017-03-12';

const tags = (z: Zod) => z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) }));

/**
 * What a version holds: RunInstances' parameters (cvm-create.ts), without the template it would come from and what
 * the SDK's versions do not have (a CPU topology, MinCount, a partition, dedicated clusters, CHC hosts), with an
 * ActionTimer as the SDK spells it, and the version's own description and TemplateDataModifyAction. Derived from
 * RunInstances' schema inside a builder, so the browser (which drops every builder) keeps none of it.
 */
const versionData = (z: Zod) =>
  RunInstances.params(z)
    .omit({ LaunchTemplate: true, CpuTopology: true, MinCount: true, PartitionNumber: true, DedicatedClusterId: true, ChcIds: true, ActionTimer: true })
    .extend({
      ActionTimer: z
        .strictObject({
          TimerAction: z.string().optional(),
          ActionTime: z.string().optional(),
          Externals: z
            .strictObject({
              ReleaseAddress: z.boolean().optional(),
              UnsupportNetworks: z.array(z.string()).optional(),
              StorageBlockAttr: z.strictObject({ Type: z.string().optional(), MinSize: z.number().int().optional(), MaxSize: z.number().int().optional() }).optional(),
            })
            .optional(),
          ActionTimerId: z.string().optional(),
          Status: z.string().optional(),
          InstanceId: z.string().optional(),
        })
        .optional(),
      /** With Metadata: Replace (the default) lets a purchase's own Metadata replace the version's, Update merges them by key. */
      TemplateDataModifyAction: z.string().optional(),
      LaunchTemplateVersionDescription: z.string().optional(),
    });

/** 31918: Placement and ImageId required; the first version (1) is the default. */
export const CreateLaunchTemplate = defineAction<WithRequestId & { LaunchTemplateId: string }>()({
  service,
  version,
  action: 'CreateLaunchTemplate',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 31930' },
  params: (z) => {
    const data = versionData(z);
    return data.extend({
      LaunchTemplateName: z.string(),
      Placement: data.shape.Placement.unwrap(),
      ImageId: data.shape.ImageId.unwrap(),
      LaunchTemplateTagSpecification: tags(z).optional(),
    });
  },
});

/** 32641: based on LaunchTemplateVersion (the default when absent), what it leaves out taken from that version. */
export const CreateLaunchTemplateVersion = defineAction<WithRequestId & { LaunchTemplateVersionNumber: number }>()({
  service,
  version,
  action: 'CreateLaunchTemplateVersion',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 32651' },
  params: (z) => {
    const data = versionData(z);
    return data.extend({
      LaunchTemplateId: z.string(),
      LaunchTemplateVersion: z.number().int().optional(),
      Placement: data.shape.Placement.unwrap(),
    });
  },
});

/** 31644: LaunchTemplateIds or Filters (LaunchTemplateName, tag-key, tag-value, tag:<key>; ≤10 × ≤5), not both. */
export const DescribeLaunchTemplates = defineAction<WithRequestId & { TotalCount: number; LaunchTemplateSet: LaunchTemplateInfo[] }>()({
  service,
  version,
  action: 'DescribeLaunchTemplates',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 31650' },
  params: (z) =>
    z.strictObject({
      LaunchTemplateIds: z.array(z.string()).max(100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

/**
 * 33648: by numbers, by a range (MinVersion–MaxVersion) or the default (DefaultVersion, not with numbers). An operator's,
 * as DescribeInstancesAttributes is: a version answers the UserData it launches with, and bootstrap scripts often carry
 * secrets.
 */
export const DescribeLaunchTemplateVersions = defineAction<WithRequestId & { TotalCount: number; LaunchTemplateVersionSet: LaunchTemplateVersionInfo[] }>()({
  service,
  version,
  action: 'DescribeLaunchTemplateVersions',
  kind: 'read',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 33654' },
  params: (z) =>
    z.strictObject({
      LaunchTemplateId: z.string(),
      LaunchTemplateVersions: z.array(z.number().int()).max(100).optional(),
      MinVersion: z.number().int().optional(),
      MaxVersion: z.number().int().optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
      DefaultVersion: z.boolean().optional(),
    }),
});

/** 34007 */
export const ModifyLaunchTemplateDefaultVersion = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyLaunchTemplateDefaultVersion',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 34013' },
  params: (z) => z.strictObject({ LaunchTemplateId: z.string(), DefaultVersion: z.number().int() }),
});

/** 33468: never the default version. */
export const DeleteLaunchTemplateVersions = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteLaunchTemplateVersions',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 33474' },
  params: (z) => z.strictObject({ LaunchTemplateId: z.string(), LaunchTemplateVersions: z.array(z.number().int()).max(100) }),
});

/** 33318: the template and every version of it. */
export const DeleteLaunchTemplate = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteLaunchTemplate',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 33324' },
  params: (z) => z.strictObject({ LaunchTemplateId: z.string() }),
});
