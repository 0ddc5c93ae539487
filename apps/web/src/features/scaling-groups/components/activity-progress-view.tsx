import type { CloudScope } from '../../../api/cloud-scope.ts';
import { DetailItem, DetailList } from '../../../components/ui/description-list.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useActivityWatch } from '../api/describe-scaling-activities.ts';
import { scalingMessages } from '../messages.ts';
import { ActivityProgress } from './activity-progress.tsx';
import { ActivityStatusBadge } from './state-badges.tsx';

interface ActivityProgressViewProps {
  scope: CloudScope;
  groupId: string;
  activityId: string;
  requestId: string;
}

/** The activity an attach started, followed until it ends: ID, status, progress, times and the cloud's message. */
export function ActivityProgressView({ scope, groupId, activityId, requestId }: ActivityProgressViewProps) {
  const m = useLocalized(scalingMessages);
  const t = useT();
  const format = useFormatTimestamp();
  const watch = useActivityWatch(scope, groupId, activityId);
  const activity = watch.data;
  return (
    <div className="space-y-4">
      <p>{m.startedActivity}</p>
      <DetailList>
        <DetailItem label={m.activityId} mono>
          {activityId}
        </DetailItem>
        <DetailItem label={t.errors.requestId} mono>
          {requestId}
        </DetailItem>
      </DetailList>
      <div className="space-y-3 rounded-md border border-line p-4">
        {activity ? (
          <>
            {/* The status is announced as it changes, so a screen reader hears the end without watching the bar. */}
            <div aria-live="polite" className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{activity.Description}</span>
              <ActivityStatusBadge status={activity.StatusCode} />
            </div>
            <ActivityProgress activity={activity} />
            <DetailList>
              <DetailItem label={m.activityColumns.started}>{format(activity.StartTime)}</DetailItem>
              <DetailItem label={m.activityColumns.ended}>{activity.EndTime ? format(activity.EndTime) : m.running}</DetailItem>
              {activity.StatusMessage && (
                <DetailItem label={m.statusMessage} wide>
                  {activity.StatusMessage}
                </DetailItem>
              )}
            </DetailList>
          </>
        ) : (
          <Spinner label={m.running} className="text-fg-muted" />
        )}
      </div>
    </div>
  );
}
