import type { ActionHandler } from '../action-handler.ts';
import { describeImages } from './images.ts';
import { describeInstanceTypeConfigs } from './instance-types.ts';
import { describeInstances, describeInstancesStatus } from './instances.ts';
import { describeRegions, describeZones } from './regions.ts';
import { inquiryPriceTerminateInstances, rebootInstances, startInstances, stopInstances, terminateInstances } from './lifecycle.ts';

export const cvmHandlers: ActionHandler[] = [
  describeRegions,
  describeZones,
  describeInstances,
  describeInstancesStatus,
  describeInstanceTypeConfigs,
  describeImages,
  startInstances,
  stopInstances,
  rebootInstances,
  terminateInstances,
  inquiryPriceTerminateInstances,
];
