import type { Image } from '@cvm/shared';

// Public images (IDs from the reference where it gives them: img-9qabwvbn CentOS 7.6, img-8toqc6s3 CentOS 7.4), plus
// current TencentOS, Ubuntu, Debian and Windows images. The account's own and shared images are per region
// (seed/account-images.ts, services/cvm/images/image-store.ts).

type SeedImage = Pick<Image, 'ImageId' | 'OsName' | 'ImageType' | 'ImageSize' | 'Platform' | 'Architecture' | 'CreatedTime'> & Partial<Image>;

const seed: SeedImage[] = [
  {
    ImageId: 'img-eb30mz89',
    OsName: 'TencentOS Server 3.1 (TK4)',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'TencentOS',
    Architecture: 'x86_64',
    CreatedTime: '2024-03-12T08:00:00Z',
  },
  {
    ImageId: 'img-hdt9xxkt',
    OsName: 'TencentOS Server 2.4 (TK4)',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'TencentOS',
    Architecture: 'x86_64',
    CreatedTime: '2023-06-02T08:00:00Z',
  },
  {
    ImageId: 'img-487zeit5',
    OsName: 'Ubuntu Server 22.04 LTS 64bit',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'Ubuntu',
    Architecture: 'x86_64',
    CreatedTime: '2024-05-20T08:00:00Z',
  },
  {
    ImageId: 'img-22trbn9x',
    OsName: 'Ubuntu Server 20.04 LTS 64bit',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'Ubuntu',
    Architecture: 'x86_64',
    CreatedTime: '2023-02-14T08:00:00Z',
  },
  {
    ImageId: 'img-l8og963d',
    OsName: 'CentOS 7.9 64bit',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'CentOS',
    Architecture: 'x86_64',
    CreatedTime: '2022-11-09T08:00:00Z',
  },
  {
    ImageId: 'img-9qabwvbn',
    OsName: 'CentOS 7.6 64bit',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 50,
    Platform: 'CentOS',
    Architecture: 'x86_64',
    CreatedTime: '2020-09-22T00:00:00Z',
  },
  {
    ImageId: 'img-8toqc6s3',
    OsName: 'CentOS 7.4 64bit',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 50,
    Platform: 'CentOS',
    Architecture: 'x86_64',
    CreatedTime: '2019-04-01T00:00:00Z',
  },
  {
    ImageId: 'img-0vbqvzfn',
    OsName: 'Debian 12.4 64bit',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'Debian',
    Architecture: 'x86_64',
    CreatedTime: '2024-01-18T08:00:00Z',
  },
  {
    ImageId: 'img-1eckiyjb',
    OsName: 'Windows Server 2022 Datacenter 64bit Chinese',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 50,
    Platform: 'Windows',
    Architecture: 'x86_64',
    CreatedTime: '2023-09-01T08:00:00Z',
    ImageName: 'Windows Server 2022 数据中心版 64位中文版',
  },
  {
    ImageId: 'img-9id7emv7',
    OsName: 'Windows Server 2019 Datacenter 64bit English',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 50,
    Platform: 'Windows',
    Architecture: 'x86_64',
    CreatedTime: '2022-03-01T08:00:00Z',
  },
  {
    ImageId: 'img-3la7wgnt',
    OsName: 'TencentOS Server 3.1 for ARM64',
    ImageType: 'PUBLIC_IMAGE',
    ImageSize: 20,
    Platform: 'TencentOS',
    Architecture: 'arm',
    CreatedTime: '2024-03-12T08:00:00Z',
  },
];

export const SEED_IMAGES: Image[] = seed.map((image) => ({
  ImageName: image.OsName,
  ImageDescription: image.OsName,
  ImageState: 'NORMAL',
  ImageCreator: 'tencent',
  ImageSource: 'OFFICIAL',
  SyncPercent: 100,
  IsSupportCloudinit: image.Platform !== 'Windows',
  SnapshotSet: [],
  Tags: [],
  LicenseType: 'TencentCloud',
  ImageFamily: '',
  ImageDeprecated: false,
  // The image's cache in a CDC (dedicated cluster); the account has none.
  CdcCacheStatus: '',
  ...image,
}));
