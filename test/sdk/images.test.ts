import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// Custom images through the official Node SDK, unmodified: made from instances (stopped, running, shut down first) and
// from snapshots, CREATING then NORMAL on the emulator's clock; launched and reinstalled from; renamed, put in families
// and deprecated; shared with other accounts; copied to other regions, each copy with its own progress; exported to a
// bucket; imported; deleted. Every refusal is the code the reference lists for the action (the comments give the line of
// shared/seeds/001_*.txt). The clock is manual, so each passing state is seen before it is landed.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;
let shanghai: InstanceType<typeof CvmClient>;
let frankfurt: InstanceType<typeof CvmClient>;
const PASSWORD = 'Qcloud@TestApi123++';

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = cvmClientOn(emulator.port);
  shanghai = cvmClientOn(emulator.port, 'ap-shanghai');
  frankfurt = cvmClientOn(emulator.port, 'eu-frankfurt');
});
afterAll(() => emulator.close());
afterEach(() => emulator.faults.clear());

const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;
const image = async (id: string, client = sdk) => (await client.DescribeImages({ ImageIds: [id] })).ImageSet![0];

/** A fresh instance of its own, RUNNING or, with stop, STOPPED; with a data disk when asked. */
async function launch({ stop = false, dataDisk = false, imageId = 'img-eb30mz89' }: { stop?: boolean; dataDisk?: boolean; imageId?: string } = {}): Promise<string> {
  const { InstanceIdSet } = await sdk.RunInstances({
    Placement: { Zone: 'ap-guangzhou-4' },
    ImageId: imageId,
    InstanceType: 'S5.LARGE8',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    ...(dataDisk ? { DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }] } : {}),
    LoginSettings: { Password: PASSWORD },
  });
  const id = InstanceIdSet![0]!;
  clock.advance(13_000);
  if (stop) {
    await sdk.StopInstances({ InstanceIds: [id] });
    clock.advance(6_000);
  }
  expect((await instance(id)).InstanceState).toBe(stop ? 'STOPPED' : 'RUNNING');
  return id;
}

let made = 0;
/** A NORMAL custom image of a fresh stopped instance, named uniquely. */
async function newImage(name = `sdk-image-${++made}`): Promise<string> {
  const id = await launch({ stop: true });
  const { ImageId } = await sdk.CreateImage({ InstanceId: id, ImageName: name });
  clock.advance(16_000);
  expect((await image(ImageId!))!.ImageState).toBe('NORMAL');
  return ImageId!;
}

describe('DescribeImages', () => {
  it("lists the region's custom and shared images beside the public ones", async () => {
    const types = async (client: InstanceType<typeof CvmClient>, type: string) =>
      (await client.DescribeImages({ Filters: [{ Name: 'image-type', Values: [type] }], Limit: 100 })).ImageSet!.map((i) => i.ImageId);
    expect(await types(sdk, 'PRIVATE_IMAGE')).toEqual(expect.arrayContaining(['img-qlzp4oea', 'img-1a2b3c4d']));
    expect(await types(sdk, 'SHARED_IMAGE')).toEqual(['img-7shbq2ne']);
    expect(await types(shanghai, 'SHARED_IMAGE')).toEqual(['img-k3d8sq5m']);
    // Another region's custom images are not this one's.
    expect(await types(shanghai, 'PRIVATE_IMAGE')).toEqual([]);
    expect(await image('img-7shbq2ne')).toMatchObject({ ImageType: 'SHARED_IMAGE', ImageCreator: '100098765432', ImageState: 'NORMAL' });
  });
});

