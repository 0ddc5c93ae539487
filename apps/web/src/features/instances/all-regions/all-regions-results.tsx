import type { RegionInfo } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { InstanceListQuery } from '../../../cloud/cvm/describe-instances.ts';
import type { InstanceColumn } from '../columns/instance-columns.tsx';
import { InstanceTable } from '../components/instance-table.tsx';
import { allRegionsMessages } from './all-regions-messages.ts';
import { useAllRegionsSearch } from './use-all-regions-search.ts';

/** How many of a region's matches are shown here; the rest are one click away, in that region's own list. */
const PER_REGION = 20;

interface AllRegionsResultsProps {
  /** The account, in the region the person was looking at (it lists the regions). */
  scope: CloudScope;
  search: Pick<InstanceListQuery, 'filters' | 'anyOf'>;
  columns: readonly InstanceColumn[];
  onOpen: (region: string, instanceId: string) => void;
  onOpenRegion: (region: string) => void;
}

/**
 * The same search in every region of the account: one DescribeInstances a region (each region has its own budget
 * of calls, so this stays within the cloud's limits), grouped by region with each one's count; regions still
 * searching and regions that failed are said so, each failure retried on its own.
 */
export function AllRegionsResults({ scope, search, columns, onOpen, onOpenRegion }: AllRegionsResultsProps) {
  const t = useT();
  const m = useLocalized(allRegionsMessages);
  const { regions, rows } = useAllRegionsSearch(scope, search, PER_REGION);

  if (regions.isError) return <ErrorPanel error={regions.error} title={t.header.regionsFailed} onRetry={() => void regions.refetch()} />;
  if (!regions.data) return <p className="text-fg-muted">{m.loadingRegions}</p>;

  const searching = rows.filter(({ answer }) => answer.isPending);
  const failed = rows.filter(({ answer }) => answer.isError);
  const found = rows.filter(({ answer }) => (answer.data?.TotalCount ?? 0) > 0);
  const empty = rows.filter(({ answer }) => answer.data?.TotalCount === 0);
  const total = found.reduce((sum, { answer }) => sum + (answer.data?.TotalCount ?? 0), 0);
  const name = (region: RegionInfo) => `${region.RegionName} (${region.Region})`;

  return (
    <section aria-label={m.heading} className="space-y-5 p-4">
      <p role="status" className="flex items-center gap-2 text-sm">
        <span className="font-medium">{m.summary(total, found.length, rows.length)}</span>
        {searching.length > 0 && (
          <span className="flex items-center gap-1.5 text-fg-muted">
            <Spinner />
            {m.searching(searching.length)}
          </span>
        )}
      </p>

      {found.map(({ region, answer }) => {
        const list = answer.data!;
        return (
          <div key={region.Region} className="overflow-hidden rounded-md border border-line">
            <div className="flex flex-wrap items-center gap-3 border-b border-line bg-surface-2 px-3 py-2">
              <h2 className="text-sm font-semibold">{name(region)}</h2>
              <span className="text-sm text-fg-muted">{m.regionCount(list.TotalCount)}</span>
              {list.TotalCount > list.InstanceSet.length && (
                <Button variant="ghost" className="ml-auto" onClick={() => onOpenRegion(region.Region)}>
                  {m.showAll(list.TotalCount, region.RegionName)}
                </Button>
              )}
            </div>
            <InstanceTable
              instances={list.InstanceSet}
              skeletonRows={0}
              stale={false}
              selectedId={undefined}
              onOpen={(id) => onOpen(region.Region, id)}
              scope={{ account: scope.account, region: region.Region }}
              columns={columns}
              label={m.regionTable(region.RegionName)}
            />
          </div>
        );
      })}

      {failed.map(({ region, answer }) => (
        <ErrorPanel key={region.Region} error={answer.error} title={m.failed(name(region))} onRetry={() => void answer.refetch()} />
      ))}

      {empty.length > 0 && (
        <p className="text-sm text-fg-muted">
          {m.noMatches}: {empty.map(({ region }) => region.RegionName).join(', ')}
        </p>
      )}
    </section>
  );
}
