import { handlersIn } from '../action-handler.ts';
import * as securityGroups from './describe-security-groups.ts';
import * as subnets from './describe-subnets.ts';
import * as vpcs from './describe-vpcs.ts';
import * as binding from './eni/attach-network-interface.ts';
import * as creation from './eni/create-network-interface.ts';
import * as interfaces from './eni/describe-and-delete.ts';
import * as policyReads from './security-group-policies/describe-security-group-policies.ts';
import * as policyCreation from './security-group-policies/create-security-group-policies.ts';
import * as policyDeletion from './security-group-policies/delete-security-group-policies.ts';
import * as policyReplacement from './security-group-policies/replace-security-group-policies.ts';
import * as policyReset from './security-group-policies/modify-security-group-policies.ts';
import * as groupUse from './security-group-policies/association-statistics.ts';

/** The VPC service (vpc 2017-03-12): networks for new instances, elastic network interfaces, security group rules. */
export const vpcHandlers = handlersIn(
  vpcs,
  subnets,
  securityGroups,
  interfaces,
  creation,
  binding,
  policyReads,
  policyCreation,
  policyDeletion,
  policyReplacement,
  policyReset,
  groupUse,
);
