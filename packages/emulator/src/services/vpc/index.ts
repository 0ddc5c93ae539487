import { handlersIn } from '../action-handler.ts';
import * as securityGroups from './describe-security-groups.ts';
import * as subnets from './describe-subnets.ts';
import * as vpcs from './describe-vpcs.ts';
import * as binding from './eni/attach-network-interface.ts';
import * as creation from './eni/create-network-interface.ts';
import * as interfaces from './eni/describe-and-delete.ts';

/** The VPC service (vpc 2017-03-12): networks for new instances, and elastic network interfaces. */
export const vpcHandlers = handlersIn(vpcs, subnets, securityGroups, interfaces, creation, binding);
