import type { CloudScope } from '../../../api/cloud-scope.ts';

// The wizard's lists, nested account → region like every other cloud query, so switching either never shows
// another account's or region's networks, key pairs or offers.
export const createKeys = {
  scope: (scope: CloudScope) => ['create', scope.account, scope.region] as const,
  offerings: (scope: CloudScope, zone: string, chargeType: string) => [...createKeys.scope(scope), 'offerings', zone, chargeType] as const,
  images: (scope: CloudScope, source: string, instanceType: string) => [...createKeys.scope(scope), 'images', source, instanceType] as const,
  vpcs: (scope: CloudScope) => [...createKeys.scope(scope), 'vpcs'] as const,
  subnets: (scope: CloudScope, vpcId: string, zone: string) => [...createKeys.scope(scope), 'subnets', vpcId, zone] as const,
  securityGroups: (scope: CloudScope) => [...createKeys.scope(scope), 'security-groups'] as const,
  keyPairs: (scope: CloudScope) => [...createKeys.scope(scope), 'key-pairs'] as const,
  quota: (scope: CloudScope, zone: string) => [...createKeys.scope(scope), 'quota', zone] as const,
  quote: (scope: CloudScope, params: unknown) => [...createKeys.scope(scope), 'quote', params] as const,
};
