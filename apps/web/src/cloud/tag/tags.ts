import { tag } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';

// The account's tags from the tag service (global: the same in every region), for suggestions. Asked only when
// someone starts typing a tag, and kept for five minutes.

const FIVE_MINUTES = 5 * 60_000;

export function useTagKeys(scope: CloudScope | undefined, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['tag', scope?.account, 'keys'],
      queryFn: scope && enabled ? ({ signal }) => callAction(tag.DescribeTagKeys, { Limit: 1000 }, scope, signal) : skipToken,
      select: (data) => data.Tags,
      staleTime: FIVE_MINUTES,
    }),
  );
}

export function useTagValues(scope: CloudScope | undefined, key: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['tag', scope?.account, 'values', key],
      queryFn: scope && enabled && key ? ({ signal }) => callAction(tag.DescribeTagValues, { TagKeys: [key], Limit: 1000 }, scope, signal) : skipToken,
      select: (data) => data.Tags.map((pair) => pair.TagValue),
      staleTime: FIVE_MINUTES,
    }),
  );
}
