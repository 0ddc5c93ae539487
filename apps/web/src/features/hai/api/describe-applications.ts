import { hai } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useLanguage } from '../../../i18n/use-t.ts';
import { haiKeys } from './hai-keys.ts';

/** The region's application catalogue (one page of 100 holds it), described in the console's language. */
export function applicationsQueryOptions(scope: CloudScope | undefined, language: string) {
  return queryOptions({
    queryKey: haiKeys.applications(scope, language),
    queryFn: scope ? ({ signal }) => callAction(hai.DescribeApplications, { Limit: 100 }, scope, signal, language) : skipToken,
    select: (data) => data.ApplicationSet,
    // The catalogue changes rarely.
    staleTime: 5 * 60_000,
  });
}

export function useHaiApplications(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  return useQuery(applicationsQueryOptions(scope, language));
}
