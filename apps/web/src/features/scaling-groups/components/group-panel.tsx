import { useId, useState, type ReactNode } from 'react';
import type { ScalingGroup } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { DetailItem, DetailList, DetailSection, ValueList } from '../../../components/ui/description-list.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { SidePanel, SidePanelHeader } from '../../../components/ui/side-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useEcsInstancesById } from '../api/describe-ecs-instances.ts';
import { useScalingGroup } from '../api/describe-scaling-groups.ts';
import { useScalingActivities } from '../api/describe-scaling-activities.ts';
import { useScalingMembers } from '../api/describe-scaling-instances.ts';
import { scalingMessages } from '../messages.ts';
import { ActivityTable } from './activity-table.tsx';
import { AttachButton } from './attach-button.tsx';
import { AttachDialog } from './attach-dialog.tsx';
import { groupNetwork } from './group-table.tsx';
import { MemberTable } from './member-table.tsx';
import { GroupStateBadge } from './state-badges.tsx';

interface GroupPanelProps {
  scope: CloudScope;
  groupId: string;
  onClose: () => void;
}

/**
 * The side panel for `?group=<id>`: the group's facts, its instances (DescribeScalingInstances) and its recent
 * activities (DescribeScalingActivities), and "Attach instances". Named by the group's name once known, else its ID.
 */
export function GroupPanel({ scope, groupId, onClose }: GroupPanelProps) {
  const m = useLocalized(scalingMessages);
  const t = useT();
  const titleId = useId();
  const group = useScalingGroup(scope, groupId);
  const members = useScalingMembers(scope, groupId);
  const activities = useScalingActivities(scope, groupId);
  const [attaching, setAttaching] = useState(false);
  const data = group.data;
  const name = data?.ScalingGroupName ?? groupId;

  return (
    <SidePanel labelledBy={titleId} onClose={onClose}>
      <SidePanelHeader titleId={titleId} label={m.panelLabel} title={name} onClose={onClose}>
        <div className="mt-1 flex min-h-5 flex-wrap items-center gap-2">
          {data && <span className="font-mono text-[13px] text-fg-muted select-all">{groupId}</span>}
          {data && <GroupStateBadge state={data.LifecycleState} />}
          {(group.isFetching || members.isFetching || activities.isFetching) && <Spinner className="text-fg-subtle" />}
        </div>
        {data && (
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <AttachButton onOpen={() => setAttaching(true)} />
          </div>
        )}
      </SidePanelHeader>

      <div className="min-h-0 flex-1 overflow-y-auto">
        {group.isError ? (
          <div className="p-6">
            <ErrorPanel error={group.error} title={m.loadFailed} onRetry={() => void group.refetch()} />
          </div>
        ) : data === null ? (
          <p className="p-6 text-sm text-fg-muted">{m.groupNotFound(groupId)}</p>
        ) : !data ? (
          <div className="flex justify-center p-10 text-fg-muted">
            <Spinner label={t.common.loading} />
          </div>
        ) : (
          <>
            <GroupSummary group={data} />
            <DetailSection title={m.membersTitle}>
              <ListState query={members} loadFailed={m.membersLoadFailed} empty={m.noMembers} emptyHint={m.noMembersHint}>
                {(list) => <Members scope={scope} groupName={data.ScalingGroupName} members={list} />}
              </ListState>
            </DetailSection>
            <DetailSection title={m.activitiesTitle}>
              <ListState query={activities} loadFailed={m.activitiesLoadFailed} empty={m.noActivities} emptyHint={m.noActivitiesHint}>
                {(list) => <ActivityTable scope={scope} groupId={groupId} groupName={data.ScalingGroupName} activities={list} />}
              </ListState>
            </DetailSection>
          </>
        )}
      </div>
      {attaching && data && <AttachDialog scope={scope} group={data} onClose={() => setAttaching(false)} />}
    </SidePanel>
  );
}

function GroupSummary({ group }: { group: ScalingGroup }) {
  const m = useLocalized(scalingMessages);
  const format = useFormatTimestamp();
  return (
    <DetailSection title={m.summary}>
      <DetailList>
        <DetailItem label={m.facts.capacity}>{m.capacity(group.TotalCapacity, group.MaxSize)}</DetailItem>
        <DetailItem label={m.facts.minMax}>{`${group.MinSize} / ${group.MaxSize}`}</DetailItem>
        <DetailItem label={m.facts.inService}>{group.ActiveCapacity}</DetailItem>
        <DetailItem label={m.facts.pending}>{group.PendingCapacity}</DetailItem>
        <DetailItem label={m.facts.network} mono={group.VpcId !== ''}>
          {groupNetwork(group, m)}
        </DetailItem>
        <DetailItem label={m.facts.vswitches} mono>
          <ValueList values={group.VSwitchIds.VSwitchId} />
        </DetailItem>
        <DetailItem label={m.facts.loadBalancers} mono>
          {group.LoadBalancerIds.LoadBalancerId.length > 0 ? <ValueList values={group.LoadBalancerIds.LoadBalancerId} /> : m.none}
        </DetailItem>
        <DetailItem label={m.facts.cooldown}>{m.seconds(group.DefaultCooldown)}</DetailItem>
        <DetailItem label={m.facts.created}>{format(group.CreationTime)}</DetailItem>
      </DetailList>
    </DetailSection>
  );
}

/** The members with their names from ECS (one DescribeInstances by ID for all of them). */
function Members({ scope, groupName, members }: { scope: CloudScope; groupName: string; members: Parameters<typeof MemberTable>[0]['members'] }) {
  const instances = useEcsInstancesById(
    scope,
    members.map((member) => member.InstanceId),
  );
  return <MemberTable groupName={groupName} members={members} instances={instances.data} />;
}

interface ListStateProps<T> {
  query: { data: T[] | undefined; isError: boolean; error: unknown; refetch: () => unknown };
  loadFailed: string;
  empty: string;
  emptyHint: string;
  children: (items: T[]) => ReactNode;
}

/** A list inside the panel in its states: failed (with retry), loading, empty, or shown. */
function ListState<T>({ query, loadFailed, empty, emptyHint, children }: ListStateProps<T>) {
  const t = useT();
  if (query.isError && !query.data) return <ErrorPanel error={query.error} title={loadFailed} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Spinner label={t.common.loading} className="text-fg-muted" />;
  if (query.data.length === 0) return <EmptyState title={empty} description={emptyHint} />;
  return <div className="-mx-6">{children(query.data)}</div>;
}
