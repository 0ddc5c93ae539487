import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { CloseIcon } from '../../../components/ui/icons.tsx';
import { SidePanel } from '../../../components/ui/side-panel.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TabList, TabPanel } from '../../../components/ui/tabs.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { useInstanceDetail } from '../../../cloud/cvm/describe-instances.ts';
import { InlineRename } from './inline-rename.tsx';
import { InstanceDetailSections } from './instance-detail-sections.tsx';
import { OperationMark } from './operation-mark.tsx';
import { StateBadge } from './state-badge.tsx';
import { DetailActions } from './actions/action-buttons.tsx';
import type { OpenActionDialog } from './actions/use-action-dialog.tsx';
import type { DetailTab } from '../hooks/use-instance-list-params.ts';

// The network interfaces tab (its table, dialogs and words) loads the first time it opens.
const NetworkInterfacesPanel = lazy(() => import('../network-interfaces/components/network-interfaces-panel.tsx'));
// The monitoring tab and its chart library load the first time it opens.
const MonitoringPanel = lazy(() => import('../monitoring/components/monitoring-panel.tsx'));

interface InstanceDetailProps {
  scope: CloudScope | undefined;
  instanceId: string;
  /** Which tab shows (from the URL); the overview unless told otherwise. */
  tab: DetailTab;
  onTabChange: (tab: DetailTab) => void;
  onClose: () => void;
  /** Opens a lifecycle confirmation (over this panel) for this instance. */
  onOpenAction: OpenActionDialog;
}

/**
 * The detail side panel for `?instance=<id>`. Its accessible name contains the instance's ID and,
 * once loaded, its name, so it can be found by either. Data comes from DescribeInstances {InstanceIds:[id]}, seeded
 * from the list's cache so a click shows something at once. Three tabs: the overview (every field), the network
 * interfaces (`&tab=network-interfaces`), which is loaded when first opened and then kept, hidden, so binding tasks it
 * follows go on while the overview shows, and monitoring (`&tab=monitoring`), drawn only while shown.
 */
export function InstanceDetail({ scope, instanceId, tab, onTabChange, onClose, onOpenAction }: InstanceDetailProps) {
  const t = useT();
  const titleId = useId();
  const idLineId = useId();
  const tabsId = useId();
  const [interfacesOpened, setInterfacesOpened] = useState(tab === 'network-interfaces');
  if (tab === 'network-interfaces' && !interfacesOpened) setInterfacesOpened(true);
  const query = useInstanceDetail(scope, instanceId);
  const instance = query.data;
  const name = instance?.InstanceName;
  const title = (
    <h2 id={titleId} className="truncate">
      {name || instanceId}
    </h2>
  );
  // What a tab shows while it has no instance to show: the failed read, that there is no such instance, or `loading`.
  const withoutInstance = (loading: ReactNode) =>
    query.isError ? (
      <div className="p-6">
        <ErrorPanel error={query.error} title={t.detail.loadFailed} onRetry={() => void query.refetch()} />
      </div>
    ) : instance === null ? (
      <p className="p-6 text-sm text-fg-muted">{t.detail.notFound(instanceId)}</p>
    ) : (
      loading
    );

  return (
    // Named "<name> <id>" once the name is known, else just "<id>" (not the ID twice).
    <SidePanel labelledBy={name ? `${titleId} ${idLineId}` : titleId} onClose={onClose}>
      <header className="flex items-start gap-3 px-6 pt-4 pb-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs text-fg-subtle">{t.detail.dialogLabel}</p>
          <div className="mt-0.5 text-lg font-semibold text-fg">
            {instance && scope ? (
              <InlineRename instance={instance} scope={scope} inputClassName="w-80">
                {title}
              </InlineRename>
            ) : (
              title
            )}
          </div>
          <div className="mt-1 flex min-h-5 flex-wrap items-center gap-2">
            {name && (
              <span id={idLineId} className="font-mono text-[13px] text-fg-muted select-all">
                {instanceId}
              </span>
            )}
            {instance && <StateBadge state={instance.InstanceState} />}
            {instance && <OperationMark instance={instance} />}
            {query.isFetching && <Spinner className="text-fg-subtle" />}
          </div>
          {instance && (
            <div className="mt-3">
              <DetailActions instance={instance} onOpen={onOpenAction} />
            </div>
          )}
        </div>
        <Button variant="ghost" iconOnly aria-label={t.common.close} title={t.common.close} onClick={onClose}>
          <CloseIcon />
        </Button>
      </header>

      <TabList
        label={t.detail.tabs.label}
        idBase={tabsId}
        tabs={[
          { key: 'overview', label: t.detail.tabs.overview },
          { key: 'network-interfaces', label: t.detail.tabs.networkInterfaces },
          { key: 'monitoring', label: t.detail.tabs.monitoring },
        ]}
        selected={tab}
        onSelect={onTabChange}
        className="px-6"
      />
      <div className="min-h-0 flex-1 overflow-y-auto">
        <TabPanel idBase={tabsId} tabKey="overview" selected={tab === 'overview'}>
          {/* A failed refresh keeps the last good data on screen, with the error above it. */}
          {instance && query.isError && (
            <div className="px-6 pt-5">
              <ErrorPanel error={query.error} title={t.detail.loadFailed} onRetry={() => void query.refetch()} />
            </div>
          )}
          {instance ? (
            <InstanceDetailSections instance={instance} />
          ) : (
            withoutInstance(
              <div className="space-y-4 p-6" aria-busy="true">
                <p className="sr-only">{t.detail.loading}</p>
                {Array.from({ length: 8 }, (_, i) => (
                  <div key={i} className="grid grid-cols-2 gap-8">
                    <Skeleton className="h-8" />
                    <Skeleton className="h-8" />
                  </div>
                ))}
              </div>,
            )
          )}
        </TabPanel>
        <TabPanel idBase={tabsId} tabKey="network-interfaces" selected={tab === 'network-interfaces'}>
          {interfacesOpened &&
            (instance && scope ? (
              <Suspense fallback={<Spinner label={t.common.loading} className="m-6 text-fg-muted" />}>
                <NetworkInterfacesPanel scope={scope} instance={instance} />
              </Suspense>
            ) : (
              withoutInstance(<Spinner label={t.detail.loading} className="m-6 text-fg-muted" />)
            ))}
        </TabPanel>
        <TabPanel idBase={tabsId} tabKey="monitoring" selected={tab === 'monitoring'}>
          {/* Drawn only while shown: its charts refresh themselves, and a hidden canvas has no width. */}
          {tab === 'monitoring' &&
            (instance && scope ? (
              <div className="p-6">
                <Suspense fallback={<Spinner label={t.common.loading} className="text-fg-muted" />}>
                  <MonitoringPanel scope={scope} instance={instance} />
                </Suspense>
              </div>
            ) : (
              withoutInstance(<Spinner label={t.detail.loading} className="m-6 text-fg-muted" />)
            ))}
        </TabPanel>
      </div>
    </SidePanel>
  );
}
