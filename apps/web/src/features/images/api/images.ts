import { cvm, type Image } from '@cvm/shared';
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';
import { useLanguage } from '../../../i18n/use-t.ts';

// The Images page's reads and changes: every image the region shows (public, own and shared), read once; while some are
// still being made, copied or imported, just those are read again every two seconds (DescribeImages by ImageIds) and
// put into the list, so their progress moves on screen until they land — never the whole list again.

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

/** How often the images under way are read again. */
const MOVING_REFETCH_MS = 2_000;

export function useRegionImages(scope: CloudScope | undefined) {
  const { language } = useLanguage();
  const client = useQueryClient();
  const listKey = [...imagesKey(scope), language] as const;
  const list = useQuery(
    queryOptions({
      queryKey: listKey,
      queryFn: scope ? ({ signal }) => allImages(scope, signal, language) : skipToken,
      staleTime: 30_000,
    }),
  );
  const moving = (list.data ?? []).filter((image) => IMAGE_TRANSITIONAL.includes(image.ImageState)).map((image) => image.ImageId);
  useQuery({
    queryKey: [...listKey, 'moving', moving],
    queryFn:
      scope && moving.length > 0
        ? async ({ signal }) => {
            const fresh = new Map<string, Image>();
            for (let at = 0; at < moving.length; at += PAGE) {
              const page = await callAction(cvm.DescribeImages, { ImageIds: moving.slice(at, at + PAGE), Limit: PAGE }, scope, signal, language);
              for (const image of page.ImageSet) fresh.set(image.ImageId, image);
            }
            client.setQueryData<Image[]>(listKey, (old) => old?.map((image) => fresh.get(image.ImageId) ?? image));
            return fresh.size;
          }
        : skipToken,
    refetchInterval: MOVING_REFETCH_MS,
  });
  return list;
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
