import { cvm, instanceStateErrorCode, stateAllows, type Image, type Instance, type ParamsOutput, type Snapshot, type Tag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { singleTarget } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { startChange } from '../modify/change-flow.ts';
import { checkDescription, checkFamily, checkImageName, imageTags } from './image-checks.ts';
import { addImage, findImage, hasRoomFor, newImageId, newSnapshotId, regionImages, type StoredImage } from './image-store.ts';
import { IMAGE_TRANSITIONS } from './image-transitions.ts';

// CreateImage (27699): an image of an instance's system disk and the data disks named (DataDiskIds), or of snapshots
// (SnapshotIds: the account's snapshots are those its custom images hold). The image is CREATING at once and NORMAL
// when the change lands (15 s), its SyncPercent the progress meanwhile; a failed change leaves it CREATEFAILED.
// The instance: a STOPPED one stays STOPPED while its disks are read. A RUNNING one is imaged as it runs by default
// ("false：表示开机状态制作镜像", 27747), or with ForcePoweroff "true" shut down first, imaged, and started again — the
// console's "stop first". Either way the instance is busy meanwhile (LatestOperation CreateImage) and refuses other
// changes (OperationDenied.InstanceOperationInProgress; the same request again MutexOperation.TaskRunning).

type CreateImageParams = ParamsOutput<typeof cvm.CreateImage>;

/** States the reference names a code for (27985–28000); in the others (PENDING, LAUNCH_FAILED, SHUTDOWN) the instance "不被支持". */
const STATE_CODES = new Set([
  'STARTING',
  'STOPPING',
  'REBOOTING',
  'TERMINATING',
  'ENTER_RESCUE_MODE',
  'RESCUE_MODE',
  'EXIT_RESCUE_MODE',
  'ENTER_SERVICE_LIVE_MIGRATE',
  'SERVICE_LIVE_MIGRATE',
]);

const LOCAL_DISKS = new Set(['LOCAL_BASIC', 'LOCAL_SSD']);

/** The instance an image is made of, refused as the reference refuses it before anything changes. */
function imagedInstance(ctx: RequestContext, params: CreateImageParams, instanceId: string): InstanceRecord {
  const record = singleTarget(ctx.world, ctx.region, instanceId);
  const instance = record.instance;
  const state = instance.InstanceState;
  if (!stateAllows('CreateImage', state)) {
    if (STATE_CODES.has(state)) throw new CloudError(instanceStateErrorCode(state), `CreateImage is not supported for instance \`${instance.InstanceId}\` in state ${state}.`);
    throw new CloudError('InvalidInstance.NotSupported', `Instance \`${instance.InstanceId}\` is ${state}; only a running or stopped instance is imaged.`);
  }
  if (state === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING') {
    throw new CloudError('UnsupportedOperation.StoppedModeStopCharging', `Instance \`${instance.InstanceId}\` is stopped without charging; start it first.`);
  }
  // 28004 "当前实例为重装系统失败状态，不支持此操作".
  if (instance.LatestOperation === 'ResetInstance' && instance.LatestOperationState === 'FAILED') {
    throw new CloudError('UnsupportedOperation.InstanceReinstallFailed', `Instance \`${instance.InstanceId}\`'s reinstall failed: reinstall it again before imaging it.`);
  }
  const dataDiskIds = params.DataDiskIds ?? [];
  if (new Set(dataDiskIds).size !== dataDiskIds.length) throw new CloudError('InvalidParameterValue', '`DataDiskIds` names the same disk more than once.');
  for (const diskId of dataDiskIds) {
    if (diskId === instance.SystemDisk.DiskId) {
      throw new CloudError(
        'InvalidParameter.DataDiskIdContainsRootDisk',
        `\`${diskId}\` is the system disk of \`${instance.InstanceId}\`, which every image holds; name only data disks.`,
      );
    }
    const disk = instance.DataDisks?.find((d) => d.DiskId === diskId);
    if (!disk) throw new CloudError('InvalidParameter.DataDiskNotBelongSpecifiedInstance', `The disk \`${diskId}\` is not a data disk of \`${instance.InstanceId}\`.`);
    if (LOCAL_DISKS.has(disk.DiskType)) {
      throw new CloudError('InvalidParameter.LocalDataDiskNotSupport', `The data disk \`${diskId}\` is a local disk (${disk.DiskType}); only cloud disks go into an image.`);
    }
  }
  return record;
}

/** What the new image takes from the instance: its operating system (from the image it runs) and its disks. */
function imageOfInstance(
  ctx: RequestContext,
  instance: Instance,
  dataDiskIds: readonly string[],
): Pick<Image, 'OsName' | 'Platform' | 'Architecture' | 'IsSupportCloudinit' | 'LicenseType' | 'ImageSize' | 'SnapshotSet'> {
  const source = findImage(ctx.world, ctx.region, instance.ImageId);
  const platform = source?.Platform ?? instance.OsName.split(' ')[0] ?? 'Other';
  const snapshots: Snapshot[] = [
    { SnapshotId: newSnapshotId(ctx.world), DiskUsage: 'SYSTEM_DISK', DiskSize: instance.SystemDisk.DiskSize },
    ...dataDiskIds.map((id): Snapshot => ({ SnapshotId: newSnapshotId(ctx.world), DiskUsage: 'DATA_DISK', DiskSize: instance.DataDisks!.find((d) => d.DiskId === id)!.DiskSize })),
  ];
  return {
    OsName: instance.OsName,
    Platform: platform,
    Architecture: source?.Architecture ?? 'x86_64',
    IsSupportCloudinit: source?.IsSupportCloudinit ?? platform !== 'Windows',
    LicenseType: source?.LicenseType ?? 'TencentCloud',
    ImageSize: instance.SystemDisk.DiskSize,
    SnapshotSet: snapshots,
  };
}

/** The image of snapshots: exactly one system disk snapshot among the ones the region's custom images hold. */
function imageOfSnapshots(ctx: RequestContext, snapshotIds: readonly string[]): ReturnType<typeof imageOfInstance> {
  const held = new Map<string, { snapshot: Snapshot; image: Image }>();
  for (const { image } of regionImages(ctx.world, ctx.region).images) {
    if (image.ImageType !== 'PRIVATE_IMAGE') continue;
    for (const snapshot of image.SnapshotSet) held.set(snapshot.SnapshotId, { snapshot, image });
  }
  if (new Set(snapshotIds).size !== snapshotIds.length) throw new CloudError('InvalidParameterValue', '`SnapshotIds` names the same snapshot more than once.');
  const found = snapshotIds.map((id) => {
    const entry = held.get(id);
    if (!entry) throw new CloudError('InvalidParameter.SnapshotNotFound', `The snapshot \`${id}\` does not exist in ${ctx.region.seed.region}.`);
    return entry;
  });
  const systems = found.filter(({ snapshot }) => snapshot.DiskUsage === 'SYSTEM_DISK');
  if (systems.length === 0) throw new CloudError('InvalidParameter.SystemSnapshotNotFound', '`SnapshotIds` holds no system disk snapshot; an image needs exactly one.');
  if (systems.length > 1) {
    throw new CloudError(
      'InvalidParameter.DuplicateSystemSnapshots',
      `\`SnapshotIds\` holds ${systems.length} system disk snapshots (${systems.map((s) => s.snapshot.SnapshotId).join(', ')}); an image takes one.`,
    );
  }
  const { image: source, snapshot: system } = systems[0]!;
  return {
    OsName: source.OsName,
    Platform: source.Platform,
    Architecture: source.Architecture,
    IsSupportCloudinit: source.IsSupportCloudinit,
    LicenseType: source.LicenseType,
    ImageSize: system.DiskSize,
    // Each disk of the new image is a new snapshot of the one named.
    SnapshotSet: [system, ...found.filter(({ snapshot }) => snapshot !== system).map(({ snapshot }) => snapshot)].map((s) => ({ ...s, SnapshotId: newSnapshotId(ctx.world) })),
  };
}

function newImage(ctx: RequestContext, params: CreateImageParams, tags: Tag[], made: ReturnType<typeof imageOfInstance>): Image {
  return {
    ImageId: newImageId(ctx.world),
    ImageType: 'PRIVATE_IMAGE',
    CreatedTime: cloudTime(ctx.world.clock.now()),
    ImageName: params.ImageName,
    ImageDescription: params.ImageDescription ?? '',
    ImageState: 'CREATING',
    ImageCreator: ctx.world.account.uin,
    ImageSource: 'CREATE_IMAGE',
    SyncPercent: 0,
    Tags: tags,
    ImageFamily: params.ImageFamily ?? '',
    ImageDeprecated: false,
    CdcCacheStatus: '',
    ...made,
  };
}

export const createImage = handler(cvm.CreateImage, (ctx, params) => {
  const { InstanceId: instanceId, SnapshotIds: snapshotIds } = params;
  if (instanceId === undefined && !snapshotIds?.length) {
    throw new CloudError('InvalidParameter.SpecifyOneParameter', 'Give `InstanceId` (an image of an instance) or `SnapshotIds` (an image of snapshots).');
  }
  if (instanceId !== undefined && snapshotIds?.length) {
    throw new CloudError('InvalidParameterConflict', '`InstanceId` and `SnapshotIds` cannot be given together: an image is of an instance or of snapshots.');
  }
  if (instanceId === undefined && params.DataDiskIds?.length) {
    throw new CloudError('InvalidParameter.InvalidDependence', '`DataDiskIds` names disks of the instance given in `InstanceId`; it goes with `InstanceId` only.');
  }
  // The instance first: the same request again while it runs is MutexOperation.TaskRunning, not a taken name.
  const record = instanceId === undefined ? undefined : imagedInstance(ctx, params, instanceId);
  if (record) requireIdle([record], { ctx, action: 'CreateImage', params });
  checkImageName(ctx.world, ctx.region, params.ImageName, { tooLongCode: 'InvalidParameter.ValueTooLarge' });
  checkDescription(params.ImageDescription);
  checkFamily(params.ImageFamily);
  const tags = imageTags(params.TagSpecification);
  if (!hasRoomFor(ctx.world, ctx.region)) {
    throw new CloudError('ImageQuotaLimitExceeded', `${ctx.region.seed.region} already holds its quota of custom images; delete one first.`);
  }

  if (!record) {
    const made = imageOfSnapshots(ctx, snapshotIds!);
    if (params.DryRun) return { ImageId: '' };
    const image = newImage(ctx, params, tags, made);
    const stored = addImage(ctx.region, { image, encrypted: false });
    const change = ctx.world.changes.start({
      transition: IMAGE_TRANSITIONS.create,
      legs: [{ to: 'NORMAL', onArrive: () => landed(stored) }],
    });
    stored.making = { change, doneAt: change.endsAt, failedState: 'CREATEFAILED' };
    return { ImageId: image.ImageId };
  }

  const running = record.instance.InstanceState === 'RUNNING';
  const forceStop = running && params.ForcePoweroff === 'true';
  const made = imageOfInstance(ctx, record.instance, params.DataDiskIds ?? []);
  if (params.DryRun) return { ImageId: '' };
  const image = newImage(ctx, params, tags, made);
  const stored = addImage(ctx.region, { image, encrypted: false });
  startChange(ctx, record, {
    action: 'CreateImage',
    transition: IMAGE_TRANSITIONS.create,
    forceStop,
    online: running && !forceStop,
    apply: () => landed(stored),
  });
  const change = record.change!;
  // The disks are read on the leg that applies the change: after the stop when the instance is shut down first.
  stored.making = { change, doneAt: change.landsAt[forceStop ? 1 : 0]!, failedState: 'CREATEFAILED' };
  return { ImageId: image.ImageId };
});

/** The image is made: NORMAL, whole. */
function landed(stored: StoredImage): void {
  stored.image.ImageState = 'NORMAL';
  stored.image.SyncPercent = 100;
  stored.making = undefined;
}
