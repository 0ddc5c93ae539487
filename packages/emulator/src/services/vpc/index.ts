import type { ActionHandler } from '../action-handler.ts';
import { describeSecurityGroups } from './describe-security-groups.ts';
import { describeSubnets } from './describe-subnets.ts';
import { describeVpcs } from './describe-vpcs.ts';

/** The VPC service (vpc 2017-03-12): what the console reads to place new instances. */
export const vpcHandlers: ActionHandler[] = [describeVpcs, describeSubnets, describeSecurityGroups];
