import type { ActionHandler } from '../action-handler.ts';
import { describeImages } from './images.ts';
import { describeInstanceTypeConfigs } from './instance-types.ts';
import { describeInstances, describeInstancesStatus } from './instances.ts';
import { describeRegions, describeZones } from './regions.ts';

export const cvmHandlers: ActionHandler[] = [
  describeRegions,
  describeZones,
  describeInstances,
  describeInstancesStatus,
  describeInstanceTypeConfigs,
  describeImages,
];
