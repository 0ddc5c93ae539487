import type { Image, ImageOsList, OsVersion, SharePermission, SyncImage, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { idListSchema } from './common-params.ts';

// Custom images (reference 25368–28269; DescribeImages is in cvm.ts): made from an instance's disks (CREATING, then
// NORMAL), renamed and put in families, shared with other accounts, copied to other regions, exported to a COS bucket,
// imported from one, and deleted. Names, states, quotas and accounts are the cloud's rules, checked by it with its own
// codes; the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

const tagSpecification = (z: Zod) => z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) })).optional();

/** 27699: from an instance (its system disk, and the data disks named), or from snapshots; ForcePoweroff stops it first. */
export const CreateImage = defineAction<WithRequestId & { ImageId: string }>()({
  service,
  version,
  action: 'CreateImage',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 27705' },
  params: (z) =>
    z.strictObject({
      ImageName: z.string(),
      InstanceId: z.string().min(1).optional(),
      ImageDescription: z.string().optional(),
      /** "true" shuts the instance down first; "false" (the default) makes the image while it runs. */
      ForcePoweroff: z.enum(['true', 'false']).optional(),
      /** Windows only: generalize the image with Sysprep. */
      Sysprep: z.enum(['true', 'false']).optional(),
      DataDiskIds: idListSchema(z, 20).optional(),
      SnapshotIds: idListSchema(z, 20).optional(),
      DryRun: z.boolean().optional(),
      TagSpecification: tagSpecification(z),
      ImageFamily: z.string().optional(),
    }),
});

/** 26896: not while CREATING or in use, not while shared with other accounts; frees the region's quota. */
export const DeleteImages = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteImages',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 26908' },
  params: (z) => z.strictObject({ ImageIds: idListSchema(z, 100).min(1), DeleteBindedSnap: z.boolean().optional(), DryRun: z.boolean().optional() }),
});

/** 26707: name (≤ 60, unique), description (≤ 256), family, deprecation. */
export const ModifyImageAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyImageAttribute',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 26715' },
  params: (z) =>
    z.strictObject({
      ImageId: z.string().min(1),
      ImageName: z.string().optional(),
      ImageDescription: z.string().optional(),
      ImageFamily: z.string().optional(),
      ImageDeprecated: z.boolean().optional(),
    }),
});

/** 25995: how many custom images the account may hold (per region). */
export const DescribeImageQuota = defineAction<WithRequestId & { ImageNumQuota: number }>()({
  service,
  version,
  action: 'DescribeImageQuota',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 26001' },
  params: (z) => z.strictObject({}),
});

/** 25368: the accounts one of the account's custom images is shared with. */
export const DescribeImageSharePermission = defineAction<WithRequestId & { SharePermissionSet: SharePermission[] }>()({
  service,
  version,
  action: 'DescribeImageSharePermission',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 25374' },
  params: (z) => z.strictObject({ ImageId: z.string().min(1) }),
});

/** 26124: SHARE with or CANCEL for main accounts (≤ 500 an image); a shared image is not renamed, only launched. */
export const ModifyImageSharePermission = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyImageSharePermission',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 26138' },
  params: (z) => z.strictObject({ ImageId: z.string().min(1), AccountIds: idListSchema(z, 100).min(1), Permission: z.enum(['SHARE', 'CANCEL']) }),
});

/** 26353: one image to other regions, each copy SYNCING with its own progress; a shared image only into its own region. */
export const SyncImages = defineAction<WithRequestId & { ImageSet: SyncImage[] }>()({
  service,
  version,
  action: 'SyncImages',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 26369' },
  params: (z) =>
    z.strictObject({
      ImageIds: idListSchema(z, 10).min(1),
      DestinationRegions: idListSchema(z, 20).min(1),
      DryRun: z.boolean().optional(),
      ImageName: z.string().optional(),
      ImageSetRequired: z.boolean().optional(),
      Encrypt: z.boolean().optional(),
      KmsKeyId: z.string().optional(),
    }),
});

/** 27420: custom images to a COS bucket of the account, one file per disk. Admin: the data leaves the cloud's hands. */
export const ExportImages = defineAction<WithRequestId & { TaskId: number; CosPaths: string[] }>()({
  service,
  version,
  action: 'ExportImages',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 27426' },
  params: (z) =>
    z.strictObject({
      BucketName: z.string().min(1),
      ImageIds: idListSchema(z, 10).optional(),
      ExportFormat: z.string().optional(),
      FileNamePrefixList: z.array(z.string()).max(10).optional(),
      OnlyExportRootDisk: z.boolean().optional(),
      DryRun: z.boolean().optional(),
      RoleName: z.string().optional(),
    }),
});

/** 27118: an image file in COS (RAW, VHD, QCOW2, VMDK) becomes a custom image, IMPORTING then NORMAL. */
export const ImportImage = defineAction<WithRequestId & { ImageId: string }>()({
  service,
  version,
  action: 'ImportImage',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 27124' },
  params: (z) =>
    z.strictObject({
      Architecture: z.string().min(1),
      OsType: z.string().min(1),
      OsVersion: z.string().min(1),
      ImageUrl: z.string().min(1),
      ImageName: z.string(),
      ImageDescription: z.string().optional(),
      DryRun: z.boolean().optional(),
      Force: z.boolean().optional(),
      TagSpecification: tagSpecification(z),
      LicenseType: z.string().optional(),
      BootMode: z.string().optional(),
      ImageFamily: z.string().optional(),
      ImportImageDataDiskList: z
        .array(z.strictObject({ ImageUrl: z.string().min(1) }))
        .max(20)
        .optional(),
    }),
});

/** 25544: the operating systems and versions ImportImage takes. */
export const DescribeImportImageOs = defineAction<WithRequestId & { ImportImageOsListSupported: ImageOsList; ImportImageOsVersionSet: OsVersion[] }>()({
  service,
  version,
  action: 'DescribeImportImageOs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 288, source: '001 line 25550' },
  params: (z) => z.strictObject({}),
});

/** 28055: the image to use from a family now (the newest NORMAL one not deprecated), or null. */
export const DescribeImageFromFamily = defineAction<WithRequestId & { Image: Image | null }>()({
  service,
  version,
  action: 'DescribeImageFromFamily',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 28061' },
  params: (z) => z.strictObject({ ImageFamily: z.string().optional() }),
});
