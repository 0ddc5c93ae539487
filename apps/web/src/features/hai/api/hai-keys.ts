import type { CloudScope } from '../../../api/cloud-scope.ts';

// HAI's query keys nest account → region like every cloud query: invalidating `scope` after a purchase or a lifecycle
// call reads the instance list again, and switching account or region never shows another's instances.
export const haiKeys = {
  scope: (scope: CloudScope | undefined) => ['hai', scope?.account, scope?.region] as const,
  applications: (scope: CloudScope | undefined, language: string) => [...haiKeys.scope(scope), 'applications', language] as const,
  instances: (scope: CloudScope | undefined, language: string) => [...haiKeys.scope(scope), 'instances', language] as const,
  quote: (scope: CloudScope | undefined, params: unknown) => [...haiKeys.scope(scope), 'quote', params] as const,
};
