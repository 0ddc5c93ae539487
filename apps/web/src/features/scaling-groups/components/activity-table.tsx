import type { ScalingActivity } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useActivityWatch } from '../api/describe-scaling-activities.ts';
import { scalingMessages } from '../messages.ts';
import { ActivityProgress } from './activity-progress.tsx';
import { ActivityStatusBadge } from './state-badges.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';

interface ActivityTableProps {
  scope: CloudScope;
  groupId: string;
  groupName: string;
  activities: ScalingActivity[];
}

/** A group's recent activities, newest first. A running one is followed on its own until it ends. */
export function ActivityTable({ scope, groupId, groupName, activities }: ActivityTableProps) {
  const m = useLocalized(scalingMessages);
  return (
    <DataTable label={m.activitiesLabel(groupName)}>
      <HeaderRow>
        <Th>{m.activityColumns.activity}</Th>
        <Th>{m.activityColumns.status}</Th>
        <Th>{m.activityColumns.progress}</Th>
        <Th>{m.activityColumns.started}</Th>
        <Th>{m.activityColumns.ended}</Th>
      </HeaderRow>
      <tbody>
        {activities.map((activity) =>
          activity.StatusCode === 'InProgress' ? (
            <WatchedActivityRow key={activity.ScalingActivityId} scope={scope} groupId={groupId} listed={activity} />
          ) : (
            <ActivityRow key={activity.ScalingActivityId} activity={activity} />
          ),
        )}
      </tbody>
    </DataTable>
  );
}

/** A running activity: shows the latest answer about it alone, which the list may lag behind. */
function WatchedActivityRow({ scope, groupId, listed }: { scope: CloudScope; groupId: string; listed: ScalingActivity }) {
  const watch = useActivityWatch(scope, groupId, listed.ScalingActivityId);
  return <ActivityRow activity={watch.data ?? listed} />;
}

function ActivityRow({ activity }: { activity: ScalingActivity }) {
  const m = useLocalized(scalingMessages);
  return (
    <tr className="border-b border-line align-top last:border-b-0">
      <Td>
        <div className="font-medium">{activity.Description}</div>
        <div className="font-mono text-xs text-fg-muted select-all">{activity.ScalingActivityId}</div>
        {activity.StatusMessage && (
          <p className="mt-1 text-xs text-fg-muted">
            <span className="sr-only">{m.statusMessage}: </span>
            {activity.StatusMessage}
          </p>
        )}
        {activity.Cause && (
          <p className="mt-1 max-w-md text-xs break-words text-fg-subtle" title={m.cause}>
            {activity.Cause}
          </p>
        )}
      </Td>
      <Td>
        <ActivityStatusBadge status={activity.StatusCode} />
      </Td>
      <Td>
        <ActivityProgress activity={activity} />
      </Td>
      <Td className="whitespace-nowrap">
        <Timestamp value={activity.StartTime} />
      </Td>
      <Td className="whitespace-nowrap">{activity.EndTime ? <Timestamp value={activity.EndTime} /> : <span className="text-fg-subtle">{m.running}</span>}</Td>
    </tr>
  );
}
