import type { SecurityGroupPolicy, SecurityGroupPolicyAction, SecurityGroupPolicyProtocol } from '@cvm/shared';

// A security group's rules as the region keeps them. A rule's PolicyIndex is its place in its list, so it is not kept
// but answered; nor are parameter templates (ServiceTemplate, AddressTemplate): the emulated account has none, so no
// rule can name one, and answers write them empty.

export type StoredPolicy = Omit<SecurityGroupPolicy, 'PolicyIndex' | 'ServiceTemplate' | 'AddressTemplate' | 'Protocol' | 'Action'> & {
  Protocol: SecurityGroupPolicyProtocol;
  Action: SecurityGroupPolicyAction;
};

export type PolicyDirection = 'Ingress' | 'Egress';
export const DIRECTIONS: readonly PolicyDirection[] = ['Ingress', 'Egress'];

export interface SecurityGroupRules {
  /** Counted up by one with every change; answered as a string (SecurityGroupPolicySet.Version). */
  version: number;
  Ingress: StoredPolicy[];
  Egress: StoredPolicy[];
}
