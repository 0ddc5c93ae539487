import { cvm, type Instance } from '@cvm/shared';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { pause } from '../../api/paced.ts';
import { describeInstancePage, type InstanceListQuery } from './describe-instances.ts';

// Every instance a list or search holds, read page by page: for an export, for the overview.

/** The API's largest page. */
export const EXPORT_PAGE_SIZE = 100;
/**
 * Half of DescribeInstances' documented limit (per API, region and sub-account): an export leaves the other half to the
 * rest of the team working in the same account, so it never pushes them into RequestLimitExceeded.
 */
export const EXPORT_CALLS_PER_SECOND = cvm.DescribeInstances.rateLimit.perSecond / 2;

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * The whole set `search` selects, in the list's order. Pages are asked one after another, no faster than
 * `callsPerSecond`. An instance created or ended while the pages are read can shift a page by one: one seen twice
 * is kept once (by ID), and the count is what was read, not the first page's TotalCount.
 */
export async function collectInstances(
  scope: CloudScope,
  search: Pick<InstanceListQuery, 'filters' | 'anyOf'>,
  { signal, onProgress, callsPerSecond = EXPORT_CALLS_PER_SECOND }: { signal: AbortSignal; onProgress?: (progress: ExportProgress) => void; callsPerSecond?: number },
): Promise<Instance[]> {
  const interval = 1000 / callsPerSecond;
  const byId = new Map<string, Instance>();
  let nextStart = 0;
  for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
    const wait = nextStart - performance.now();
    if (wait > 0) await pause(wait, signal);
    nextStart = performance.now() + interval;
    const page = await describeInstancePage(scope, { ...search, offset, limit: EXPORT_PAGE_SIZE }, signal);
    for (const instance of page.InstanceSet) byId.set(instance.InstanceId, instance);
    const last = page.InstanceSet.length < EXPORT_PAGE_SIZE || offset + EXPORT_PAGE_SIZE >= page.TotalCount;
    onProgress?.({ done: byId.size, total: last ? byId.size : Math.max(page.TotalCount, byId.size) });
    if (last) return [...byId.values()];
  }
}
