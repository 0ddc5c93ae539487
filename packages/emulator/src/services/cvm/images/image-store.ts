import { IMAGE_QUOTA_PER_REGION, type Image, type SharePermission } from '@cvm/shared';
import type { ChangeStatus } from '../../../state/change-over-time/index.ts';
import { resourceId } from '../../../state/random.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { seedAccountImages } from '../../../seed/account-images.ts';

// The account's images per region: its custom images (PRIVATE_IMAGE: made by CreateImage, copied by SyncImages,
// imported by ImportImage) and those other accounts share with it (SHARED_IMAGE). Public images are the cloud's, the
// same in every region (world.images). Each region's store is made the first time it is read, from the seed.
//
// An image being made is tied to its change on the world's timeline (`making`): a read settles the timeline first,
// then shows the image's progress (SyncPercent) or, once the change failed, its failed state. So the one model of change
// over time moves images too, and a test's ManualClock (or the emulator's time travel) moves them with everything else.

/** What the store reads of a change on the timeline (of any subject: an image, or the instance an image is made of). */
export interface Work {
  readonly status: ChangeStatus;
  readonly startedAt: number;
  readonly endsAt: number;
}

export interface StoredImage {
  /** As DescribeImages answers it (copied on the way out). */
  image: Image;
  /** A copy made with SyncImages' Encrypt: an encrypted custom image, which is neither shared, exported nor copied out. */
  encrypted: boolean;
  /** The accounts it is shared with (custom images only), in the order they were added. */
  shares: SharePermission[];
  /** The change that makes it, while it is made: its progress runs to `doneAt`, and its failure leaves `failedState`. */
  making?: { change: Work; doneAt: number; failedState: 'CREATEFAILED' | 'IMPORTFAILED' };
  /** Work reading the image (copies to other regions, exports) while under way: it is in use, and is not deleted. */
  readers: Set<Work>;
}

export interface ExportTask {
  taskId: number;
  change: Work;
}

export interface RegionImages {
  /** Newest first. */
  images: StoredImage[];
  exports: ExportTask[];
}

const stores = new WeakMap<RegionWorld, RegionImages>();

/** The region's own and shared images (the seeded ones the first time), without settling anything. */
function storeOf(region: RegionWorld): RegionImages {
  let store = stores.get(region);
  if (!store) {
    store = { images: seedAccountImages(region.seed.region).map((image) => ({ image, encrypted: false, shares: [], readers: new Set() })), exports: [] };
    stores.set(region, store);
  }
  return store;
}

/** Brings each image being made up to date with its change: the progress so far, or the failure it ended in. */
function refresh(stored: StoredImage, now: number): void {
  const making = stored.making;
  if (!making) return;
  const image = stored.image;
  if (making.change.status === 'failed' && image.ImageState !== 'NORMAL') {
    image.ImageState = making.failedState;
    stored.making = undefined;
    return;
  }
  if (image.ImageState === 'NORMAL') {
    stored.making = undefined;
    return;
  }
  const total = making.doneAt - making.change.startedAt;
  image.SyncPercent = total <= 0 ? 99 : Math.min(99, Math.max(0, Math.floor(((now - making.change.startedAt) / total) * 100)));
}

/** The region's images after every change due has landed. */
export function regionImages(world: World, region: RegionWorld): RegionImages {
  world.changes.settle();
  const store = storeOf(region);
  const now = world.clock.now();
  for (const stored of store.images) {
    refresh(stored, now);
    for (const reader of stored.readers) if (reader.status !== 'under way') stored.readers.delete(reader);
  }
  store.exports = store.exports.filter((task) => task.change.status === 'under way');
  return store;
}

/** Every image the region shows: the public ones, then the account's own and shared ones, newest first. */
export function imagesIn(world: World, region: RegionWorld): Image[] {
  return [...world.images, ...regionImages(world, region).images.map((stored) => stored.image)];
}

/** An image the region shows, by ID: public, the account's own or shared with it. */
export function findImage(world: World, region: RegionWorld, imageId: string): Image | undefined {
  return world.images.find((image) => image.ImageId === imageId) ?? findStored(world, region, imageId)?.image;
}

/** The account's own or a shared image of the region, by ID, with its record. */
export function findStored(world: World, region: RegionWorld, imageId: string): StoredImage | undefined {
  return regionImages(world, region).images.find((stored) => stored.image.ImageId === imageId);
}

/** How many custom images the account holds in the region: what its quota counts (shared ones are another's). */
export function customImageCount(world: World, region: RegionWorld): number {
  return regionImages(world, region).images.filter((stored) => stored.image.ImageType === 'PRIVATE_IMAGE').length;
}

/** Whether the region has room for `count` more custom images (IMAGE_QUOTA_PER_REGION). */
export function hasRoomFor(world: World, region: RegionWorld, count = 1): boolean {
  return customImageCount(world, region) + count <= IMAGE_QUOTA_PER_REGION;
}

/** Adds a new image to the region, newest first. */
export function addImage(region: RegionWorld, stored: Omit<StoredImage, 'readers' | 'shares'> & Partial<Pick<StoredImage, 'shares'>>): StoredImage {
  const record: StoredImage = { shares: [], ...stored, readers: new Set() };
  storeOf(region).images.unshift(record);
  return record;
}

export function removeImage(region: RegionWorld, stored: StoredImage): void {
  const images = storeOf(region).images;
  const at = images.indexOf(stored);
  if (at >= 0) images.splice(at, 1);
}

/** An image ID no image of any region has taken. */
export function newImageId(world: World): string {
  const taken = (id: string) =>
    world.images.some((image) => image.ImageId === id) || [...world.regions.values()].some((region) => storeOf(region).images.some((s) => s.image.ImageId === id));
  for (;;) {
    const id = resourceId('img', world.random);
    if (!taken(id)) return id;
  }
}

/** A new snapshot ID (the cloud's CBS snapshots back every image's disks; the emulator keeps them only in SnapshotSet). */
export const newSnapshotId = (world: World): string => resourceId('snap', world.random);

/** The region's export tasks still under way. */
export function exportsUnderWay(world: World, region: RegionWorld): ExportTask[] {
  return regionImages(world, region).exports;
}

export function addExport(region: RegionWorld, task: ExportTask): void {
  storeOf(region).exports.push(task);
}
