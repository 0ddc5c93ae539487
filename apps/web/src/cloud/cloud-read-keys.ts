import type { CloudScope } from '../api/cloud-scope.ts';

// The wizard's lists, nested account → region like every other cloud query, so switching either never shows
// another account's or region's networks, key pairs or offers.
export const createKeys = {
  scope: (scope: CloudScope | undefined) => ['create', scope?.account, scope?.region] as const,
  offerings: (scope: CloudScope | undefined, zone: string, chargeType: string, language: string) => [...createKeys.scope(scope), 'offerings', zone, chargeType, language] as const,
  images: (scope: CloudScope | undefined, source: string, instanceType: string, language: string) =>
    [...createKeys.scope(scope), 'images', source, instanceType, language] as const,
  image: (scope: CloudScope | undefined, imageId: string | undefined) => [...createKeys.scope(scope), 'image', imageId] as const,
  vpcs: (scope: CloudScope | undefined) => [...createKeys.scope(scope), 'vpcs'] as const,
  subnets: (scope: CloudScope | undefined, vpcId: string, zone: string) => [...createKeys.scope(scope), 'subnets', vpcId, zone] as const,
  regionSubnets: (scope: CloudScope | undefined) => [...createKeys.scope(scope), 'region-subnets'] as const,
  securityGroups: (scope: CloudScope | undefined) => [...createKeys.scope(scope), 'security-groups'] as const,
  keyPairs: (scope: CloudScope | undefined) => [...createKeys.scope(scope), 'key-pairs'] as const,
  quota: (scope: CloudScope | undefined, zone: string) => [...createKeys.scope(scope), 'quota', zone] as const,
  quote: (scope: CloudScope | undefined, params: unknown) => [...createKeys.scope(scope), 'quote', params] as const,
};
