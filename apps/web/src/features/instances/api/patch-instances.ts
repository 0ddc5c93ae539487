import type { QueryClient } from '@tanstack/react-query';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';

// Writing what is already known about instances into every cached page and detail, so the rows change the moment the
// cloud accepts something; the watches (useTransitionWatch) follow them from there.

/** Rewrites the given instances in every cached page and detail of this account and region. */
export function patchInstances(client: QueryClient, scope: CloudScope, ids: readonly string[], patch: (instance: Instance) => Instance): void {
  const affected = new Set(ids);
  const mark = (instance: Instance): Instance => (affected.has(instance.InstanceId) ? patch(instance) : instance);
  client.setQueriesData<{ InstanceSet: Instance[] }>({ queryKey: instanceKeys.lists(scope) }, (page) => (page ? { ...page, InstanceSet: page.InstanceSet.map(mark) } : page));
  client.setQueriesData<Instance | null>({ queryKey: instanceKeys.details(scope) }, (instance) => (instance ? mark(instance) : instance));
}
