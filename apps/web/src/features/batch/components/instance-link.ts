import type { CloudScope } from '../../../api/cloud-scope.ts';
import { PATHS } from '../../../app/paths.ts';

/** The instance list with this instance's detail open, in the same account and region. */
export function instanceHref(scope: CloudScope, instanceId: string): string {
  const query = new URLSearchParams({ account: scope.account, region: scope.region, instance: instanceId });
  return `${PATHS.instances}?${query.toString()}`;
}
