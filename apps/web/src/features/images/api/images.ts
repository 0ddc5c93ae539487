import { cvm, type Image } from '@cvm/shared';
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';
import { useLanguage } from '../../../i18n/use-t.ts';

// The Images page's reads and changes: every image the region shows (public, own and shared), read again every two
// seconds while one of them is still being made, copied or imported, so its progress moves on screen until it lands.

/** The API's largest page (DescribeImages' Limit). */
const PAGE = 100;

/** States an image leaves by itself: the page follows them. */
export const IMAGE_TRANSITIONAL: readonly Image['ImageState'][] = ['CREATING', 'SYNCING', 'IMPORTING'];

const imagesKey = (scope: CloudScope | undefined) => [...createKeys.scope(scope), 'images-page'] as const;

async function allImages(scope: CloudScope, signal: AbortSignal, language: string): Promise<Image[]> {
  const images: Image[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callAction(cvm.DescribeImages, { Offset: offset, Limit: PAGE }, scope, signal, language);
    images.push(...page.ImageSet);
    if (page.ImageSet.length < PAGE || images.length >= page.TotalCount) return images;
  }
}

export function useRegionImages(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  return useQuery(
    queryOptions({
      queryKey: [...imagesKey(scope), language],
      queryFn: scope ? ({ signal }) => allImages(scope, signal, language) : skipToken,
      staleTime: 30_000,
      refetchInterval: (query) => (query.state.data?.some((image) => IMAGE_TRANSITIONAL.includes(image.ImageState)) ? 2_000 : false),
    }),
  );
}

/** How many custom images the region may hold (DescribeImageQuota). */
export function useImageQuota(scope: CloudScope | undefined) {
  return useQuery({
    queryKey: [...imagesKey(scope), 'quota'],
    queryFn: scope ? ({ signal }) => callAction(cvm.DescribeImageQuota, {}, scope, signal) : skipToken,
    select: (answer) => answer.ImageNumQuota,
    staleTime: 10 * 60_000,
  });
}

/**
 * One change to the region's images (its call given at mutate time); the page's list and the wizard's image lists are
 * read again once it lands, in this region or, for copies, in `alsoIn` too.
 */
export function useImageChange<T>(scope: CloudScope, alsoIn: readonly string[] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<T>) => send(),
    onSettled: () =>
      Promise.all(
        [scope.region, ...alsoIn].flatMap((region) => {
          const where = { account: scope.account, region };
          return [client.invalidateQueries({ queryKey: imagesKey(where) }), client.invalidateQueries({ queryKey: [...createKeys.scope(where), 'images'] })];
        }),
      ),
  });
}
