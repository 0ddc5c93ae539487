import { useCallback } from 'react';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { RefreshIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useScalingGroups } from '../api/describe-scaling-groups.ts';
import { scalingMessages } from '../messages.ts';
import { GroupPanel } from './group-panel.tsx';
import { GroupTable } from './group-table.tsx';

/**
 * /aliyun/scaling-groups: the region's Alibaba Cloud Auto Scaling groups and, with `?group=`, one group's instances and
 * activities in a side panel, from which instances are attached. Only ever shown with an Alibaba Cloud account.
 */
export default function ScalingGroupsPage() {
  const m = useLocalized(scalingMessages);
  const t = useT();
  const { scope, region } = useCloudScope();
  const [params, setParams] = useUrlState();
  const groupId = params.get('group') ?? '';
  const groups = useScalingGroups(scope);
  const open = useCallback((id: string) => setParams({ group: id }, 'push'), [setParams]);
  const close = useCallback(() => setParams({ group: null }, 'push'), [setParams]);

  return (
    <>
      <PageHeading
        title={m.title}
        subtitle={m.subtitle(region ?? '')}
        actions={
          <Button onClick={() => void groups.refetch()} disabled={!scope || groups.isFetching}>
            {groups.isFetching ? <Spinner /> : <RefreshIcon />}
            {t.common.refresh}
          </Button>
        }
      />
      <div className="rounded-lg border border-line bg-surface shadow-xs">
        {groups.isError && !groups.data ? (
          <div className="p-4">
            <ErrorPanel error={groups.error} title={m.loadFailed} onRetry={() => void groups.refetch()} />
          </div>
        ) : !groups.data ? (
          <div className="flex justify-center p-10 text-fg-muted">
            <Spinner label={t.common.loading} />
          </div>
        ) : groups.data.length === 0 ? (
          <EmptyState title={m.empty} description={m.emptyHint} />
        ) : (
          <GroupTable groups={groups.data} onOpen={open} />
        )}
      </div>
      {scope && groupId && <GroupPanel scope={scope} groupId={groupId} onClose={close} />}
    </>
  );
}
