import type { ActionHandler } from '../action-handler.ts';
import { describeSecurityGroups } from './describe-security-groups.ts';
import { describeSubnets } from './describe-subnets.ts';
import { describeVpcs } from './describe-vpcs.ts';
import { attachNetworkInterface, detachNetworkInterface } from './eni/attach-network-interface.ts';
import { createNetworkInterface } from './eni/create-network-interface.ts';
import { deleteNetworkInterface, describeNetworkInterfaces, describeVpcTaskResult } from './eni/describe-and-delete.ts';

/** The VPC service (vpc 2017-03-12): networks for new instances, and elastic network interfaces. */
export const vpcHandlers: ActionHandler[] = [
  describeVpcs,
  describeSubnets,
  describeSecurityGroups,
  describeNetworkInterfaces,
  createNetworkInterface,
  attachNetworkInterface,
  detachNetworkInterface,
  deleteNetworkInterface,
  describeVpcTaskResult,
];
