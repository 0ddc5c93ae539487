import { cvm } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { callAction } from '../../api/call-action.ts';
import { useLanguage } from '../../i18n/use-t.ts';

export const zoneKeys = {
  all: ['zones'] as const,
  byScope: (scope: CloudScope | undefined, language: string) => [...zoneKeys.all, scope?.account, scope?.region, language] as const,
};

/** Zones of one region as one account sees them; they change rarely, so an hour's cache is plenty. */
export function zonesQueryOptions(scope: CloudScope | undefined, language: string) {
  return queryOptions({
    queryKey: zoneKeys.byScope(scope, language),
    queryFn: scope ? ({ signal }) => callAction(cvm.DescribeZones, {}, scope, signal, language) : skipToken,
    select: (data) => data.ZoneSet,
    staleTime: 60 * 60 * 1000,
  });
}

export function useZones(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  return useQuery(zonesQueryOptions(scope, language));
}
