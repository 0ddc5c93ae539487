import { cvm, isImageUsable } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { useLanguage } from '../../i18n/use-t.ts';
import { createKeys } from '../cloud-read-keys.ts';

/** Where an image comes from: the cloud's public images, the account's own, or those other accounts share with it. */
export type ImageSource = 'PUBLIC_IMAGE' | 'PRIVATE_IMAGE' | 'SHARED_IMAGE';

/**
 * Public, own or shared images the chosen type can boot (DescribeImages' InstanceType narrows them: no Windows on GPU
 * types, ARM images only on ARM types), and only those ready to boot (NORMAL: not one still being made, copied or
 * imported). Up to 100, which covers a region's public images and a typical account's own.
 */
export function imagesQueryOptions(scope: CloudScope | undefined, source: ImageSource, instanceType: string, language: string) {
  return queryOptions({
    queryKey: createKeys.images(scope, source, instanceType, language),
    queryFn: scope
      ? ({ signal }) =>
          callAction(
            cvm.DescribeImages,
            {
              Filters: [{ Name: 'image-type', Values: [source] }],
              ...(instanceType ? { InstanceType: instanceType } : {}),
              Limit: 100,
            },
            scope,
            signal,
            language,
          )
      : skipToken,
    select: (data) => data.ImageSet.filter(isImageUsable),
    staleTime: 5 * 60_000,
  });
}

export function useImages(scope: CloudScope | undefined, source: ImageSource, instanceType: string) {
  const { language } = useLanguage();
  return useQuery(imagesQueryOptions(scope, source, instanceType, language));
}
