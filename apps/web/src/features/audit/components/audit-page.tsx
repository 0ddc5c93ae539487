import { useCallback, useMemo } from 'react';
import { useUrlState, type HistoryMode } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Th } from '../../../components/ui/data-table.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { DownloadIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useAccounts } from '../../../api/list-accounts.ts';
import { AUDIT_FILTER_KEYS, parseAuditFilters, toAuditQuery, type AuditFilters as Filters } from '../api/audit-filters.ts';
import { auditCsvHref, useAuditLog } from '../api/list-audit.ts';
import { auditMessages } from '../messages.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditRow } from './audit-row.tsx';

/** /audit: the append-only log, filtered, paged backwards with "Load older", exportable as CSV. Admins only. */
export default function AuditPage() {
  const t = useT();
  const m = useLocalized(auditMessages);
  const [params, setParams] = useUrlState();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const query = useMemo(() => toAuditQuery(filters), [filters]);
  const log = useAuditLog(query);
  const accounts = useAccounts();
  const accountName = useCallback((id: string) => accounts.data?.find((a) => a.id === id)?.name ?? id, [accounts.data]);
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  const onChange = useCallback((key: keyof Filters, value: string, mode: HistoryMode = 'push') => setParams({ [key]: value }, mode), [setParams]);
  const onReset = useCallback(() => setParams(Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, null])), 'push'), [setParams]);

  return (
    <>
      <PageHeading
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <a
            href={auditCsvHref(query)}
            download
            title={m.exportHint}
            className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-3 text-sm font-medium text-fg hover:border-line-strong hover:bg-surface-2"
          >
            <DownloadIcon />
            {m.exportCsv}
          </a>
        }
      />
      <div className="rounded-lg border border-line bg-surface shadow-xs">
        <div className="border-b border-line px-4 py-3">
          <AuditFilters filters={filters} onChange={onChange} onReset={onReset} />
        </div>
        {log.isError && !log.data ? (
          <div className="p-4">
            <ErrorPanel error={log.error} title={m.loadFailed} onRetry={() => void log.refetch()} />
          </div>
        ) : !log.data ? (
          <div className="flex justify-center p-10 text-fg-muted">
            <Spinner label={t.common.loading} />
          </div>
        ) : entries.length === 0 ? (
          <EmptyState title={m.empty} description={m.emptyHint} />
        ) : (
          <>
            <DataTable label={m.tableLabel}>
              <HeaderRow>
                <Th className="w-8 pr-0">
                  <span className="sr-only">{m.params}</span>
                </Th>
                <Th>{m.columns.time}</Th>
                <Th>{m.columns.person}</Th>
                <Th>{m.columns.ip}</Th>
                <Th>{m.columns.account}</Th>
                <Th>{m.columns.region}</Th>
                <Th>{m.columns.action}</Th>
                <Th>{m.columns.targets}</Th>
                <Th>{m.columns.outcome}</Th>
                <Th>{m.columns.errorCode}</Th>
                <Th>{m.columns.requestId}</Th>
              </HeaderRow>
              <tbody className="divide-y divide-line">
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} accountName={accountName} />
                ))}
              </tbody>
            </DataTable>
            {log.isError && <ErrorPanel className="m-4" error={log.error} title={m.loadFailed} />}
            <div className="flex items-center justify-center border-t border-line px-4 py-3">
              {log.hasNextPage ? (
                <Button onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
                  {log.isFetchingNextPage && <Spinner />}
                  {log.isFetchingNextPage ? m.loadingOlder : m.loadOlder}
                </Button>
              ) : (
                <p className="text-sm text-fg-muted">{m.end}</p>
              )}
            </div>
          </>
        )}
      </div>
    </>
  );
}