describe('CreateImage', () => {
  it('images a stopped instance with a data disk: CREATING with its progress, then NORMAL, the instance STOPPED throughout', async () => {
    const id = await launch({ stop: true, dataDisk: true });
    const disks = await instance(id);
    const dataDiskId = disks.DataDisks![0]!.DiskId!;
    const { ImageId, RequestId } = await sdk.CreateImage({ InstanceId: id, ImageName: 'with-data', ImageDescription: 'system and data', DataDiskIds: [dataDiskId] });
    expect(ImageId).toMatch(/^img-[a-z0-9]{8}$/);
    expect(await image(ImageId!)).toMatchObject({ ImageState: 'CREATING', SyncPercent: 0, ImageType: 'PRIVATE_IMAGE', ImageSource: 'CREATE_IMAGE', ImageCreator: '100012345678' });
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LatestOperation: 'CreateImage', LatestOperationState: 'OPERATING', LatestOperationRequestId: RequestId });
    clock.advance(7_500);
    expect((await image(ImageId!))!.SyncPercent).toBe(50);
    // The instance is busy while its disks are read (28009), and the same request again is MutexOperation.TaskRunning (28007).
    expect(await codeOf(sdk.ModifyInstancesProject({ InstanceIds: [id], ProjectId: 1045 }))).toBe('OperationDenied.InstanceOperationInProgress');
    expect(await codeOf(sdk.CreateImage({ InstanceId: id, ImageName: 'with-data', ImageDescription: 'system and data', DataDiskIds: [dataDiskId] }))).toBe(
      'MutexOperation.TaskRunning',
    );
    expect(await codeOf(sdk.CreateImage({ InstanceId: id, ImageName: 'another' }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(7_500);
    const done = (await image(ImageId!))!;
    expect(done).toMatchObject({ ImageState: 'NORMAL', ImageName: 'with-data', ImageDescription: 'system and data', ImageSize: 50, Platform: 'TencentOS', OsName: disks.OsName });
    expect(done.SnapshotSet!.map((s) => [s.DiskUsage, s.DiskSize])).toEqual([
      ['SYSTEM_DISK', 50],
      ['DATA_DISK', 100],
    ]);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LatestOperationState: 'SUCCESS' });
  });

  it('shuts a running instance down first with ForcePoweroff and starts it again, or images it as it runs', async () => {
    const forced = await launch();
    const { ImageId } = await sdk.CreateImage({ InstanceId: forced, ImageName: 'forced', ForcePoweroff: 'true' });
    expect((await instance(forced)).InstanceState).toBe('STOPPING');
    // 28042: while it stops, nothing else images it.
    expect(await codeOf(sdk.CreateImage({ InstanceId: forced, ImageName: 'meanwhile' }))).toBe('UnsupportedOperation.InstanceStateStopping');
    clock.advance(5_500);
    expect(await instance(forced)).toMatchObject({ InstanceState: 'STOPPED', LatestOperationState: 'OPERATING' });
    expect((await image(ImageId!))!.ImageState).toBe('CREATING');
    clock.advance(15_000);
    expect((await instance(forced)).InstanceState).toBe('STARTING');
    expect((await image(ImageId!))!.ImageState).toBe('NORMAL');
    clock.advance(4_500);
    expect(await instance(forced)).toMatchObject({ InstanceState: 'RUNNING', LatestOperation: 'CreateImage', LatestOperationState: 'SUCCESS' });

    // "false：表示开机状态制作镜像" (27747): the default images a running instance as it runs.
    const online = await launch();
    const { ImageId: live } = await sdk.CreateImage({ InstanceId: online, ImageName: 'online' });
    expect(await instance(online)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'OPERATING' });
    clock.advance(15_500);
    expect((await image(live!))!.ImageState).toBe('NORMAL');
    expect(await instance(online)).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS' });
  });

  it('leaves the image CREATEFAILED and the instance as it was when the change fails', async () => {
    const id = await launch({ stop: true });
    emulator.faults.failNext('cvm.CreateImage', { message: 'snapshot failed' });
    const { ImageId } = await sdk.CreateImage({ InstanceId: id, ImageName: 'doomed' });
    clock.advance(16_000);
    expect((await image(ImageId!))!.ImageState).toBe('CREATEFAILED');
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LatestOperationState: 'FAILED', LatestOperationErrorMsg: 'snapshot failed' });
  });

  it("makes an image of snapshots: one system disk snapshot of the account's images", async () => {
    const { ImageId } = await sdk.CreateImage({ SnapshotIds: ['snap-gqa37j2p'], ImageName: 'from-snapshot' });
    expect((await image(ImageId!))!.ImageState).toBe('CREATING');
    clock.advance(16_000);
    expect(await image(ImageId!)).toMatchObject({ ImageState: 'NORMAL', OsName: 'CentOS 7.4 64bit', ImageSize: 20 });
    // 27950, 27956, 27942.
    expect(await codeOf(sdk.CreateImage({ SnapshotIds: ['snap-00000000'], ImageName: 'x1' }))).toBe('InvalidParameter.SnapshotNotFound');
    const withData = await sdk.DescribeImages({ Filters: [{ Name: 'image-name', Values: ['with-data'] }] });
    const dataSnapshot = withData.ImageSet![0]!.SnapshotSet!.find((s) => s.DiskUsage === 'DATA_DISK')!.SnapshotId!;
    expect(await codeOf(sdk.CreateImage({ SnapshotIds: [dataSnapshot], ImageName: 'x2' }))).toBe('InvalidParameter.SystemSnapshotNotFound');
    expect(await codeOf(sdk.CreateImage({ SnapshotIds: ['snap-gqa37j2p', 'snap-1a2b3c4d'], ImageName: 'x3' }))).toBe('InvalidParameter.DuplicateSystemSnapshots');
  });

  it('refuses what the reference lists', async () => {
    const id = await launch({ stop: true, dataDisk: true });
    const system = (await instance(id)).SystemDisk!.DiskId!;
    const create = (params: Partial<Parameters<typeof sdk.CreateImage>[0]>) => codeOf(sdk.CreateImage({ ImageName: 'refused', InstanceId: id, ...params }));
    expect(await codeOf(sdk.CreateImage({ ImageName: 'nothing' }))).toBe('InvalidParameter.SpecifyOneParameter'); // 27952
    expect(await create({ SnapshotIds: ['snap-gqa37j2p'] })).toBe('InvalidParameterConflict'); // 27960
    expect(await codeOf(sdk.CreateImage({ ImageName: 'orphan', SnapshotIds: ['snap-gqa37j2p'], DataDiskIds: ['disk-00000000'] }))).toBe('InvalidParameter.InvalidDependence'); // 27946
    expect(await create({ DataDiskIds: [system] })).toBe('InvalidParameter.DataDiskIdContainsRootDisk'); // 27938
    expect(await create({ DataDiskIds: ['disk-00000000'] })).toBe('InvalidParameter.DataDiskNotBelongSpecifiedInstance'); // 27940
    expect(await create({ ImageName: 'test-image' })).toBe('InvalidImageName.Duplicate'); // 27932
    expect(await create({ ImageName: 'n'.repeat(61) })).toBe('InvalidParameter.ValueTooLarge'); // 27958
    expect(await create({ ImageDescription: 'd'.repeat(257) })).toBe('InvalidParameterValue.TooLarge'); // 28001
    expect(await create({ ImageFamily: '-no good-' })).toBe('InvalidParameterValue.InvalidImageFamily'); // 27967
    expect(await create({ InstanceId: 'ins-00000000' })).toBe('InvalidInstanceId.NotFound');
    // 28054: stopped without charging, its compute is released.
    const free = await launch();
    await sdk.StopInstances({ InstanceIds: [free], StoppedMode: 'STOP_CHARGING' });
    clock.advance(6_000);
    expect(await codeOf(sdk.CreateImage({ InstanceId: free, ImageName: 'free' }))).toBe('UnsupportedOperation.StoppedModeStopCharging');
    // DryRun checks and makes nothing.
    const before = (await sdk.DescribeImages({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 })).TotalCount;
    expect(await create({ ImageName: 'dry', DryRun: true })).toBeUndefined();
    expect((await sdk.DescribeImages({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 })).TotalCount).toBe(before);
  });

  it('is launched and reinstalled from once NORMAL, not while CREATING', async () => {
    const [source, target] = [await launch({ stop: true }), await launch({ stop: true })];
    const { ImageId } = await sdk.CreateImage({ InstanceId: source, ImageName: 'golden' });
    expect(await codeOf(sdk.ResetInstance({ InstanceId: target, ImageId: ImageId!, LoginSettings: { Password: PASSWORD } }))).toBe('InvalidParameterValue.InvalidImageState');
    clock.advance(16_000);
    await sdk.ResetInstance({ InstanceId: target, ImageId: ImageId!, LoginSettings: { Password: PASSWORD } });
    clock.advance(9_000);
    expect(await instance(target)).toMatchObject({ ImageId, InstanceState: 'STOPPED', LatestOperationState: 'SUCCESS' });
    const launched = await launch({ imageId: ImageId! });
    expect((await instance(launched)).ImageId).toBe(ImageId);
    // A shared image launches too.
    const fromShared = await launch({ imageId: 'img-7shbq2ne' });
    expect((await instance(fromShared)).ImageId).toBe('img-7shbq2ne');
  });
});

