import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { RefreshIcon } from '../../../components/ui/icons.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { instanceKeys, useInstanceDetail, useInstanceList } from '../api/describe-instances.ts';
import { useTransitionWatch } from '../api/watch-transitions.ts';
import { toApiFilters } from '../api/to-api-filters.ts';
import { hasActiveFilters, useInstanceListParams } from '../hooks/use-instance-list-params.ts';
import { InstanceDetail } from './instance-detail.tsx';
import { InstanceFilters } from './instance-filters.tsx';
import { InstanceTable } from './instance-table.tsx';
import { Pagination } from './pagination.tsx';

/** The instance list page: heading, filters, table, paging and the detail panel, all driven by the URL. */
export function InstancesView({ region }: { region: string | undefined }) {
  const t = useT();
  const queryClient = useQueryClient();
  const params = useInstanceListParams();
  const { filters, page, size, instance, setPage } = params;

  const query = useMemo(
    () => ({ filters: toApiFilters(filters), offset: (page - 1) * size, limit: size }),
    [filters, page, size],
  );
  const list = useInstanceList(region, query);
  const data = list.data;
  const filtered = hasActiveFilters(filters);
  const detail = useInstanceDetail(region, instance ?? '', instance !== undefined);
  const onScreen = useMemo(
    () => [...(data?.InstanceSet ?? []), ...(detail.data ? [detail.data] : [])],
    [data, detail.data],
  );
  useTransitionWatch(region, onScreen);

  // A shared link (or a shrinking list) can point past the last page: move to the last real one.
  useEffect(() => {
    if (!data || list.isPlaceholderData || data.TotalCount === 0) return;
    const lastPage = Math.ceil(data.TotalCount / size);
    if (page > lastPage) setPage(lastPage, 'replace');
  }, [data, list.isPlaceholderData, page, size, setPage]);

  // Lists and details only: a running status watch keeps its own pace.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: instanceKeys.lists(region) });
    void queryClient.invalidateQueries({ queryKey: [...instanceKeys.region(region), 'detail'] });
  };

  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-fg">{t.instances.title}</h1>
          {region && <p className="mt-0.5 text-sm text-fg-muted">{t.instances.subtitle(region)}</p>}
        </div>
        <div className="flex items-center gap-2">
          {/* Visual only: background refreshes (polling included) should not be announced every few seconds. */}
          {list.isFetching && data && <Spinner className="text-fg-subtle" />}
          <Button onClick={refresh} disabled={!region}>
            <RefreshIcon />
            {t.common.refresh}
          </Button>
        </div>
      </div>

      {/* Skeleton rows are silent to screen readers; this says the same thing in words. */}
      <p role="status" className="sr-only">
        {data === undefined && !list.isError ? t.common.loading : ''}
      </p>

      <div className="rounded-lg border border-line bg-surface shadow-xs">
        <div className="border-b border-line px-4 py-3">
          <InstanceFilters
            region={region}
            filters={filters}
            onFilterChange={params.setFilter}
            onClear={params.clearFilters}
          />
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
            <InstanceTable
              instances={data?.InstanceSet}
              skeletonRows={Math.min(size, 10)}
              stale={list.isPlaceholderData}
              selectedId={instance}
              onOpen={params.openInstance}
            />
            {data && data.InstanceSet.length === 0 && !list.isPlaceholderData && (
              filtered ? (
                <EmptyState
                  title={t.instances.emptyFiltered}
                  description={t.instances.emptyFilteredHint}
                  action={<Button onClick={params.clearFilters}>{t.instances.clearFilters}</Button>}
                />
              ) : (
                <EmptyState title={t.instances.emptyRegion} description={t.instances.emptyRegionHint} />
              )
            )}
          </>
        )}

        <div className="border-t border-line">
          <Pagination
            page={page}
            size={size}
            total={data?.TotalCount}
            onPageChange={setPage}
            onSizeChange={params.setSize}
          />
        </div>
      </div>

      {instance && (
        <InstanceDetail key={instance} region={region} instanceId={instance} onClose={params.closeInstance} />
      )}
    </>
  );
}
