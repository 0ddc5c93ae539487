import { cvm, type Image } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { handler } from '../../action-handler.ts';
import { checkDescription, checkFamily, checkImageName, imageTags } from './image-checks.ts';
import { addImage, hasRoomFor, newImageId, newSnapshotId } from './image-store.ts';
import { IMAGE_TRANSITIONS } from './image-transitions.ts';
import { IMPORT_OS_LIST, IMPORT_OS_VERSIONS } from './import-os.ts';

// ImportImage (27118): an image file in COS becomes a custom image — IMPORTING at once, NORMAL 60 s later, or
// IMPORTFAILED when the import fails (failure injection: cvm.ImportImage). The operating system and version are
// DescribeImportImageOs' (InvalidImageOsType.Unsupported, InvalidImageOsVersion.Unsupported), the architecture
// x86_64, i386 or arm_64 (an arm_64 image is answered as "arm"); ImageUrl (and each data disk's) an http(s) address of
// a COS bucket (`*.myqcloud.com`, InvalidParameter.InvalidParameterUrlError) — the emulator reads no file, so the
// image's size is the smallest system disk its OS boots from (20 GB, Windows 50 GB); an ISO file only with Force
// (InvalidParameterValue.ISOMustImportByForce). LicenseType TencentCloud or BYOL, BootMode "Legacy BIOS" or UEFI.

const ARCHITECTURES: Record<string, Image['Architecture']> = { x86_64: 'x86_64', i386: 'i386', arm_64: 'arm' };
const LICENSE_TYPES = ['TencentCloud', 'BYOL'] as const;
const BOOT_MODES = ['Legacy BIOS', 'UEFI'];

function checkUrl(url: string, parameter: string, force: boolean): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CloudError('InvalidParameter.InvalidParameterUrlError', `\`${parameter}\` \`${url}\` is not an address.`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname.endsWith('.myqcloud.com') || parsed.pathname.length < 2) {
    throw new CloudError(
      'InvalidParameter.InvalidParameterUrlError',
      `\`${parameter}\` \`${url}\` is not the address of a file in a COS bucket (https://<bucket>.cos.<region>.myqcloud.com/<file>).`,
    );
  }
  if (/\.iso$/i.test(parsed.pathname) && !force) {
    throw new CloudError('InvalidParameterValue.ISOMustImportByForce', `\`${parameter}\` is an ISO file; an ISO is imported with \`Force\` true only.`);
  }
}

export const importImage = handler(cvm.ImportImage, (ctx, params) => {
  const architecture = ARCHITECTURES[params.Architecture];
  if (!architecture) throw new CloudError('InvalidParameterValue', `\`Architecture\` \`${params.Architecture}\` is none of ${Object.keys(ARCHITECTURES).join(', ')}.`);
  const os = IMPORT_OS_VERSIONS.find((entry) => entry.OsName === params.OsType);
  if (!os) throw new CloudError('InvalidImageOsType.Unsupported', `\`OsType\` \`${params.OsType}\` is not an operating system images are imported with (DescribeImportImageOs).`);
  if (!os.OsVersions.includes(params.OsVersion)) {
    throw new CloudError('InvalidImageOsVersion.Unsupported', `${os.OsName} is imported in version ${os.OsVersions.join(', ')}, not \`${params.OsVersion}\`.`);
  }
  const force = params.Force === true;
  checkUrl(params.ImageUrl, 'ImageUrl', force);
  for (const [index, disk] of (params.ImportImageDataDiskList ?? []).entries()) checkUrl(disk.ImageUrl, `ImportImageDataDiskList.${index}.ImageUrl`, force);
  const license = params.LicenseType ?? 'TencentCloud';
  if (!(LICENSE_TYPES as readonly string[]).includes(license))
    throw new CloudError('InvalidParameterValue.InvalidLicenseType', `\`LicenseType\` \`${license}\` is none of ${LICENSE_TYPES.join(', ')}.`);
  if (params.BootMode !== undefined && !BOOT_MODES.includes(params.BootMode)) {
    throw new CloudError('InvalidParameterValue.InvalidBootMode', `\`BootMode\` \`${params.BootMode}\` is none of ${BOOT_MODES.join(', ')}.`);
  }
  checkImageName(ctx.world, ctx.region, params.ImageName);
  checkDescription(params.ImageDescription);
  checkFamily(params.ImageFamily);
  const tags = imageTags(params.TagSpecification);
  if (!hasRoomFor(ctx.world, ctx.region)) throw new CloudError('ImageQuotaLimitExceeded', `${ctx.region.seed.region} already holds its quota of custom images; delete one first.`);
  if (params.DryRun) return { ImageId: '' };

  const windows = (IMPORT_OS_LIST.Windows as readonly string[]).includes(os.OsName);
  const size = windows ? 50 : 20;
  const bits = architecture === 'i386' ? '32bit' : '64bit';
  const image: Image = {
    ImageId: newImageId(ctx.world),
    OsName: windows ? `${os.OsName} ${bits}` : `${os.OsName} ${params.OsVersion} ${bits}`,
    ImageType: 'PRIVATE_IMAGE',
    CreatedTime: cloudTime(ctx.world.clock.now()),
    ImageName: params.ImageName,
    ImageDescription: params.ImageDescription ?? '',
    ImageSize: size,
    Architecture: architecture,
    ImageState: 'IMPORTING',
    Platform: windows ? 'Windows' : os.OsName,
    ImageCreator: ctx.world.account.uin,
    ImageSource: 'EXTERNAL_IMPORT',
    SyncPercent: 0,
    IsSupportCloudinit: false,
    SnapshotSet: [
      { SnapshotId: newSnapshotId(ctx.world), DiskUsage: 'SYSTEM_DISK', DiskSize: size },
      ...(params.ImportImageDataDiskList ?? []).map(() => ({ SnapshotId: newSnapshotId(ctx.world), DiskUsage: 'DATA_DISK' as const, DiskSize: 50 })),
    ],
    Tags: tags,
    LicenseType: license as Image['LicenseType'],
    ImageFamily: params.ImageFamily ?? '',
    ImageDeprecated: false,
    CdcCacheStatus: '',
  };
  const stored = addImage(ctx.region, { image, encrypted: false });
  const change = ctx.world.changes.start({
    transition: IMAGE_TRANSITIONS.import,
    legs: [
      {
        to: 'NORMAL',
        onArrive: () => {
          image.ImageState = 'NORMAL';
          image.SyncPercent = 100;
        },
      },
    ],
  });
  stored.making = { change, doneAt: change.endsAt, failedState: 'IMPORTFAILED' };
  return { ImageId: image.ImageId };
});
