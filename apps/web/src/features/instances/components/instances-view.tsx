import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { DownloadIcon, RefreshIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { instanceKeys, instanceListQueryOptions, useInstanceDetail, useInstanceList } from '../../../cloud/cvm/describe-instances.ts';
import { useTransitionWatch } from '../api/watch-transitions.ts';
import { usePendingInstanceAction } from '../actions/pending-action.ts';
import { useInstanceColumns } from '../columns/use-instance-columns.ts';
import { CpuSeriesContext, type CpuSeries } from '../columns/cpu-series-context.ts';
import { RowCostsContext, type RowCosts } from '../columns/row-costs-context.ts';
import { toApiQuery } from '../api/to-api-filters.ts';
import { hasActiveFilters, listQueryOf, useInstanceListParams, type FilterKey, type InstanceListParams } from '../hooks/use-instance-list-params.ts';
import type { HistoryMode } from '../../../app/url-state.ts';
import { useRowSelection } from '../hooks/use-row-selection.ts';
import { BatchToolbar } from './actions/batch-toolbar.tsx';
import { CreateInstancesButton } from './create-buttons.tsx';
import { LaunchNotice } from './launch-notice.tsx';
import { RowActionMenu } from './actions/row-action-menu.tsx';
import { useActionDialog } from './actions/use-action-dialog.tsx';
import { InstanceFilters } from './instance-filters.tsx';
import { InstanceTable, type RowSelection } from './instance-table.tsx';
import { Pagination } from './pagination.tsx';

// The detail panel (its sections, tabs and menus) loads the first time an instance is opened: the list's first visit
// does not carry it.
const InstanceDetail = lazy(() => import('./instance-detail.tsx').then((module) => ({ default: module.InstanceDetail })));
// So do the column chooser and the export, the first time they open.
const ColumnChooserDialog = lazy(() => import('../columns/column-chooser-dialog.tsx').then((module) => ({ default: module.ColumnChooserDialog })));
const AllRegionsResults = lazy(() => import('../all-regions/all-regions-results.tsx').then((module) => ({ default: module.AllRegionsResults })));
const ExportDialog = lazy(() => import('../export/export-dialog.tsx').then((module) => ({ default: module.ExportDialog })));
/** Until the CPU column's fetcher has loaded and reported: its cells wait, they do not say "no data". */
const CPU_NOT_YET_READ: CpuSeries = { answer: undefined, loading: true };
const CpuSeriesFetcher = lazy(() => import('../columns/cpu-column.tsx').then((module) => ({ default: module.CpuSeriesFetcher })));
const ROW_COSTS_NOT_YET_READ: RowCosts = { answer: undefined, loading: true };
const RowCostsFetcher = lazy(() => import('../columns/cost-column.tsx').then((module) => ({ default: module.RowCostsFetcher })));

interface InstancesViewProps {
  /** Undefined while the account list (or the default region) is still loading. */
  scope: CloudScope | undefined;
  /** The console has no cloud account at all. */
  noAccount: boolean;
  accountsError: unknown;
}

/**
 * The instance list page: heading, filters, batch toolbar, table, paging and the detail panel, all driven by the
 * URL; the lifecycle confirmations open over it.
 */
export function InstancesView({ scope, noAccount, accountsError }: InstancesViewProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const params = useInstanceListParams();
  const { filters, page, size, instance, setPage, setFilter } = params;

  // The page asked for goes out with the click or the search, not after the render that the new URL causes (about 20 ms
  // of the next page's time here); the list then finds it on its way. Already in the cache and fresh: nothing is asked.
  const prefetchList = useCallback(
    (next: Pick<InstanceListParams, 'filters' | 'page' | 'size'>) => {
      if (scope && !params.allRegions) void queryClient.prefetchQuery(instanceListQueryOptions(scope, listQueryOf(next)));
    },
    [queryClient, scope, params.allRegions],
  );
  const goToPage = useCallback(
    (next: number, mode?: HistoryMode) => {
      prefetchList({ filters, page: next, size });
      setPage(next, mode);
    },
    [prefetchList, filters, size, setPage],
  );
  // What parseInstanceListParams reads back from the URL setFilter writes: a state or zone, or the search's text.
  const changeFilter = useCallback(
    (key: FilterKey, value: string | undefined, mode?: HistoryMode) => {
      prefetchList({ filters: { ...filters, [key]: key === 'q' ? (value ?? '') : value || undefined }, page: 1, size });
      setFilter(key, value, mode);
    },
    [prefetchList, filters, size, setFilter],
  );

  const query = useMemo(() => listQueryOf({ filters, page, size }), [filters, page, size]);
  // Across all regions the zone (one region's) does not apply.
  const allRegionsSearch = useMemo(() => toApiQuery({ ...filters, zone: undefined }), [filters]);
  // Searching all regions, this region's own page is not asked for.
  const list = useInstanceList(params.allRegions ? undefined : scope, query);
  const data = list.data;
  const filtered = hasActiveFilters(filters);
  const detail = useInstanceDetail(scope, instance ?? '', instance !== undefined);
  const onScreen = useMemo(() => [...(data?.InstanceSet ?? []), ...(detail.data ? [detail.data] : [])], [data, detail.data]);
  useTransitionWatch(scope, onScreen);

  // Ticked rows belong to this view; a poll that settles a row refetches the same view and keeps them.
  const selection = useRowSelection(JSON.stringify(instanceKeys.list(scope, query)));
  const rows = useMemo(() => (list.isPlaceholderData ? [] : (data?.InstanceSet ?? [])), [data, list.isPlaceholderData]);
  const selected = useMemo(() => rows.filter((row) => selection.selected.has(row.InstanceId)), [rows, selection.selected]);
  const { open: openAction, dialog } = useActionDialog(scope, selection.clear);
  // An action asked for in the command palette, once its instance's detail is here.
  usePendingInstanceAction(detail.data ?? undefined, openAction);
  const columns = useInstanceColumns();
  // The CPU column's reads (a lazily loaded fetcher) and what they last brought, for its cells.
  const cpuShown = columns.columns.some((column) => column.id === 'cpu1h');
  const [cpu, setCpu] = useState<CpuSeries>();
  const costsShown = columns.columns.some((column) => column.id === 'costHour');
  const [costs, setCosts] = useState<RowCosts>();
  const [tool, setTool] = useState<'columns' | 'export'>();

  const rowSelection: RowSelection = {
    isSelected: (id) => selection.selected.has(id),
    onToggle: selection.toggle,
    onToggleAll: () =>
      selection.setMany(
        rows.map((row) => row.InstanceId),
        selected.length < rows.length,
      ),
    all: selected.length === 0 ? 'none' : selected.length === rows.length ? 'all' : 'some',
  };
  const renderActions = useCallback((row: Instance) => <RowActionMenu instance={row} onOpen={openAction} />, [openAction]);

  // A shared link (or a shrinking list) can point past the last page: move to the last real one.
  useEffect(() => {
    if (!data || list.isPlaceholderData || data.TotalCount === 0) return;
    const lastPage = Math.ceil(data.TotalCount / size);
    if (page > lastPage) setPage(lastPage, 'replace');
  }, [data, list.isPlaceholderData, page, size, setPage]);

  // Lists and details only: a running status watch keeps its own pace.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: instanceKeys.lists(scope) });
    void queryClient.invalidateQueries({ queryKey: instanceKeys.details(scope) });
  };

  if (accountsError && !scope) {
    return <ErrorPanel error={accountsError} title={t.header.accountsFailed} />;
  }
  if (noAccount) {
    return <EmptyState title={t.instances.noAccount} description={t.instances.noAccountHint} />;
  }

  return (
    <>
      <PageHeading
        title={t.instances.title}
        subtitle={scope ? t.instances.subtitle(scope.region) : undefined}
        actions={
          <>
            {/* Visual only: background refreshes (polling included) should not be announced every few seconds. */}
            {list.isFetching && data && <Spinner className="text-fg-subtle" />}
            <Button onClick={refresh} disabled={!scope}>
              <RefreshIcon />
              {t.common.refresh}
            </Button>
            <Button onClick={() => setTool('columns')}>{t.instances.columnsButton}</Button>
            <Button onClick={() => setTool('export')} disabled={!scope || !data || data.TotalCount === 0}>
              <DownloadIcon />
              {t.instances.exportButton}
            </Button>
            <CreateInstancesButton />
          </>
        }
      />

      <LaunchNotice scope={scope} />
      {/* Skeleton rows are silent to screen readers; this says the same thing in words. */}
      <p role="status" className="sr-only">
        {data === undefined && !list.isError ? t.common.loading : ''}
      </p>

      <div className="rounded-lg border border-line bg-surface shadow-xs">
        <div className="space-y-3 border-b border-line px-4 py-3">
          <InstanceFilters
            scope={scope}
            filters={filters}
            onFilterChange={changeFilter}
            onClear={params.clearFilters}
            allRegions={params.allRegions}
            onAllRegionsChange={params.setAllRegions}
          />
        </div>
        {params.allRegions && scope ? (
          <Suspense fallback={<Spinner className="m-4" />}>
            <AllRegionsResults scope={scope} search={allRegionsSearch} columns={columns.columns} onOpen={params.openInRegion} onOpenRegion={params.openInRegion} />
          </Suspense>
        ) : (
          <>
            <div className="border-b border-line bg-surface-2/60 px-4 py-2.5">
              <BatchToolbar selected={selected} onOpen={openAction} onClear={selection.clear} />
            </div>

            {list.isError && data === undefined ? (
              <div className="p-4">
                <ErrorPanel error={list.error} title={t.instances.loadFailed} onRetry={() => void list.refetch()} />
              </div>
            ) : (
              <>
                {list.isError && (
                  <div className="border-b border-line p-4">
                    <ErrorPanel error={list.error} title={t.instances.loadFailed} onRetry={() => void list.refetch()} />
                  </div>
                )}
                {cpuShown && (
                  <Suspense fallback={null}>
                    <CpuSeriesFetcher scope={scope} instances={rows} onChange={setCpu} />
                  </Suspense>
                )}
                {costsShown && (
                  <Suspense fallback={null}>
                    <RowCostsFetcher scope={scope} instances={rows} onChange={setCosts} />
                  </Suspense>
                )}
                <CpuSeriesContext value={cpuShown ? (cpu ?? CPU_NOT_YET_READ) : null}>
                  <RowCostsContext value={costsShown ? (costs ?? ROW_COSTS_NOT_YET_READ) : null}>
                    <InstanceTable
                      instances={data?.InstanceSet}
                      skeletonRows={Math.min(size, 10)}
                      stale={list.isPlaceholderData}
                      selectedId={instance}
                      onOpen={params.openInstance}
                      selection={rowSelection}
                      renderActions={renderActions}
                      scope={scope}
                      columns={columns.columns}
                    />
                  </RowCostsContext>
                </CpuSeriesContext>
                {data &&
                  data.InstanceSet.length === 0 &&
                  !list.isPlaceholderData &&
                  (filtered ? (
                    <EmptyState
                      title={t.instances.emptyFiltered}
                      description={t.instances.emptyFilteredHint}
                      action={<Button onClick={params.clearFilters}>{t.instances.clearFilters}</Button>}
                    />
                  ) : (
                    <EmptyState title={t.instances.emptyRegion} description={t.instances.emptyRegionHint} />
                  ))}
              </>
            )}

            <div className="border-t border-line">
              <Pagination page={page} size={size} total={data?.TotalCount} onPageChange={goToPage} onSizeChange={params.setSize} />
            </div>
          </>
        )}
      </div>

      {instance && (
        <Suspense fallback={null}>
          <InstanceDetail
            key={instance}
            scope={scope}
            instanceId={instance}
            tab={params.tab}
            onTabChange={params.setTab}
            onClose={params.closeInstance}
            onOpenAction={openAction}
          />
        </Suspense>
      )}
      {dialog}
      <Suspense fallback={null}>
        {tool === 'columns' && <ColumnChooserDialog chosen={columns.ids} onSave={columns.save} onClose={() => setTool(undefined)} />}
        {tool === 'export' && scope && data && <ExportDialog scope={scope} search={query} count={data.TotalCount} columns={columns.columns} onClose={() => setTool(undefined)} />}
      </Suspense>
    </>
  );
}