describe('ModifyImageAttribute and DescribeImageFromFamily', () => {
  it('renames, describes, puts in a family and deprecates; the family answers its newest usable image', async () => {
    expect((await sdk.DescribeImageFromFamily({ ImageFamily: 'business-daily-update' })).Image!.ImageId).toBe('img-1a2b3c4d');
    const id = await newImage();
    await sdk.ModifyImageAttribute({ ImageId: id, ImageName: 'daily-build-next', ImageDescription: 'tomorrow', ImageFamily: 'business-daily-update' });
    expect(await image(id)).toMatchObject({ ImageName: 'daily-build-next', ImageDescription: 'tomorrow', ImageFamily: 'business-daily-update', ImageDeprecated: false });
    expect((await sdk.DescribeImageFromFamily({ ImageFamily: 'business-daily-update' })).Image).toMatchObject({ ImageId: id, ImageState: 'NORMAL' });
    // A deprecated image is no longer the family's.
    await sdk.ModifyImageAttribute({ ImageId: id, ImageDeprecated: true });
    expect((await image(id))!.ImageDeprecated).toBe(true);
    expect((await sdk.DescribeImageFromFamily({ ImageFamily: 'business-daily-update' })).Image!.ImageId).toBe('img-1a2b3c4d');
    expect((await sdk.DescribeImageFromFamily({ ImageFamily: 'no-such-family' })).Image).toBeNull();
  });

  it("refuses a taken name, long text, a bad family, and images that are not the account's", async () => {
    const id = await newImage();
    const modify = (params: object) => codeOf(sdk.ModifyImageAttribute({ ImageId: id, ...params }));
    expect(await modify({ ImageName: 'test-image' })).toBe('InvalidImageName.Duplicate'); // 26865
    expect(await modify({ ImageDescription: 'd'.repeat(257) })).toBe('InvalidParameterValue.TooLarge'); // 26871
    expect(await modify({ ImageFamily: '中文' })).toBe('InvalidParameterValue.InvalidImageFamily'); // 26869
    expect(await modify({ ImageId: 'img-eb30mz89', ImageName: 'mine' })).toBe('InvalidImageId.NotFound'); // 26863
    expect(await modify({ ImageId: 'img-7shbq2ne', ImageName: 'mine' })).toBe('InvalidImageId.NotFound');
    expect(await modify({ ImageId: 'image-1' })).toBe('InvalidImageId.Malformed'); // 26861
  });
});

