import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import * as cvm from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';
import { useLanguage } from '../../../i18n/use-t.ts';

export const zoneKeys = {
  all: ['zones'] as const,
  byRegion: (region: string | undefined, language: string) => [...zoneKeys.all, region, language] as const,
};

/** Zones of one region; they change rarely, so an hour's cache is plenty. */
export function zonesQueryOptions(region: string | undefined, language: string) {
  return queryOptions({
    queryKey: zoneKeys.byRegion(region, language),
    queryFn: region ? ({ signal }) => callAction(cvm.DescribeZones, {}, region, signal, language) : skipToken,
    select: (data) => data.ZoneSet,
    staleTime: 60 * 60 * 1000,
  });
}

export function useZones(region: string | undefined) {
  const { language } = useLanguage();
  return useQuery(zonesQueryOptions(region, language));
}
