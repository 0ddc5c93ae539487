import { useCallback, useMemo } from 'react';
import { INSTANCE_STATES, type InstanceState } from '@cvm/shared';
import { useUrlState, type HistoryMode } from '../../../app/url-state.ts';
import { FIRST_PAGE_SIZE, type InstanceListQuery } from '../../../cloud/cvm/describe-instances.ts';
import { toApiQuery } from '../api/to-api-filters.ts';

// The list's view state as it sits in the URL: ?state=&zone=&q=&page=&size=&instance=&tab=&regions=all. `q` is the search box's
// text (@cvm/shared parseInstanceSearch); links from before it, with ?name= and ?id=, still open as that search.
// Defaults (page 1, 20 a page, no filter, nothing open) are left out of the URL to keep links short.

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = FIRST_PAGE_SIZE;

export interface InstanceListFilters {
  state: InstanceState | undefined;
  zone: string | undefined;
  /** The search box's text as typed: names, IDs, addresses, tag:key=value… (parsed into API filters). */
  q: string;
}

export type FilterKey = keyof InstanceListFilters;

export interface InstanceListParams {
  filters: InstanceListFilters;
  /** 1-based. */
  page: number;
  size: PageSize;
  /** The instance whose detail panel is open. */
  instance: string | undefined;
  /** The detail panel's tab (`tab=network-interfaces`); the overview unless told otherwise. */
  tab: DetailTab;
  /** `regions=all`: the same search in every region of the account, grouped by region (the zone does not apply). */
  allRegions: boolean;
}

export const DETAIL_TABS = ['overview', 'network-interfaces', 'monitoring'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

function parseDetailTab(value: string | null): DetailTab {
  return (DETAIL_TABS as readonly (string | null)[]).includes(value) ? (value as DetailTab) : 'overview';
}

function isInstanceState(value: string | null): value is InstanceState {
  return value !== null && (INSTANCE_STATES as readonly string[]).includes(value);
}

function parsePageSize(value: string | null): PageSize {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? (n as PageSize) : DEFAULT_PAGE_SIZE;
}

function parsePage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Hand-edited or stale URLs are tolerated: unknown states and sizes fall back to the defaults. */
export function parseInstanceListParams(params: URLSearchParams): InstanceListParams {
  const state = params.get('state');
  return {
    filters: {
      state: isInstanceState(state) ? state : undefined,
      zone: params.get('zone') || undefined,
      q: params.get('q') ?? [params.get('name'), params.get('id')].filter(Boolean).join(' '),
    },
    page: parsePage(params.get('page')),
    size: parsePageSize(params.get('size')),
    instance: params.get('instance') || undefined,
    tab: parseDetailTab(params.get('tab')),
    allRegions: params.get('regions') === 'all',
  };
}

/** The page of DescribeInstances the list shows for these params (the first reads prefetch the same one). */
export function listQueryOf({ filters, page, size }: Pick<InstanceListParams, 'filters' | 'page' | 'size'>): InstanceListQuery {
  return { ...toApiQuery(filters), offset: (page - 1) * size, limit: size };
}

export function hasActiveFilters(filters: InstanceListFilters): boolean {
  return Boolean(filters.state || filters.zone || filters.q.trim());
}

export function useInstanceListParams() {
  const [search, setParams] = useUrlState();
  const params = useMemo(() => parseInstanceListParams(search), [search]);

  // Any filter change may shrink the result set, so it always goes back to page 1.
  // The search replaces the older ?name= and ?id= once it is edited.
  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined, mode: HistoryMode = 'push') => setParams({ [key]: value, ...(key === 'q' ? { name: null, id: null } : {}), page: null }, mode),
    [setParams],
  );
  const clearFilters = useCallback(() => setParams({ state: null, zone: null, q: null, name: null, id: null, page: null }, 'push'), [setParams]);
  const setPage = useCallback((page: number, mode: HistoryMode = 'push') => setParams({ page: page > 1 ? page : null }, mode), [setParams]);
  const setSize = useCallback((size: PageSize) => setParams({ size: size === DEFAULT_PAGE_SIZE ? null : size, page: null }, 'push'), [setParams]);
  // Another instance opens on its overview; closing the panel forgets the tab.
  const openInstance = useCallback((id: string) => setParams({ instance: id, tab: null }, 'push'), [setParams]);
  const closeInstance = useCallback(() => setParams({ instance: null, tab: null }, 'push'), [setParams]);
  // Switching tabs refines the open detail: Back closes the panel rather than walking back through its tabs.
  const setTab = useCallback((tab: DetailTab) => setParams({ tab: tab === 'overview' ? null : tab }, 'replace'), [setParams]);

  const setAllRegions = useCallback((on: boolean) => setParams({ regions: on ? 'all' : null, zone: null, page: null, instance: null }, 'push'), [setParams]);
  /** One instance found in another region: that region's list, searched the same way, with its detail open. */
  const openInRegion = useCallback(
    (region: string, id?: string) => setParams({ regions: null, region, zone: null, page: null, instance: id ?? null, tab: null }, 'push'),
    [setParams],
  );

  return { ...params, setFilter, clearFilters, setPage, setSize, openInstance, closeInstance, setTab, setAllRegions, openInRegion };
}
