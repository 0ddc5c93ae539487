import type { QueryClient } from '@tanstack/react-query';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { scalingKeys } from './scaling-keys.ts';

/**
 * Reads again what an attach changes: the groups' capacities, the group's members and activities, and which group
 * each instance is in. ECS's own instance list is not touched by ESS, so it stays cached.
 */
export function refreshGroup(client: QueryClient, scope: CloudScope | undefined, groupId: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: scalingKeys.groups(scope) }),
    client.invalidateQueries({ queryKey: scalingKeys.members(scope, groupId) }),
    client.invalidateQueries({ queryKey: scalingKeys.activities(scope, groupId) }),
    client.invalidateQueries({ queryKey: [...scalingKeys.scope(scope), 'membership'] }),
  ]);
}
