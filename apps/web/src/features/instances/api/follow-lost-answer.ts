import type { QueryClient } from '@tanstack/react-query';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { changeMayHaveHappened } from '../../../api/console-error.ts';
import { describeInstancesById, instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { patchInstances } from './patch-instances.ts';

/** Waits before each read of the instances: the cloud may show an accepted action a moment after the page's re-read. */
const FOLLOW_MS = [2_000, 4_000, 8_000];

/**
 * The cloud records every accepted action as the instance's latest operation, OPERATING until it lands: from there
 * useTransitionWatch follows the row. (Read from the instance, not from @cvm/shared's state list, whose import here
 * would reshuffle the build's shared chunks into the entry.)
 */
const underWay = (instance: Instance) => instance.LatestOperationState === 'OPERATING';

/**
 * After a lifecycle action or change whose answer was lost (mayHaveHappened; other errors changed nothing), the page
 * and the open detail are read again at once (the query client does that for every such mutation). These instances
 * alone (DescribeInstances with their IDs) are then read a few more times, each answer written into their rows, until
 * one shows something under way (Stopping, "Resizing…") — from there useTransitionWatch follows it like any changing
 * row — or is gone, or the reads run out. Best effort: a failed read ends it, and the list's Refresh remains.
 */
export async function followIfMayHaveHappened(client: QueryClient, scope: CloudScope, ids: readonly string[], error: unknown): Promise<void> {
  if (!changeMayHaveHappened(error) || ids.length === 0) return;
  const wanted = ids.slice(0, 100);
  try {
    for (const wait of FOLLOW_MS) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      const fresh = new Map((await describeInstancesById(scope, wanted)).map((instance) => [instance.InstanceId, instance]));
      patchInstances(client, scope, [...fresh.keys()], (instance) => fresh.get(instance.InstanceId) ?? instance);
      // A terminated one left the list: the page is read again for its count and the rows after it.
      if (fresh.size < wanted.length) {
        await Promise.all([client.invalidateQueries({ queryKey: instanceKeys.lists(scope) }), client.invalidateQueries({ queryKey: instanceKeys.details(scope) })]);
        return;
      }
      if ([...fresh.values()].some(underWay)) return;
    }
  } catch {
    // Nothing to add to the warning already shown.
  }
}
