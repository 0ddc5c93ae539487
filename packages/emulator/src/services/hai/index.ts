import type { ActionHandler } from '../action-handler.ts';
import { describeHaiApplications } from './describe-applications.ts';
import { describeHaiInstances } from './describe-instances.ts';
import { describeHaiRegions, describeHaiScenes } from './describe-regions-and-scenes.ts';
import { inquirePriceRunHaiInstances } from './inquire-price.ts';
import { startHaiInstance, stopHaiInstance, terminateHaiInstances } from './lifecycle.ts';
import { runHaiInstances } from './run-instances.ts';

/** HAI, the high-performance application service (hai 2023-08-12): applications on GPU bundles, and their instances. */
export const haiHandlers: ActionHandler[] = [
  describeHaiRegions,
  describeHaiScenes,
  describeHaiApplications,
  describeHaiInstances,
  inquirePriceRunHaiInstances,
  runHaiInstances,
  startHaiInstance,
  stopHaiInstance,
  terminateHaiInstances,
];

export { haiRegion, listHaiInstances } from './hai-region.ts';
