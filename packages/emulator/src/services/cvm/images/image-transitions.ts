import { defineTransition } from '../../../state/change-over-time/index.ts';

// How long the image work takes at transitionScale 1 (the emulator's choice; the reference gives no figures), and what a
// failed one records. A copy to another region takes longer the farther it goes (sync-images.ts stretches it).

const IMAGE_FAILURE = 'The image service failed; retry it.';

export const IMAGE_TRANSITIONS = {
  /** The instance's disks snapshotted and made an image: the instance stays as it is (or is shut down first). */
  create: defineTransition('cvm.CreateImage', 15, IMAGE_FAILURE),
  /** One copy into one region (SYNCING), 30 s to a region of the same country. */
  sync: defineTransition('cvm.SyncImages', 30, IMAGE_FAILURE),
  /** An image file read from COS and made an image (IMPORTING). */
  import: defineTransition('cvm.ImportImage', 60, 'The image file could not be read or is not a bootable disk.'),
  /** The image's disks written to a COS bucket. */
  export: defineTransition('cvm.ExportImages', 40, IMAGE_FAILURE),
} as const;
