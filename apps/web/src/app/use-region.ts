import { useCallback } from 'react';
import { DEFAULT_REGION } from '@cvm/shared';
import { useMeta } from '../api/meta.ts';
import { useUrlState } from './url-state.ts';

export interface RegionState {
  /** Undefined only while the server's default is still being fetched. */
  region: string | undefined;
  setRegion: (region: string) => void;
}

/**
 * The region every call acts in: `?region=` when the person chose one, else the server's default
 * (GET /api/meta). The default is not written into the URL, so plain links keep following it.
 */
export function useRegion(): RegionState {
  const [params, setParams] = useUrlState();
  const meta = useMeta();
  const fromUrl = params.get('region') || undefined;
  const region = fromUrl ?? meta.data?.defaultRegion ?? (meta.isError ? DEFAULT_REGION : undefined);

  // Zones, pages and the open instance belong to the old region; carry over only what still applies.
  const setRegion = useCallback(
    (next: string) => setParams({ region: next, zone: null, page: null, instance: null }, 'push'),
    [setParams],
  );
  return { region, setRegion };
}