describe('DescribeImageQuota', () => {
  it('answers the region quota, and DescribeAccountQuota counts the custom images in it', async () => {
    expect((await sdk.DescribeImageQuota()).ImageNumQuota).toBe(500);
    const used = async () => (await sdk.DescribeAccountQuota({})).AccountQuotaOverview!.AccountQuota!.ImageQuotaSet![0]!;
    const before = (await used()).UsedQuota!;
    await newImage();
    expect(await used()).toEqual({ UsedQuota: before + 1, TotalQuota: 500 });
  });
});

describe('DescribeImageSharePermission and ModifyImageSharePermission', () => {
  it('shares with other accounts and cancels, refusing what the reference lists', async () => {
    const id = await newImage();
    expect((await sdk.DescribeImageSharePermission({ ImageId: id })).SharePermissionSet).toEqual([]);
    await sdk.ModifyImageSharePermission({ ImageId: id, AccountIds: ['103849387508', '101104350000'], Permission: 'SHARE' });
    const shared = (await sdk.DescribeImageSharePermission({ ImageId: id })).SharePermissionSet!;
    expect(shared.map((s) => s.AccountId)).toEqual(['103849387508', '101104350000']);
    expect(shared[0]!.CreatedTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const modify = (AccountIds: string[], Permission = 'SHARE', ImageId = id) => codeOf(sdk.ModifyImageSharePermission({ ImageId, AccountIds, Permission }));
    expect(await modify(['103849387508'])).toBe('FailedOperation.AccountAlreadyExists'); // 26291
    expect(await modify(['100012345678'])).toBe('FailedOperation.AccountIsYourSelf'); // 26293
    expect(await modify(['not-an-account'])).toBe('InvalidAccountId.NotFound'); // 26326
    expect(await modify(['100000000009'], 'CANCEL')).toBe('InvalidAccountId.NotFound');
    expect(await modify(['100000000009'], 'SHARE', 'img-eb30mz89')).toBe('UnauthorizedOperation.ImageNotBelongToAccount'); // 26346
    expect(await modify(['100000000009'], 'SHARE', 'img-7shbq2ne')).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
    expect(await codeOf(sdk.DescribeImageSharePermission({ ImageId: 'img-zzzzzzzz' }))).toBe('InvalidImageId.NotFound'); // 25515
    const many = Array.from({ length: 100 }, (_, i) => String(200000000000 + i));
    for (let batch = 0; batch < 4; batch++) await sdk.ModifyImageSharePermission({ ImageId: id, AccountIds: many.map((a) => `${Number(a) + batch * 1000}`), Permission: 'SHARE' });
    expect(await modify(many.map((a) => `${Number(a) + 9000}`))).toBe('OverQuota'); // 26344: 402 + 100 > 500

    // A shared image is not deleted (27098) until every share is cancelled.
    expect(await codeOf(sdk.DeleteImages({ ImageIds: [id] }))).toBe('InvalidImageId.InShared');
    const all = (await sdk.DescribeImageSharePermission({ ImageId: id })).SharePermissionSet!.map((s) => s.AccountId!);
    await sdk.ModifyImageSharePermission({ ImageId: id, AccountIds: all.slice(0, 100), Permission: 'CANCEL' });
    for (let at = 100; at < all.length; at += 100) await sdk.ModifyImageSharePermission({ ImageId: id, AccountIds: all.slice(at, at + 100), Permission: 'CANCEL' });
    expect((await sdk.DescribeImageSharePermission({ ImageId: id })).SharePermissionSet).toEqual([]);
    await sdk.DeleteImages({ ImageIds: [id] });
  });
});

describe('SyncImages', () => {
  it('copies an image into other regions, each copy SYNCING with its own progress, the nearer one first', async () => {
    const id = await newImage('travelling');
    const { ImageSet } = await sdk.SyncImages({ ImageIds: [id], DestinationRegions: ['ap-shanghai', 'eu-frankfurt'], ImageSetRequired: true });
    expect(ImageSet!.map((s) => s.Region)).toEqual(['ap-shanghai', 'eu-frankfurt']);
    const [toShanghai, toFrankfurt] = ImageSet!.map((s) => s.ImageId!);
    expect(await image(toShanghai!, shanghai)).toMatchObject({ ImageState: 'SYNCING', SyncPercent: 0, ImageName: 'travelling', ImageType: 'PRIVATE_IMAGE' });
    // The source is in use while it is copied (27100).
    expect(await codeOf(sdk.DeleteImages({ ImageIds: [id] }))).toBe('InvalidImageId.IncorrectState');
    clock.advance(15_000);
    expect((await image(toShanghai!, shanghai))!.SyncPercent).toBe(50);
    expect((await image(toFrankfurt!, frankfurt))!.SyncPercent).toBe(16);
    clock.advance(15_500);
    expect((await image(toShanghai!, shanghai))!.ImageState).toBe('NORMAL');
    expect(await image(toFrankfurt!, frankfurt)).toMatchObject({ ImageState: 'SYNCING', SyncPercent: 33 });
    clock.advance(60_000);
    expect((await image(toFrankfurt!, frankfurt))!.ImageState).toBe('NORMAL');
    // Without ImageSetRequired the answer names no copies; the same name again in a region is a duplicate (26682).
    expect(await codeOf(sdk.SyncImages({ ImageIds: [id], DestinationRegions: ['ap-shanghai'] }))).toBe('InvalidImageName.Duplicate');
    expect((await sdk.SyncImages({ ImageIds: [id], DestinationRegions: ['ap-beijing'] })).ImageSet).toEqual([]);
  });

  it('copies a shared image into its own region only, as a custom image', async () => {
    const { ImageSet } = await sdk.SyncImages({ ImageIds: ['img-7shbq2ne'], DestinationRegions: ['ap-guangzhou'], ImageSetRequired: true, ImageName: 'nginx-mine' });
    clock.advance(31_000);
    expect(await image(ImageSet![0]!.ImageId!)).toMatchObject({ ImageType: 'PRIVATE_IMAGE', ImageState: 'NORMAL', ImageCreator: '100012345678', ImageName: 'nginx-mine' });
    expect(await codeOf(sdk.SyncImages({ ImageIds: ['img-7shbq2ne'], DestinationRegions: ['ap-shanghai'] }))).toBe('InvalidParameterValue.InvalidRegion');
  });

  it('refuses what the reference lists', async () => {
    const id = await newImage();
    const sync = (params: Partial<Parameters<typeof sdk.SyncImages>[0]>) => codeOf(sdk.SyncImages({ ImageIds: [id], DestinationRegions: ['ap-beijing'], ...params }));
    expect(await sync({ DestinationRegions: ['ap-guangzhou'] })).toBe('InvalidParameterValue.InvalidRegion'); // 26692
    expect(await sync({ DestinationRegions: ['ap-moon'] })).toBe('InvalidRegion.NotFound'); // 26696
    expect(await sync({ ImageIds: [id, 'img-qlzp4oea'] })).toBe('InvalidParameterValue.LimitExceeded'); // 26694
    expect(await sync({ ImageIds: ['img-eb30mz89'] })).toBe('InvalidParameterValue.InvalidImageId'); // 26688
    expect(await sync({ ImageIds: ['img-zzzzzzzz'] })).toBe('InvalidImageId.NotFound'); // 26678
    expect(await sync({ Encrypt: true, KmsKeyId: 'nope' })).toBe('InvalidParameter.InvalidKmsKeyId'); // 26686
    expect(await sync({ DryRun: true })).toBeUndefined();
    const creating = (await sdk.CreateImage({ InstanceId: await launch({ stop: true }), ImageName: 'not-yet' })).ImageId!;
    expect(await sync({ ImageIds: [creating] })).toBe('InvalidImageId.IncorrectState'); // 26674
    // Encrypted: a copy into the image's own region, which then stays there (26700) and is not encrypted again (26706).
    const { ImageSet } = await sdk.SyncImages({ ImageIds: [id], DestinationRegions: ['ap-guangzhou'], Encrypt: true, ImageName: 'encrypted-copy', ImageSetRequired: true });
    clock.advance(31_000);
    const encrypted = ImageSet![0]!.ImageId!;
    expect(await sync({ ImageIds: [encrypted] })).toBe('UnsupportedOperation.EncryptedImagesNotSupported');
    expect(await sync({ ImageIds: [encrypted], DestinationRegions: ['ap-guangzhou'], Encrypt: true, ImageName: 'again' })).toBe('UnsupportedOperation.SyncEncryptImageNotSupport');
  });
});

describe('ExportImages', () => {
  it('writes each disk of the images to a bucket of the account, named by prefix, image and snapshot', async () => {
    const id = await newImage();
    const snapshot = (await image(id))!.SnapshotSet![0]!.SnapshotId;
    const { TaskId, CosPaths } = await sdk.ExportImages({ BucketName: 'backups-1250000000', ImageIds: [id], ExportFormat: 'QCOW2', FileNamePrefixList: ['nightly'] });
    expect(TaskId).toBeGreaterThan(0);
    expect(CosPaths).toEqual([`/nightly_${id}_system_${snapshot}.qcow2`]);
    // In use while it is written.
    expect(await codeOf(sdk.DeleteImages({ ImageIds: [id] }))).toBe('InvalidImageId.IncorrectState');
    clock.advance(41_000);
    expect(await codeOf(sdk.DeleteImages({ ImageIds: [id], DryRun: true }))).toBeUndefined();
  });

  it('refuses what the reference lists', async () => {
    const id = await newImage();
    const exporting = (params: Partial<Parameters<typeof sdk.ExportImages>[0]>) => codeOf(sdk.ExportImages({ BucketName: 'backups-1250000000', ImageIds: [id], ...params }));
    expect(await exporting({ BucketName: 'someone-elses-1300000000' })).toBe('InvalidParameterValue.BucketNotFound'); // 27659
    expect(await exporting({ ImageIds: [] })).toBe('InvalidParameter.ImageIdsSnapshotIdsMustOne'); // 27655
    expect(await exporting({ FileNamePrefixList: ['a', 'b'] })).toBe('InvalidParameterValue.InvalidFileNamePrefixList'); // 27665
    expect(await exporting({ ImageIds: ['img-eb30mz89'] })).toBe('UnsupportedOperation.PublicImageExportUnsupported'); // 27685
    expect(await exporting({ ImageIds: ['img-7shbq2ne'] })).toBe('UnsupportedOperation.SharedImageExportUnsupported'); // 27689
    expect(await exporting({ RoleName: 'NoSuchRole' })).toBe('AuthFailure.CamRoleNameAuthenticateFailed'); // 27649
    const windows = await launch({ stop: true, imageId: 'img-1eckiyjb' });
    const { ImageId } = await sdk.CreateImage({ InstanceId: windows, ImageName: 'windows-golden' });
    clock.advance(16_000);
    expect(await exporting({ ImageIds: [ImageId!] })).toBe('UnsupportedOperation.WindowsImageExportUnsupported'); // 27691
  });
});

describe('ImportImage and DescribeImportImageOs', () => {
  it('lists what can be imported, and imports an image file: IMPORTING, then NORMAL', async () => {
    const os = await sdk.DescribeImportImageOs();
    expect(os.ImportImageOsListSupported!.Windows).toContain('Windows Server 2016');
    expect(os.ImportImageOsVersionSet!.find((v) => v.OsName === 'CentOS')).toEqual({ OsName: 'CentOS', OsVersions: ['5', '6', '7'], Architecture: ['x86_64', 'i386'] });
    const { ImageId } = await sdk.ImportImage({
      ImageUrl: 'https://imports-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.qcow2',
      ImageName: 'imported-centos',
      Architecture: 'x86_64',
      OsType: 'CentOS',
      OsVersion: '7',
      TagSpecification: [{ ResourceType: 'image', Tags: [{ Key: 'origin', Value: 'on-premises' }] }],
    });
    expect(await image(ImageId!)).toMatchObject({
      ImageState: 'IMPORTING',
      ImageSource: 'EXTERNAL_IMPORT',
      Platform: 'CentOS',
      OsName: 'CentOS 7 64bit',
      Tags: [{ Key: 'origin', Value: 'on-premises' }],
    });
    clock.advance(61_000);
    expect((await image(ImageId!))!.ImageState).toBe('NORMAL');
    expect((await sdk.DescribeImages({ Filters: [{ Name: 'tag:origin', Values: ['on-premises'] }] })).ImageSet!.map((i) => i.ImageId)).toEqual([ImageId]);
  });

  it('leaves a failed import IMPORTFAILED, and refuses what the reference lists', async () => {
    emulator.faults.failNext('cvm.ImportImage');
    const url = 'https://imports-1250000000.cos.ap-guangzhou.myqcloud.com/disk.vmdk';
    const { ImageId } = await sdk.ImportImage({ ImageUrl: url, ImageName: 'unreadable', Architecture: 'x86_64', OsType: 'Ubuntu', OsVersion: '16' });
    clock.advance(61_000);
    expect((await image(ImageId!))!.ImageState).toBe('IMPORTFAILED');
    const importing = (params: Partial<Parameters<typeof sdk.ImportImage>[0]>) =>
      codeOf(sdk.ImportImage({ ImageUrl: url, ImageName: 'refused', Architecture: 'x86_64', OsType: 'CentOS', OsVersion: '7', ...params }));
    expect(await importing({ OsType: 'Plan 9' })).toBe('InvalidImageOsType.Unsupported'); // 27375
    expect(await importing({ OsVersion: '8' })).toBe('InvalidImageOsVersion.Unsupported'); // 27377
    expect(await importing({ ImageUrl: 'https://example.com/disk.raw' })).toBe('InvalidParameter.InvalidParameterUrlError'); // 27379
    expect(await importing({ ImageUrl: url.replace('disk.vmdk', 'install.iso') })).toBe('InvalidParameterValue.ISOMustImportByForce'); // 27381
    expect(await importing({ ImageUrl: url.replace('disk.vmdk', 'install.iso'), Force: true, DryRun: true })).toBeUndefined();
    expect(await importing({ BootMode: 'BIOS' })).toBe('InvalidParameterValue.InvalidBootMode'); // 27385
    expect(await importing({ LicenseType: 'GPL' })).toBe('InvalidParameterValue.InvalidLicenseType'); // 27389
    expect(await importing({ ImageName: 'unreadable' })).toBe('InvalidImageName.Duplicate'); // 27373
  });
});

describe('DeleteImages', () => {
  it("deletes the account's images, all or none, and frees the quota", async () => {
    const [a, b] = [await newImage(), await newImage()];
    const count = async () => (await sdk.DescribeImages({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 })).TotalCount!;
    const before = await count();
    // One public image in the call deletes nothing (27108).
    expect(await codeOf(sdk.DeleteImages({ ImageIds: [a, 'img-eb30mz89'] }))).toBe('InvalidParameterValue.InvalidImageId');
    expect(await codeOf(sdk.DeleteImages({ ImageIds: ['img-7shbq2ne'] }))).toBe('InvalidParameterValue.InvalidImageIdIsShared'); // 27110
    expect(await codeOf(sdk.DeleteImages({ ImageIds: ['img-zzzzzzzz'] }))).toBe('InvalidImageId.NotFound'); // 27104
    expect(await count()).toBe(before);
    await sdk.DeleteImages({ ImageIds: [a, b], DeleteBindedSnap: true });
    expect(await count()).toBe(before - 2);
    expect(await image(a)).toBeUndefined();
    // Not while it is made (27100).
    const creating = (await sdk.CreateImage({ InstanceId: await launch({ stop: true }), ImageName: 'in-the-making' })).ImageId!;
    expect(await codeOf(sdk.DeleteImages({ ImageIds: [creating] }))).toBe('InvalidImageId.IncorrectState');
  });
});
