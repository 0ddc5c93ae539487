import { useMemo } from 'react';
import { instancesPath } from '../../../app/paths.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { RefreshIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useFleet } from '../api/use-fleet.ts';
import { BurnRateCard } from './burn-rate-card.tsx';
import { MaintenanceCard } from './maintenance-card.tsx';
import { COUNTED_STATES, summarizeFleet, type FleetInstance, type StateColumn } from '../fleet-summary.ts';
import { overviewMessages } from '../messages.ts';

const COLUMNS: readonly StateColumn[] = [...COUNTED_STATES, 'CHANGING'];
/** Names a card lists; the rest are counted. */
const SHOWN = 10;

/**
 * The fleet at a glance (`/overview`), like the Tencent console's CVM overview: instances by region and state across
 * every region, prepaid instances ending within 7 and 30 days, and instances whose last operation failed — each number
 * and name a link to the instances it stands for. Read from the cloud, every region's every page.
 */
export default function OverviewPage() {
  const m = useLocalized(overviewMessages);
  const { scope, account } = useCloudScope();
  const { regions, fleet, progress } = useFleet(scope);
  const summary = useMemo(
    () =>
      fleet.data
        ? summarizeFleet(
            fleet.data.flatMap(({ region, instances }) => (instances ? [{ region: region.Region, instances }] : [])),
            Date.now(),
          )
        : undefined,
    [fleet.data],
  );
  const names = new Map((regions.data ?? []).map((region) => [region.Region, region.RegionName]));
  const nameOf = (region: string) => names.get(region) ?? region;

  return (
    <div className="space-y-5">
      <PageHeading
        title={m.title}
        subtitle={account ? m.subtitle(account.name) : undefined}
        actions={
          <Button onClick={() => void fleet.refetch()} disabled={fleet.isFetching}>
            <RefreshIcon />
            {m.refresh}
          </Button>
        }
      />
      {regions.isError && <ErrorPanel error={regions.error} onRetry={() => void regions.refetch()} />}
      {fleet.isError && <ErrorPanel error={fleet.error} onRetry={() => void fleet.refetch()} />}
      {fleet.isFetching && (
        <div role="status" className="space-y-1 text-sm text-fg-muted">
          {Object.keys(progress).length === 0 ? (
            <Spinner label={m.readingRegions} />
          ) : (
            Object.entries(progress).map(([region, step]) => <p key={region}>{m.reading(nameOf(region), step.done, step.total)}</p>)
          )}
        </div>
      )}
      {fleet.data
        ?.filter((entry) => entry.error)
        .map((entry) => (
          <ErrorPanel key={entry.region.Region} error={entry.error} title={m.regionFailed(entry.region.RegionName)} onRetry={() => void fleet.refetch()} />
        ))}
      {summary && account && (
        <>
          <Card title={m.countsTitle}>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead className="bg-surface-2 text-left text-xs text-fg-muted">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {m.region}
                    </th>
                    {COLUMNS.map((column) => (
                      <th key={column} scope="col" className="px-3 py-2 text-right font-medium">
                        {m.columns[column]}
                      </th>
                    ))}
                    <th scope="col" className="px-4 py-2 text-right font-medium">
                      {m.total}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line tabular-nums">
                  {summary.regions.map((row) => (
                    <tr key={row.region}>
                      <th scope="row" className="px-4 py-2 text-left font-medium text-fg">
                        {nameOf(row.region)}
                      </th>
                      {COLUMNS.map((column) => (
                        <td key={column} className="px-3 py-2 text-right">
                          {row.byState[column] > 0 && column !== 'CHANGING' ? (
                            <AppLink
                              href={instancesPath({ account: account.id, region: row.region }, { state: column })}
                              aria-label={m.showInList(row.byState[column], m.columns[column], nameOf(row.region))}
                              className="text-accent hover:underline"
                            >
                              {row.byState[column]}
                            </AppLink>
                          ) : (
                            row.byState[column]
                          )}
                        </td>
                      ))}
                      <td className="px-4 py-2 text-right font-medium">
                        <AppLink href={instancesPath({ account: account.id, region: row.region })} className="text-accent hover:underline">
                          {row.total}
                        </AppLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="border-t border-line-strong font-semibold tabular-nums">
                  <tr>
                    <th scope="row" className="px-4 py-2 text-left">
                      {m.allRegions}
                    </th>
                    {COLUMNS.map((column) => (
                      <td key={column} className="px-3 py-2 text-right">
                        {summary.totals[column]}
                      </td>
                    ))}
                    <td className="px-4 py-2 text-right">{summary.totals.total}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </Card>
          {scope && fleet.data && <BurnRateCard scope={scope} fleet={fleet.data} readAt={fleet.dataUpdatedAt} nameOf={nameOf} />}
          <div className="grid gap-5 lg:grid-cols-3">
            <InstanceListCard title={m.expiring7} entries={summary.expiringIn7} account={account.id} nameOf={nameOf} expiry />
            <InstanceListCard title={m.expiring30} entries={summary.expiringIn30} account={account.id} nameOf={nameOf} expiry />
            <InstanceListCard title={m.failed} entries={summary.failed} account={account.id} nameOf={nameOf} />
          </div>
          {scope && <MaintenanceCard scope={scope} account={account.id} />}
        </>
      )}
    </div>
  );
}

function InstanceListCard({
  title,
  entries,
  account,
  nameOf,
  expiry = false,
}: {
  title: string;
  entries: FleetInstance[];
  account: string;
  nameOf: (region: string) => string;
  expiry?: boolean;
}) {
  const m = useLocalized(overviewMessages);
  const formatTimestamp = useFormatTimestamp();
  return (
    <Card title={title}>
      {entries.length === 0 ? (
        <p className="px-5 py-4 text-sm text-fg-muted">{m.none}</p>
      ) : (
        <ul className="divide-y divide-line text-sm">
          {entries.slice(0, SHOWN).map(({ region, instance }) => (
            <li key={instance.InstanceId} className="px-5 py-2.5">
              <AppLink href={instancesPath({ account, region }, { instance: instance.InstanceId })} className="font-medium text-accent hover:underline">
                {instance.InstanceName || instance.InstanceId}
              </AppLink>
              <span className="block text-xs text-fg-muted">
                <span className="font-mono">{instance.InstanceId}</span> · {nameOf(region)}
                {expiry && instance.ExpiredTime ? ` · ${m.expires(formatTimestamp(instance.ExpiredTime))}` : ''}
                {!expiry && instance.LatestOperation ? ` · ${instance.LatestOperation}` : ''}
              </span>
            </li>
          ))}
          {entries.length > SHOWN && <li className="px-5 py-2.5 text-fg-muted">{m.more(entries.length - SHOWN)}</li>}
        </ul>
      )}
    </Card>
  );
}
