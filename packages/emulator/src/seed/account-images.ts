import type { Image } from '@cvm/shared';
import { EMULATED_ACCOUNT } from './account.ts';

// The account's own custom images and the images other accounts share with it, per region (public images are the
// cloud's, the same everywhere: seed/images.ts). ap-guangzhou holds the reference's private "test-image"
// (img-qlzp4oea, 001 line 25289), a daily build in the family of the reference's example ("business-daily-update",
// 28114) and an image a partner account shares; ap-shanghai one more shared image.

/** The account that shares its images with the emulated one (not emulated itself: nothing can be done as it). */
export const PARTNER_ACCOUNT = '100098765432';

type SeedImage = Pick<Image, 'ImageId' | 'OsName' | 'ImageType' | 'ImageSize' | 'Platform' | 'ImageName' | 'CreatedTime'> & Partial<Image>;

const seed: Record<string, SeedImage[]> = {
  'ap-guangzhou': [
    {
      ImageId: 'img-qlzp4oea',
      OsName: 'CentOS 7.4 64bit',
      ImageType: 'PRIVATE_IMAGE',
      ImageSize: 20,
      Platform: 'CentOS',
      CreatedTime: '2025-08-30T03:12:00Z',
      ImageName: 'test-image',
      ImageDescription: 'test-image',
      // As the reference's example answers it.
      SyncPercent: null,
      SnapshotSet: [{ SnapshotId: 'snap-gqa37j2p', DiskUsage: 'SYSTEM_DISK', DiskSize: 20 }],
      Tags: [{ Key: 'team', Value: 'platform' }],
    },
    {
      ImageId: 'img-1a2b3c4d',
      OsName: 'Ubuntu Server 22.04 LTS 64bit',
      ImageType: 'PRIVATE_IMAGE',
      ImageSize: 50,
      Platform: 'Ubuntu',
      CreatedTime: '2025-09-02T06:35:06Z',
      ImageName: 'daily-build-20250902',
      ImageDescription: 'Nightly build of the business services',
      ImageFamily: 'business-daily-update',
      SnapshotSet: [{ SnapshotId: 'snap-1a2b3c4d', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 }],
      Tags: [{ Key: 'team', Value: 'business' }],
    },
    {
      ImageId: 'img-7shbq2ne',
      OsName: 'TencentOS Server 3.1 (TK4)',
      ImageType: 'SHARED_IMAGE',
      ImageSize: 20,
      Platform: 'TencentOS',
      CreatedTime: '2025-07-14T09:20:00Z',
      ImageName: 'partner-nginx-base',
      ImageDescription: 'Hardened nginx base image, shared by a partner account',
      ImageCreator: PARTNER_ACCOUNT,
      SnapshotSet: [{ SnapshotId: 'snap-7shbq2ne', DiskUsage: 'SYSTEM_DISK', DiskSize: 20 }],
    },
  ],
  'ap-shanghai': [
    {
      ImageId: 'img-k3d8sq5m',
      OsName: 'Ubuntu Server 20.04 LTS 64bit',
      ImageType: 'SHARED_IMAGE',
      ImageSize: 20,
      Platform: 'Ubuntu',
      CreatedTime: '2025-06-01T02:00:00Z',
      ImageName: 'partner-redis-node',
      ImageDescription: 'Redis node image, shared by a partner account',
      ImageCreator: PARTNER_ACCOUNT,
      SnapshotSet: [{ SnapshotId: 'snap-k3d8sq5m', DiskUsage: 'SYSTEM_DISK', DiskSize: 20 }],
    },
  ],
};

/** The region's seeded custom and shared images, newest first, as DescribeImages answers them. */
export function seedAccountImages(region: string): Image[] {
  return (seed[region] ?? [])
    .map(
      (image): Image => ({
        ImageDescription: '',
        Architecture: 'x86_64',
        ImageState: 'NORMAL',
        ImageCreator: EMULATED_ACCOUNT.uin,
        ImageSource: 'CREATE_IMAGE',
        SyncPercent: 100,
        IsSupportCloudinit: image.Platform !== 'Windows',
        SnapshotSet: [],
        Tags: [],
        LicenseType: 'TencentCloud',
        ImageFamily: '',
        ImageDeprecated: false,
        CdcCacheStatus: '',
        ...image,
      }),
    )
    .sort((a, b) => b.CreatedTime.localeCompare(a.CreatedTime));
}
