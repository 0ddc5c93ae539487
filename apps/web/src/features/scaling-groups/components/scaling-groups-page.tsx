import { useCallback } from 'react';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { RefreshIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
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
      <QueryPanel query={groups} loadFailed={m.loadFailed} empty={m.empty} emptyHint={m.emptyHint} keepListOnError>
        {(list) => <GroupTable groups={list} onOpen={open} />}
      </QueryPanel>
      {scope && groupId && <GroupPanel scope={scope} groupId={groupId} onClose={close} />}
    </>
  );
}
